// The verify-cached policy: a Go from the tool cache never runs before it is proved, on every use.
// Whoever can write the tool cache (an earlier job on a persistent runner) can also write a
// receipt, content hash included, so a receipt is a hint, not a proof: the tree is hashed (the
// threads start as the step does, see main.ts) and its h1 proved by the checksum database, from
// outside the runner. Only when the database cannot be asked, or cannot know the tree (a Go this
// job's own go-signing-key signed), may a receipt's h1 stand: re-checked against the files, and
// only when its anchors are ones this job would have accepted itself (trust/receipt-policy.ts).
// A Go that fails is replaced by a verified copy, or the step fails naming it; with
// verify-cached: false it is used unverified, with a loud warning.
import * as log from '../shared/log';
import type { InstalledGo } from './installed-go';
import type { InstallRun } from './install-run';
import type { SpecifiedInstallOptions } from './options';
import type { TreeVerdict } from './routes/proxy/index';
import { startGoRootHash } from './routes/proxy/goroot-hash';
import { loadProxyRoute, proxyOptions } from './routes/proxy/route';
import { parseGosumdb, sumdbAnchor } from '../sumdb/gosumdb';
import type { TreeHash } from '../sumdb/tree-hash';
import { formatTrustAnchors } from '../trust/trust-anchor';
import { judgeReceiptAnchors, type JudgedAnchors, type TrustPolicy } from '../trust/receipt-policy';
import { newReceipt, writeReceipt, type CachedGo, type InstallReceipt } from '../tool-cache/entries';

/** What this run found out about a Go in the tool cache. */
type CachedVerdict =
  | { kind: 'verified'; go: InstalledGo }
  /** Not what it claims to be: replace it. */
  | { kind: 'mismatch'; reason: string }
  /** The tree could not be read, or nothing this job trusts could prove it: replace it if we can, else stop. */
  | { kind: 'unverifiable'; reason: string; failed: 'its files could not be read' | 'the checksum database could not be asked' };

/** The Google key fingerprint loads with its module (the key block beside it): only for a receipt that names a key. */
async function trustPolicy(options: SpecifiedInstallOptions, receipt: InstallReceipt): Promise<TrustPolicy> {
  let sumdb: TrustPolicy['sumdb'];
  try {
    const anchor = sumdbAnchor(parseGosumdb(options.gosumdb));
    sumdb = { name: anchor.name, keyHash: anchor.keyHash! };
  } catch {
    sumdb = undefined;
  }
  let signingKeyFingerprint = '';
  if (receipt.anchors.some((anchor) => anchor.kind === 'openpgp')) {
    const signingKey = options.signingKey;
    signingKeyFingerprint = signingKey
      ? await import('./routes/godev/signature').then(({ publicKeyFingerprint }) =>
          publicKeyFingerprint(signingKey, 'input go-signing-key'),
        )
      : (await import('./routes/godev/google-signing-key')).GOOGLE_SIGNING_KEY_FINGERPRINT;
  }
  return { signingKeyFingerprint, sumdb, pinnedSha256: options.pinnedSha256 };
}

/** `a, b and c` */
const listed = (items: readonly string[]): string =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** How the summary names where a Go with a receipt came from. */
function receiptSource(receipt: InstallReceipt): string {
  return receipt.preinstalled ? 'tool cache (preinstalled, verified in place)' : `tool cache (installed from ${receipt.source})`;
}

/**
 * The receipt's own h1 standing in for the database: only when it matches the files now and its
 * anchors are ones this job accepts. `why` says why the database did not decide.
 */
function standOnReceipt(
  entry: CachedGo,
  receipt: InstallReceipt,
  judged: JudgedAnchors,
  tree: TreeHash,
  why: string,
  run: InstallRun,
): CachedVerdict | undefined {
  if (receipt.h1 === undefined || receipt.h1 !== tree.h1 || !judged.provesOrigin) return undefined;
  run.notes.push(
    `Go ${entry.version} in the tool cache was not proved by the checksum database now: ${why}. The h1 its receipt records, ${receipt.h1}, matches its files now (${tree.files} files hashed), and the receipt's anchors (${formatTrustAnchors(judged.counted, ', ')}) are ones this job accepts: they stand, as far as the receipt can be trusted.`,
  );
  return {
    kind: 'verified',
    go: {
      version: entry.version,
      goRoot: entry.goRoot,
      anchors: judged.counted,
      origin: 'tool-cache',
      source: receiptSource(receipt),
      receipt,
      notes: run.notes,
      timings: run.timings,
    },
  };
}

/** Why the receipt could not stand in for the database, for the message that replaces or refuses the Go. */
function receiptShortfall(receipt: InstallReceipt | undefined, judged: JudgedAnchors | undefined, tree: TreeHash): string {
  if (receipt === undefined || judged === undefined) return 'it has no receipt of ours';
  if (receipt.h1 === undefined) return 'its receipt records no h1 of its files';
  if (receipt.h1 !== tree.h1) return `its files hash to ${tree.h1}, not ${receipt.h1} as its receipt records`;
  const refused = judged.refused.length > 0 ? listed(judged.refused) : 'its receipt records only a mirror’s own SHA-256';
  return `its receipt counts for nothing in this job: ${refused}`;
}

/** The database proved the tree now: the receipt is rewritten when it did not record this h1. */
function verifiedNow(entry: CachedGo, answer: Extract<TreeVerdict, { kind: 'match' }>, run: InstallRun): InstalledGo {
  const { options } = run;
  const kept = entry.receipt?.h1 === answer.zipHash ? entry.receipt : undefined;
  const receipt =
    kept ??
    newReceipt(entry.version, options.platform.toolCacheArch, {
      source: 'the tool cache (verified in place)',
      url: `golang.org/toolchain@${answer.moduleVersion}`,
      fileName: '',
      h1: answer.zipHash,
      anchors: answer.anchors,
      preinstalled: true,
    });
  // Written while go first runs (the Go is verified now): the step waits for it before it ends.
  const receiptWritten =
    kept === undefined
      ? writeReceipt(receipt).catch((error: unknown) => {
          // A read-only tool cache costs the next run nothing more than a missing hint.
          log.info(`could not write the receipt beside ${entry.goRoot} (${(error as Error).message})`);
        })
      : undefined;
  if (entry.receipt === undefined) {
    run.notes.push(
      `Go ${entry.version} was preinstalled in the tool cache; its ${answer.files} files match ${answer.moduleVersion} ${answer.zipHash} in the checksum database`,
    );
  }
  return {
    version: entry.version,
    goRoot: entry.goRoot,
    anchors: answer.anchors,
    origin: 'tool-cache',
    source: entry.receipt ? `${receiptSource(entry.receipt)}, its files proved against the checksum database now` : receiptSource(receipt),
    verifiedNow: true,
    receipt,
    ...(receiptWritten ? { receiptWritten } : {}),
    notes: run.notes,
    timings: run.timings,
  };
}

/**
 * Hashes a Go from the tool cache as the golang.org/toolchain module zip names its files and proves
 * it: by the checksum database, or (when that cannot decide) by a receipt this job accepts.
 */
async function verifyCachedGo(entry: CachedGo, run: InstallRun): Promise<CachedVerdict> {
  const { options } = run;
  const { goos, goarch } = options.platform;
  const { receipt } = entry;
  // The hashing starts first: Node reads and compiles an imported module graph at import(), and
  // the proxy route (HTTP clients, checksum-database client) is large; it loads while the threads hash.
  const hashing = startGoRootHash(entry.goRoot, entry.version, goos, goarch);
  let answer: TreeVerdict | undefined;
  let databaseError: Error | undefined;
  try {
    answer = await run.timed('verify tool-cache Go', async () => {
      const { checkTreeAgainstSumdb } = await loadProxyRoute();
      // Two tries, not a download's four: an unreachable database has a fallback here, and an
      // offline runner should not wait out the backoff on every run.
      const database = { ...proxyOptions(options), sumdbAttempts: 2 };
      return checkTreeAgainstSumdb(entry.goRoot, entry.version, goos, goarch, database, hashing);
    });
  } catch (error) {
    databaseError = error as Error;
  }
  let tree: TreeHash;
  try {
    tree = await hashing.tree;
  } catch (error) {
    return { kind: 'unverifiable', reason: (error as Error).message, failed: 'its files could not be read' };
  }
  if (answer?.kind === 'match') return { kind: 'verified', go: verifiedNow(entry, answer, run) };
  const judged = receipt && judgeReceiptAnchors(receipt.anchors, receipt.sha256, await trustPolicy(options, receipt));
  if (answer?.kind === 'mismatch') {
    // The database knows the Go project's releases (or that there is none of this version), not a
    // build of this job's own key: only such a build may differ and still stand on its receipt.
    const ownBuild =
      options.signingKey !== undefined && receipt !== undefined && judged?.counted.some((anchor) => anchor.kind === 'openpgp') === true;
    const knows =
      answer.recorded === undefined
        ? `has no record of ${answer.moduleVersion}`
        : `records ${answer.recorded} for ${answer.moduleVersion}, the Go project's release,`;
    const why = `the checksum database ${knows} and this Go was signed by this job's own go-signing-key`;
    return (ownBuild && standOnReceipt(entry, receipt, judged, tree, why, run)) || answer;
  }
  const why = `the checksum database could not be asked (${databaseError?.message ?? 'no answer'})`;
  const stood = receipt && judged && standOnReceipt(entry, receipt, judged, tree, why, run);
  if (stood) return stood;
  if (tree.h1 === undefined) {
    return { kind: 'mismatch', reason: `it holds ${tree.unexpected.length} links or other non-files; a release holds regular files only` };
  }
  if (receipt?.h1 !== undefined && receipt.h1 !== tree.h1) return { kind: 'mismatch', reason: receiptShortfall(receipt, judged, tree) };
  return {
    kind: 'unverifiable',
    reason: `${databaseError?.message ?? 'no answer'}; ${receiptShortfall(receipt, judged, tree)}`,
    failed: 'the checksum database could not be asked',
  };
}

/** verify-cached: false: the workflow opted out of every check of a tool-cache Go. */
function unverified(entry: CachedGo, run: InstallRun): InstalledGo {
  log.warning(
    `verify-cached: false: using Go ${entry.version} from ${entry.goRoot} WITHOUT VERIFICATION. Anything that could write the tool cache ` +
      `(a runner image, another action, an earlier job on this runner) could have put it there, receipt and all; remove verify-cached: false to prove it before it runs`,
  );
  run.notes.push(`Go ${entry.version} was taken from the tool cache unchecked: NOT VERIFIED (verify-cached: false)`);
  return {
    version: entry.version,
    goRoot: entry.goRoot,
    anchors: [],
    origin: 'tool-cache',
    source: 'tool cache (NOT verified: verify-cached: false)',
    notes: run.notes,
    timings: run.timings,
  };
}

/**
 * A Go from the tool cache, trusted as the policy above says; `installReplacement` puts a verified
 * copy where one that failed (or could not be checked) was.
 */
export async function fromCache(entry: CachedGo, run: InstallRun, installReplacement: () => Promise<InstalledGo>): Promise<InstalledGo> {
  if (!run.options.verifyCached) return unverified(entry, run);
  const verdict = await verifyCachedGo(entry, run);
  if (verdict.kind === 'verified') return verdict.go;
  const where = `Go ${entry.version} in the tool cache at ${entry.goRoot}`;
  if (verdict.kind === 'mismatch') {
    log.warning(
      `${where} does not match the release it claims to be, and it will not be used: ${verdict.reason}. Installing a verified copy in its place.`,
    );
  } else {
    log.warning(
      `Cannot verify ${where}: ${verdict.failed} (${verdict.reason}); installing a verified copy in its place instead of running it`,
    );
  }
  try {
    const go = await installReplacement();
    run.notes.push(
      `The Go ${entry.version} found in the tool cache ${verdict.kind === 'mismatch' ? 'did not match the published release' : 'could not be checked'}; it was replaced by this verified copy`,
    );
    return go;
  } catch (error) {
    const cause = (error as Error).message;
    if (verdict.kind === 'mismatch') {
      throw new Error(
        `${where} is not what it claims to be (${verdict.reason}), and no verified copy could be installed in its place: ${cause}`,
      );
    }
    throw new Error(
      `${where} cannot be verified: ${verdict.failed} (${verdict.reason}), and no verified copy could be downloaded (${cause}). ` +
        `To use it unverified, set verify-cached: false`,
    );
  }
}
