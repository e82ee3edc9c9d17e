// The runner tool cache (laid out as layout.ts says): our receipts, saying what was
// verified, and the Go versions found there. Whoever can write the tool cache can write a receipt,
// so a receipt read back is a hint of what to check, never proof (see src/install/preinstalled.ts). A verified, staged GOROOT enters the cache
// by one atomic rename, so a half-extracted Go can never look installed.
import { randomBytes } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import { basename, join } from 'node:path';
import { compareGoVersions, fromSemver, formatGoVersion, toSemver, parseGoVersion } from '../version/goversion';
import { satisfiesVersionSpec, type VersionSpec } from '../version/spec';
import { sleep } from '../shared/sleep';
import { parseTrustAnchor, storedTrustAnchor, type TrustAnchor } from '../trust/trust-anchor';
import { completeVersionFolders, receiptPath, slotDir, toolCacheRoot, type ToolCacheSlot } from './layout';

export interface InstallReceipt {
  tool: 'setup-go-golden';
  version: string;
  arch: string;
  source: string;
  url: string;
  fileName: string;
  sha256?: string;
  /**
   * h1 of the installed tree as the golang.org/toolchain module zip names its files (for the proxy
   * route the zip's own h1): what every later use hashes the tree to, and compares.
   */
  h1?: string;
  size?: number;
  /** The trust anchors checked (on disk: as the `verified` output lists them). */
  anchors: TrustAnchor[];
  signature?: { primaryFingerprint: string; signingKeyId: string; created: string };
  /** When the Go entered the tool cache, or for a preinstalled Go, when it was verified in place. */
  installedAt: string;
  /** True when something else installed this Go and we verified it where it was. */
  preinstalled?: boolean;
}

/** A receipt as JSON on disk: anchors as text. */
type StoredReceipt = Omit<InstallReceipt, 'anchors'> & { anchors: string[] };

function storedReceipt(receipt: InstallReceipt): StoredReceipt {
  return { ...receipt, anchors: receipt.anchors.map(storedTrustAnchor) };
}

/** Whether the fields a reader relies on have the types we write (the file may be anyone's). */
function wellFormed(stored: StoredReceipt): boolean {
  return (
    typeof stored.version === 'string' &&
    typeof stored.source === 'string' &&
    typeof stored.installedAt === 'string' &&
    (stored.sha256 === undefined || (typeof stored.sha256 === 'string' && /^[0-9a-f]{64}$/.test(stored.sha256))) &&
    (stored.size === undefined || typeof stored.size === 'number') &&
    (stored.h1 === undefined || (typeof stored.h1 === 'string' && /^h1:[A-Za-z0-9+/]{43}=$/.test(stored.h1)))
  );
}

/** A receipt read from disk; undefined (so the Go is checked as one we did not install) when it is not one we write. */
function receiptFromDisk(stored: StoredReceipt | undefined): InstallReceipt | undefined {
  if (!stored || !Array.isArray(stored.anchors) || !wellFormed(stored)) return undefined;
  const anchors = stored.anchors.map((text) => (typeof text === 'string' ? parseTrustAnchor(text) : undefined));
  if (anchors.some((anchor) => anchor === undefined)) return undefined;
  return { ...stored, anchors: anchors as TrustAnchor[] };
}

/** The facts a route or check establishes; the receipt adds whose, which Go, and when. */
export type ReceiptFacts = Omit<InstallReceipt, 'tool' | 'version' | 'arch' | 'installedAt'>;

/** A receipt for Go `version` on `arch`, dated now. */
export function newReceipt(version: string, arch: string, facts: ReceiptFacts): InstallReceipt {
  return { tool: 'setup-go-golden', version, arch, installedAt: new Date().toISOString(), ...facts };
}

export interface CachedGo {
  version: string;
  goRoot: string;
  /** Undefined when the Go came from elsewhere (a runner image, actions/setup-go). */
  receipt?: InstallReceipt;
}

const MARKER_WAIT_MS = 120_000;

function goSlot(version: string, arch: string): ToolCacheSlot {
  const parsed = parseGoVersion(version);
  if (!parsed) throw new Error(`not a Go version: ${version}`);
  return { tool: 'go', versionFolder: toSemver(parsed), arch };
}

/** Our receipt for a slot, when we installed what is there. */
export async function readToolReceipt<R extends { tool: 'setup-go-golden' }>(slot: ToolCacheSlot): Promise<R | undefined> {
  try {
    const receipt = JSON.parse(await fs.readFile(receiptPath(slot), 'utf8')) as R;
    return receipt.tool === 'setup-go-golden' ? receipt : undefined;
  } catch {
    return undefined;
  }
}

/** Writes a slot's receipt in one rename, so a reader never sees half of one. */
async function writeToolReceipt(slot: ToolCacheSlot, receipt: object): Promise<void> {
  const path = receiptPath(slot);
  const partial = `${path}.${randomBytes(4).toString('hex')}.partial`;
  try {
    await fs.writeFile(partial, `${JSON.stringify(receipt, null, 2)}\n`);
    await fs.rename(partial, path);
  } catch (error) {
    await fs.rm(partial, { force: true });
    throw error;
  }
}

/** Writes a Go's receipt beside its GOROOT (a preinstalled Go verified in place). */
export async function writeReceipt(receipt: InstallReceipt): Promise<void> {
  await writeToolReceipt(goSlot(receipt.version, receipt.arch), storedReceipt(receipt));
}

/** Every complete Go for `arch` in the tool cache, with our receipt when we installed it. */
export async function listCachedGo(arch: string): Promise<CachedGo[]> {
  const found: CachedGo[] = [];
  for (const semver of completeVersionFolders('go', arch)) {
    const parsed = fromSemver(semver);
    if (!parsed) continue;
    const version = formatGoVersion(parsed);
    found.push({
      version,
      goRoot: join(toolCacheRoot(), 'go', semver, arch),
      receipt: receiptFromDisk(await readToolReceipt<StoredReceipt>(goSlot(version, arch))),
    });
  }
  return found;
}

/** The newest Go in `cached` that satisfies `spec`. */
export function newestCachedSatisfying(cached: CachedGo[], spec: VersionSpec): CachedGo | undefined {
  return cached.filter((entry) => satisfiesVersionSpec(spec, entry.version)).sort((a, b) => compareGoVersions(b.version, a.version))[0];
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

/**
 * Moves a verified GOROOT from staging into the tool cache and marks it complete. When another job
 * on this machine installs the same version at the same moment, the first rename wins and the
 * other waits for its marker, then uses that copy.
 */
export async function promoteToToolCache(stagedGoRoot: string, receipt: InstallReceipt): Promise<string> {
  return promoteToolToCache(goSlot(receipt.version, receipt.arch), stagedGoRoot, storedReceipt(receipt), `Go ${receipt.version}`);
}

/** promoteToToolCache for any tool: one atomic rename of a verified, staged folder, then receipt and marker. */
export async function promoteToolToCache(slot: ToolCacheSlot, staged: string, receipt: object, label: string): Promise<string> {
  const dir = slotDir(slot);
  const installed = join(dir, slot.arch);
  const marker = `${installed}.complete`;
  await fs.mkdir(dir, { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await fs.rename(staged, installed);
      await writeToolReceipt(slot, receipt);
      await fs.writeFile(marker, '');
      return installed;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'EISDIR') throw error;
    }
    const deadline = Date.now() + MARKER_WAIT_MS;
    while (Date.now() < deadline && !existsSync(marker)) await sleep(200);
    if (existsSync(marker)) return installed;
    // A folder without a marker after that long is the leftover of a crashed install: set it aside.
    await removeTree(moveAside(installed, 'abandoned'));
  }
  throw new Error(`could not place ${label} at ${installed}`);
}

/** Renames an installed folder out of the way in one step: nothing finds or runs it there. Returns where it went. */
async function moveAside(installed: string, why: string): Promise<string> {
  const aside = join(installed, '..', `.${why}-${basename(installed)}-${randomBytes(4).toString('hex')}`);
  await fs.rename(installed, aside);
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
  const slot = goSlot(receipt.version, receipt.arch);
  const goRoot = join(slotDir(slot), slot.arch);
  await fs.rm(receiptPath(slot), { force: true });
  const aside = existsSync(goRoot) ? await moveAside(goRoot, 'replaced') : undefined;
  try {
    return await promoteToToolCache(stagedGoRoot, receipt);
  } finally {
    if (aside !== undefined) await removeTree(aside);
  }
}
