// The verify-cached policy: a Go from the tool cache is never run before it is trusted. Ours (a
// receipt says what we verified), verified now against the checksum database, or, with
// verify-cached: false, used unverified with a loud warning. A Go that fails the check, or cannot
// be checked, is replaced by a verified copy.
import * as log from '../shared/log';
import type { InstalledGo } from './installed-go';
import type { InstallRun } from './install-run';
import type { TreeVerdict } from './routes/proxy/index';
import { startGoRootHash } from './routes/proxy/goroot-hash';
import { loadProxyRoute, proxyOptions } from './routes/proxy/route';
import { formatTrustAnchors, originUnproven } from '../trust/trust-anchor';
import { newReceipt, writeReceipt, type CachedGo, type InstallReceipt } from '../tool-cache/entries';

/** What the checksum database said about a Go in the tool cache that we did not install. */
type CachedVerdict =
  | { kind: 'verified'; go: InstalledGo }
  /** Not the published release: replace it. */
  | { kind: 'mismatch'; reason: string }
  /** The tree could not be read, or the database asked or its answer proved: replace it if we can, else stop. */
  | { kind: 'unverifiable'; reason: string; failed: 'its files could not be read' | 'the checksum database could not be asked' };

function trustedFromReceipt(entry: CachedGo & { receipt: InstallReceipt }, run: InstallRun): InstalledGo {
  const source = entry.receipt.preinstalled
    ? `tool cache (preinstalled, verified against the checksum database on ${entry.receipt.installedAt.slice(0, 10)})`
    : `tool cache (installed from ${entry.receipt.source})`;
  return {
    version: entry.version,
    goRoot: entry.goRoot,
    anchors: entry.receipt.anchors,
    origin: 'tool-cache',
    source,
    receipt: entry.receipt,
    notes: run.notes,
    timings: run.timings,
  };
}

/**
 * Hashes a Go we did not install as the golang.org/toolchain module zip names its files and checks
 * it against the checksum database, before anything runs it. On a match it gets our receipt, so
 * the next run trusts it without hashing.
 */
async function verifyPreinstalled(entry: CachedGo, run: InstallRun): Promise<CachedVerdict> {
  const { options } = run;
  const { goos, goarch } = options.platform;
  let verdict: TreeVerdict;
  let treeError: unknown;
  try {
    verdict = await run.timed('verify preinstalled Go', async () => {
      // The hashing starts first: Node reads and compiles an imported module graph at import(),
      // and the proxy route (HTTP clients, checksum-database client) is large; it loads while the
      // threads hash.
      const hashing = startGoRootHash(entry.goRoot, entry.version, goos, goarch);
      // Noted before the check below sees the same error: reactions run in the order they were added.
      hashing.tree.catch((error: unknown) => {
        treeError = error;
      });
      const { checkTreeAgainstSumdb } = await loadProxyRoute();
      return checkTreeAgainstSumdb(entry.goRoot, entry.version, goos, goarch, proxyOptions(options), hashing);
    });
  } catch (error) {
    const failed = error === treeError ? 'its files could not be read' : 'the checksum database could not be asked';
    return { kind: 'unverifiable', reason: (error as Error).message, failed };
  }
  if (verdict.kind === 'mismatch') return verdict;
  const receipt = newReceipt(entry.version, options.platform.toolCacheArch, {
    source: 'the tool cache (preinstalled)',
    url: `golang.org/toolchain@${verdict.moduleVersion}`,
    fileName: '',
    h1: verdict.zipHash,
    anchors: verdict.anchors,
    preinstalled: true,
  });
  // Written while go first runs (the Go is verified now): the step waits for it before it ends.
  const receiptWritten = writeReceipt(receipt).catch((error: unknown) => {
    // A read-only tool cache costs the next run another check, nothing more.
    log.info(`could not write the receipt beside ${entry.goRoot} (${(error as Error).message}); the next run checks this Go again`);
  });
  run.notes.push(
    `Go ${entry.version} was preinstalled in the tool cache; its ${verdict.files} files match ${verdict.moduleVersion} ${verdict.zipHash} in the checksum database`,
  );
  const go: InstalledGo = {
    version: entry.version,
    goRoot: entry.goRoot,
    anchors: verdict.anchors,
    origin: 'tool-cache',
    source: 'tool cache (preinstalled, verified against the checksum database now)',
    verifiedNow: true,
    receipt,
    receiptWritten,
    notes: run.notes,
    timings: run.timings,
  };
  return { kind: 'verified', go };
}

/**
 * A Go from the tool cache, trusted as the policy above says; `installReplacement` puts a verified
 * copy where one that failed (or could not be checked) was.
 */
export async function fromCache(entry: CachedGo, run: InstallRun, installReplacement: () => Promise<InstalledGo>): Promise<InstalledGo> {
  const { notes } = run;
  // A receipt written before mirror downloads needed the checksum database: its only anchor is the
  // mirror's own digest, which proves integrity, not origin. It counts as no receipt.
  const mirrorOnly = entry.receipt !== undefined && entry.receipt.anchors.length > 0 && originUnproven(entry.receipt.anchors);
  if (entry.receipt && !mirrorOnly) return trustedFromReceipt({ ...entry, receipt: entry.receipt }, run);
  if (entry.receipt) {
    notes.push(
      `Go ${entry.version} in the tool cache has a receipt that records only a mirror's own SHA-256 (${formatTrustAnchors(entry.receipt.anchors, ', ')}), which proves integrity, not origin; it is checked like a preinstalled Go`,
    );
  }
  if (!run.options.verifyCached) {
    log.warning(
      `verify-cached: false: using Go ${entry.version} from ${entry.goRoot} WITHOUT VERIFICATION. It was put in the tool cache by something else ` +
        `(a runner image, another action) and nobody checked it; remove verify-cached: false to check it against the Go checksum database first`,
    );
    notes.push(
      `Go ${entry.version} was found in the tool cache but was not installed by setup-go-golden: NOT VERIFIED (verify-cached: false)`,
    );
    return {
      version: entry.version,
      goRoot: entry.goRoot,
      anchors: [],
      origin: 'tool-cache',
      source: 'tool cache (preinstalled, NOT verified: verify-cached: false)',
      notes,
      timings: run.timings,
    };
  }
  const verdict = await verifyPreinstalled(entry, run);
  if (verdict.kind === 'verified') return verdict.go;
  if (verdict.kind === 'mismatch') {
    log.warning(
      `The runner's tool cache holds a Go ${entry.version} that does not match the published release, and it will not be used: ${verdict.reason}. ` +
        `Installing a verified copy in its place.`,
    );
  } else {
    log.warning(
      `Cannot verify the preinstalled Go ${entry.version}: ${verdict.failed} (${verdict.reason}); installing a verified copy in its place instead of running it`,
    );
  }
  try {
    const go = await installReplacement();
    notes.push(
      `The preinstalled Go ${entry.version} ${verdict.kind === 'mismatch' ? 'did not match the published release' : 'could not be checked'}; it was replaced by this verified copy`,
    );
    return go;
  } catch (error) {
    const cause = (error as Error).message;
    if (verdict.kind === 'mismatch') {
      throw new Error(
        `Go ${entry.version} in the tool cache is not the published release (${verdict.reason}), and no verified copy could be installed in its place: ${cause}`,
      );
    }
    throw new Error(
      `Go ${entry.version} in the tool cache cannot be verified: ${verdict.failed} (${verdict.reason}), and no verified copy could be downloaded (${cause}). ` +
        `To use the preinstalled Go unverified, set verify-cached: false`,
    );
  }
}
