// The one way the action runs go: the verified tree's own bin/go by absolute path, told which
// GOROOT it is and kept from switching to another toolchain, so that neither PATH, nor a job
// GOROOT, nor the user's go env file decides what runs in the action's own commands.
import { spawn } from 'node:child_process';
import { delimiter, join } from 'node:path';

/** The go command of a GOROOT. */
export function goBinary(goRoot: string, platform: NodeJS.Platform = process.platform): string {
  return join(goRoot, 'bin', platform === 'win32' ? 'go.exe' : 'go');
}

export interface GoRun {
  /** The exit code; a spawn error's code (ENOENT, EACCES, ENOEXEC); or `killed` after the timeout. */
  code: number | string;
  stdout: string;
  stderr: string;
}

/**
 * What the go run may take from the job:
 * - `report`: everything but GOROOT and GOTOOLCHAIN, so `go env` reports the settings later steps get;
 * - `inspect`: neither the job's GOFLAGS nor the user's go env file (GOENV=off): questions the
 *   action asks go about itself (version, targets, packages) must not run anything else;
 * - `build`: like `inspect`, but the job's GOFLAGS apply, less the flags that run other programs or
 *   compile other sources (see withoutForeignCodeFlags).
 */
export type GoRunMode = 'report' | 'inspect' | 'build';

export interface GoRunOptions {
  mode: GoRunMode;
  /** The environment to start from (the job's, with a target's variables): never GOROOT's say. */
  env: NodeJS.ProcessEnv;
  cwd?: string;
  /** Default one minute: enough for any question; builds and tests pass their own. */
  timeoutMs?: number;
}

/** GOFLAGS flags that make go run another program (-toolexec, -exec) or compile other files than the package's (-overlay). */
export const FOREIGN_CODE_FLAGS = ['toolexec', 'exec', 'overlay'] as const;

/** The name of a GOFLAGS entry that runs or substitutes code (`-toolexec=x`, `--exec`), else undefined. */
export function foreignCodeFlag(flag: string): string | undefined {
  const name = /^--?([a-z]+)(?:=|$)/.exec(flag)?.[1];
  return FOREIGN_CODE_FLAGS.find((foreign) => foreign === name);
}

/** GOFLAGS (space-separated `-flag=value` entries, as go reads it) without the flags that run or substitute code. */
export function withoutForeignCodeFlags(goflags: string): string {
  return goflags
    .split(/\s+/)
    .filter((flag) => flag && foreignCodeFlag(flag) === undefined)
    .join(' ');
}

const DEFAULT_TIMEOUT_MS = 60_000;

/** The environment go runs with in `mode`: GOROOT the verified tree, its bin first on PATH, no toolchain switch. */
export function goRunEnvironment(goRoot: string, mode: GoRunMode, base: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base, GOROOT: goRoot, GOTOOLCHAIN: 'local' };
  // Programs go starts (cgo's compiler wrappers, `go test -exec` helpers, go generate) find this go first.
  env.PATH = [join(goRoot, 'bin'), base.PATH].filter(Boolean).join(delimiter);
  if (mode === 'report') return env;
  env.GOENV = 'off';
  const goflags = mode === 'build' ? withoutForeignCodeFlags(base.GOFLAGS ?? '') : '';
  if (goflags) env.GOFLAGS = goflags;
  else delete env.GOFLAGS;
  return env;
}

/**
 * Runs `<goRoot>/bin/go` with the environment of `options.mode` and collects its output. Node's
 * spawn, not @actions/exec: a step's first go run is on its critical path, and the tool runner's
 * first call costs more (bench/verified-warm.bench.ts measures that path).
 */
export function runGo(goRoot: string, args: string[], options: GoRunOptions): Promise<GoRun> {
  const env = goRunEnvironment(goRoot, options.mode, options.env);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return new Promise((resolve) => {
    const child = spawn(goBinary(goRoot), args, { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let killed = false;
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve({ code: error.code ?? 'ENOENT', stdout: '', stderr: error.message });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        code: killed ? 'killed' : (code ?? (signal ? `signal ${signal}` : 1)),
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
}

/** How a failed run reads in an error message. */
export function describeGoRunCode(code: number | string): string {
  if (code === 'killed') return `did not finish within ${DEFAULT_TIMEOUT_MS / 1000} s`;
  return typeof code === 'number' ? `exited with code ${code}` : `could not run (${code})`;
}

/** Like runGo, but anything but exit 0 is an error naming the command and carrying go's output. */
export async function runGoChecked(goRoot: string, args: string[], options: GoRunOptions): Promise<string> {
  const { code, stdout, stderr } = await runGo(goRoot, args, options);
  if (code !== 0) {
    throw new Error(`${goBinary(goRoot)} ${args.join(' ')} ${describeGoRunCode(code)}: ${(stderr || stdout).trim()}`);
  }
  return stdout;
}

/** Exported by the root action: the GOROOT it verified, which the build sub-action of later steps runs. */
export const VERIFIED_GOROOT_VARIABLE = 'SETUP_GO_GOLDEN_GOROOT';

let selectedGoRoot: string | undefined;

/** Names the verified Go this step's own commands run (the entry point decides, once it is verified). */
export function selectGoRoot(goRoot: string): void {
  selectedGoRoot = goRoot;
}

/** The verified Go this step runs; an error when the entry point chose none (a bug, not a job's fault). */
export function verifiedGoRoot(): string {
  if (selectedGoRoot === undefined) throw new Error('internal error: no verified Go was selected before running go');
  return selectedGoRoot;
}
