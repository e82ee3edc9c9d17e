// Which go runs, beside the Go environment: the verified tree the root action leaves for later
// steps (and the build sub-action finds again), and the facts that could put another go in its
// place: the job's GOROOT, GOFLAGS that run other programs, a go earlier on PATH.
import { accessSync, constants, realpathSync, statSync } from 'node:fs';
import { basename, delimiter, dirname, join, relative, resolve, sep } from 'node:path';
import { VERIFIED_GOROOT_VARIABLE } from '../process/go-binary';
import { runQuiet } from '../process/run';
import { completeToolDir, receiptPath, toolCacheRoot } from '../tool-cache/layout';
import { currentGoPlatform, readGoEnvFile } from './locate';
import { goEnvFilePath } from './paths';
import type { OwnGoFacts } from './risks';

/** The path with links resolved, or as given when it does not exist. */
function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** `name` as a program file on this platform. */
function programFile(name: string): string {
  return process.platform === 'win32' ? `${name}.exe` : name;
}

/** Each go / gofmt found on `path` before the verified tree's own. */
export function shadowsOnPath(goRoot: string, path: string): { name: string; path: string }[] {
  const shadows: { name: string; path: string }[] = [];
  const dirs = path.split(delimiter).filter(Boolean);
  for (const name of ['go', 'gofmt']) {
    const verified = realPath(join(goRoot, 'bin', programFile(name)));
    for (const dir of dirs) {
      const candidate = join(dir, programFile(name));
      if (!isExecutableFile(candidate)) continue;
      if (realPath(candidate) !== verified) shadows.push({ name, path: candidate });
      break;
    }
  }
  return shadows;
}

/** Who else could supply the go that runs, with `env` as later steps get it (PATH included). */
export function ownGoFacts(goRoot: string, env: NodeJS.ProcessEnv): OwnGoFacts {
  const envFilePath = goEnvFilePath({ platform: currentGoPlatform(), env });
  return {
    jobGoRoot: env.GOROOT || undefined,
    jobGoRootIsVerified: env.GOROOT ? realPath(env.GOROOT) === realPath(goRoot) : true,
    goflags: { env: env.GOFLAGS, envFile: readGoEnvFile(envFilePath).GOFLAGS, envFilePath },
    shadows: shadowsOnPath(goRoot, env.PATH ?? ''),
  };
}

/** A Go the root action installed or verified: a complete tool-cache entry with our receipt beside it. */
function isOurToolCacheGo(goRoot: string): boolean {
  let root: string;
  try {
    root = toolCacheRoot();
  } catch {
    return false;
  }
  const parts = relative(root, resolve(goRoot)).split(sep);
  if (parts.length !== 3 || parts[0] !== 'go' || parts.some((part) => part === '..' || part === '')) return false;
  const slot = { tool: 'go', versionFolder: parts[1]!, arch: parts[2]! };
  return completeToolDir(slot) === join(root, ...parts) && isFile(receiptPath(slot));
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export interface OwnGo {
  goRoot: string;
  /** False: the go on PATH, which no setup-go-golden step verified in this job. */
  verified: boolean;
}

/** The GOROOT holding `goCommand` (links resolved), when it sits in one: <root>/bin/go beside <root>/pkg/tool. */
function enclosingGoRoot(goCommand: string): string | undefined {
  const real = realPath(goCommand);
  const root = dirname(dirname(real));
  return basename(dirname(real)) === 'bin' && isDirectory(join(root, 'pkg', 'tool')) ? root : undefined;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The Go the build sub-action runs: the one a setup-go-golden step of this job verified (named by
 * VERIFIED_GOROOT_VARIABLE, and still a tool-cache entry with our receipt), else the tree of the
 * first go on PATH. A go outside any tree (a version manager's shim) is asked once for its GOROOT.
 * Undefined when there is no go at all.
 */
export async function locateOwnGo(env: NodeJS.ProcessEnv): Promise<OwnGo | undefined> {
  const named = env[VERIFIED_GOROOT_VARIABLE];
  if (named && isOurToolCacheGo(named)) return { goRoot: resolve(named), verified: true };
  const onPath = (env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, programFile('go')))
    .find(isExecutableFile);
  if (onPath === undefined) return undefined;
  const tree = enclosingGoRoot(onPath);
  if (tree !== undefined) return { goRoot: tree, verified: false };
  const asked = await runQuiet(onPath, ['env', 'GOROOT'], {
    env: { ...env, GOTOOLCHAIN: 'local', GOENV: 'off', GOFLAGS: '' },
    timeoutMs: 60_000,
  });
  const goRoot = asked.stdout.trim();
  if (asked.code !== 0 || !goRoot || !isExecutableFile(join(goRoot, 'bin', programFile('go')))) {
    throw new Error(
      `${onPath} (the go on PATH) is not in a Go tree and did not name one with go env GOROOT: ${(asked.stderr || asked.stdout).trim()}`,
    );
  }
  return { goRoot, verified: false };
}
