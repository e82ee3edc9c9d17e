// The runner tool cache, laid out as actions/setup-go and the runner images do:
// <RUNNER_TOOL_CACHE>/go/<semver>/<arch>/ with a <arch>.complete marker beside it. We add a receipt
// (<arch>.setup-go-golden.json) saying what was verified. A verified, staged GOROOT enters the cache
// by one atomic rename, so a half-extracted Go can never look installed.
import { findAllVersions } from '@actions/tool-cache';
import { randomBytes } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import { basename, join } from 'node:path';
import { fromSemver, formatGoVersion, toSemver, parseGoVersion } from '../version/goversion';

export interface InstallReceipt {
  tool: 'setup-go-golden';
  version: string;
  arch: string;
  source: string;
  url: string;
  fileName: string;
  sha256?: string;
  /** h1 of the golang.org/toolchain module zip (proxy route). */
  h1?: string;
  size?: number;
  /** The trust anchors checked, as in the `verified` output. */
  anchors: string[];
  signature?: { primaryFingerprint: string; signingKeyId: string; created: string };
  /** When the Go entered the tool cache, or for a preinstalled Go, when it was verified in place. */
  installedAt: string;
  /** True when something else installed this Go and we verified it where it was. */
  preinstalled?: boolean;
}

export interface CachedGo {
  version: string;
  goRoot: string;
  /** Undefined when the Go came from elsewhere (a runner image, actions/setup-go). */
  receipt?: InstallReceipt;
}

const MARKER_WAIT_MS = 120_000;

export function toolCacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  const root = env.RUNNER_TOOL_CACHE;
  if (!root) throw new Error('RUNNER_TOOL_CACHE is not set: this must run on a GitHub Actions runner (or the test harness)');
  return root;
}

function versionDir(version: string): string {
  const parsed = parseGoVersion(version);
  if (!parsed) throw new Error(`not a Go version: ${version}`);
  return join(toolCacheRoot(), 'go', toSemver(parsed));
}

function receiptPath(version: string, arch: string): string {
  return join(versionDir(version), `${arch}.setup-go-golden.json`);
}

async function readReceipt(version: string, arch: string): Promise<InstallReceipt | undefined> {
  try {
    const receipt = JSON.parse(await fs.readFile(receiptPath(version, arch), 'utf8')) as InstallReceipt;
    return receipt.tool === 'setup-go-golden' ? receipt : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the receipt beside the GOROOT in one rename, so a reader never sees half of one. */
export async function writeReceipt(receipt: InstallReceipt): Promise<void> {
  const path = receiptPath(receipt.version, receipt.arch);
  const partial = `${path}.${randomBytes(4).toString('hex')}.partial`;
  await fs.writeFile(partial, JSON.stringify(receipt, null, 2) + '\n');
  await fs.rename(partial, path);
}

/** Every complete Go for `arch` in the tool cache, with our receipt when we installed it. */
export async function listCachedGo(arch: string): Promise<CachedGo[]> {
  const found: CachedGo[] = [];
  for (const semver of findAllVersions('go', arch)) {
    const parsed = fromSemver(semver);
    if (!parsed) continue;
    const version = formatGoVersion(parsed);
    found.push({ version, goRoot: join(toolCacheRoot(), 'go', semver, arch), receipt: await readReceipt(version, arch) });
  }
  return found;
}

/** A private folder on the tool cache's file system, so promotion is a rename, not a copy. */
export async function createStagingDir(): Promise<string> {
  const base = join(toolCacheRoot(), '.setup-go-golden-staging');
  await fs.mkdir(base, { recursive: true, mode: 0o700 });
  return fs.mkdtemp(join(base, `${process.pid}-`));
}

export async function removeStagingDir(staging: string): Promise<void> {
  await fs.rm(staging, { recursive: true, force: true });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Moves a verified GOROOT from staging into the tool cache and marks it complete. When another job
 * on this machine installs the same version at the same moment, the first rename wins and the
 * other waits for its marker, then uses that copy.
 */
export async function promoteToToolCache(stagedGoRoot: string, receipt: InstallReceipt): Promise<string> {
  const dir = versionDir(receipt.version);
  const goRoot = join(dir, receipt.arch);
  const marker = `${goRoot}.complete`;
  await fs.mkdir(dir, { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await fs.rename(stagedGoRoot, goRoot);
      await writeReceipt(receipt);
      await fs.writeFile(marker, '');
      return goRoot;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'EISDIR') throw error;
    }
    const deadline = Date.now() + MARKER_WAIT_MS;
    while (Date.now() < deadline && !existsSync(marker)) await sleep(200);
    if (existsSync(marker)) return goRoot;
    // A folder without a marker after that long is the leftover of a crashed install: set it aside.
    await removeTree(moveAside(goRoot, 'abandoned'));
  }
  throw new Error(`could not place Go ${receipt.version} at ${goRoot}`);
}

/** Renames a GOROOT out of the way in one step: nothing finds or runs it there. Returns where it went. */
async function moveAside(goRoot: string, why: string): Promise<string> {
  const aside = join(goRoot, '..', `.${why}-${basename(goRoot)}-${randomBytes(4).toString('hex')}`);
  await fs.rename(goRoot, aside);
  return aside;
}

async function removeTree(path: Promise<string> | string): Promise<void> {
  await fs.rm(await path, { recursive: true, force: true });
}

/**
 * Puts a verified GOROOT where a Go that failed verification (or could not be verified) was: the
 * old tree is renamed aside, the verified one renamed in, and only then is the old one deleted.
 */
export async function replaceInToolCache(stagedGoRoot: string, receipt: InstallReceipt): Promise<string> {
  const goRoot = join(versionDir(receipt.version), receipt.arch);
  await fs.rm(receiptPath(receipt.version, receipt.arch), { force: true });
  const aside = existsSync(goRoot) ? await moveAside(goRoot, 'replaced') : undefined;
  try {
    return await promoteToToolCache(stagedGoRoot, receipt);
  } finally {
    if (aside !== undefined) await removeTree(aside);
  }
}
