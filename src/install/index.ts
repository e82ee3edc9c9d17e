// Resolves the requested Go and puts a verified copy in the tool cache (or finds one there).
// Two routes: go.dev or a go.dev-like mirror (SHA-256 + OpenPGP), and GOPROXY's golang.org/toolchain
// module (the Go checksum database). `auto` tries go.dev first and falls back to the proxy.
import * as log from '../shared/log';
import { describeVersionSpec, resolveVersionSpec, satisfiesVersionSpec, type Release, type VersionSpec } from '../version/spec';
import { compareGoVersions } from '../version/goversion';
import type { RequestOptions } from './download';
import { downloadAndVerify, downloadSource, fetchReleaseIndex } from './godev';
import { GOOGLE_SIGNING_KEY, GOOGLE_SIGNING_KEY_FINGERPRINT } from './google-signing-key';
import type { InstallInputs } from './inputs';
import { goDevArch } from './platform';
import { redactUrl } from './proxy/http';
import { tokenHeaders } from './token-scope';
import { partitionByArchive, pickArchive, type IndexedRelease } from './release-index';
import { checkStagedGoRuns } from './staged-go-check';
import { createStagingDir, listCachedGo, promoteToToolCache, removeStagingDir, replaceInToolCache, writeReceipt, type CachedGo, type InstallReceipt } from './tool-cache';

export interface InstalledGo {
  version: string;
  goRoot: string;
  /** Anchors checked for this Go (now, or when we installed it); empty when nobody we trust verified it. */
  anchors: string[];
  /** How this run got it: downloaded now, or found in the tool cache. */
  origin: 'downloaded' | 'tool-cache';
  /** A preinstalled Go this run hashed and checked against the checksum database. */
  verifiedNow?: boolean;
  source: string;
  receipt?: InstallReceipt;
  notes: string[];
  timings: Record<string, number>;
}

export interface InstallHooks {
  /** Called as soon as the exact version is known, before any download (cache restores start here). */
  onResolved?: (version: string) => void;
}

type Inputs = InstallInputs & { spec: VersionSpec };

// The proxy route and openpgp.js are loaded only by the runs that use them: most runs need neither
// or only one, and parsing them costs every run startup time.
const proxyModule = () => import('./proxy/index');

/** A place releases can be listed and downloaded from. */
interface Route {
  label: string;
  /** Releases installable on this runner (with an archive or module zip for its OS/arch). */
  releases: Release[];
  /** Releases the source lists with no archive for this runner (named when a spec matches only those). */
  withoutArchive?: Release[];
  /** Downloads and verifies `version` into `staging`; returns the staged GOROOT and the receipt's facts. */
  stage(version: string, staging: string, timings: Record<string, number>): Promise<{ stagedGoRoot: string; receipt: Omit<InstallReceipt, 'tool' | 'version' | 'arch' | 'installedAt'>; notes: string[] }>;
}

async function timed<T>(timings: Record<string, number>, phase: string, work: () => Promise<T>): Promise<T> {
  const start = Date.now();
  try {
    return await work();
  } finally {
    timings[phase] = (timings[phase] ?? 0) + (Date.now() - start);
  }
}

function proxyOptions(inputs: Inputs) {
  return { goproxy: inputs.goproxy, gosumdb: inputs.gosumdb, log: (line: string) => log.info(line) };
}

/** Request options for the go.dev route; the token goes only to a mirror GitHub itself serves (see token-scope.ts). */
function routeRequestOptions(inputs: Inputs): RequestOptions {
  const headers = tokenHeaders(inputs.token, inputs.downloadBaseUrl, process.env.GITHUB_SERVER_URL);
  return { log: (message) => log.info(message), ...(Object.keys(headers).length > 0 ? { headers } : {}) };
}

async function goDevRoute(inputs: Inputs, requestOptions: RequestOptions): Promise<Route> {
  const source = downloadSource(inputs.downloadBaseUrl);
  const listed: IndexedRelease[] = await fetchReleaseIndex(source, requestOptions);
  // A release without an archive for this runner cannot be installed: specs resolve among the others.
  const { installable: releases, withoutArchive } = partitionByArchive(listed, inputs.platform.goos, goDevArch(inputs.platform.goarch));
  const verificationKey = inputs.signingKey ?? GOOGLE_SIGNING_KEY;
  const pinnedFingerprint = inputs.signingKey ? undefined : GOOGLE_SIGNING_KEY_FINGERPRINT;
  return {
    label: source.label,
    releases,
    withoutArchive,
    async stage(version, staging, timings) {
      const release = releases.find((candidate) => compareGoVersions(candidate.version, version) === 0)!;
      const file = pickArchive(release, inputs.platform.goos, goDevArch(inputs.platform.goarch));
      if (!file) {
        throw new Error(`Go ${version} has no archive for ${inputs.platform.goos}/${inputs.platform.goarch} on ${source.label} (input architecture)`);
      }
      // The key is read while the archive downloads; a bad key is reported first, as it would also fail the signature.
      const signingKey = inputs.signingKey;
      const keyCheck = signingKey ? import('./signature').then(({ publicKeyFingerprint }) => publicKeyFingerprint(signingKey, 'input go-signing-key')) : undefined;
      log.info(`Downloading ${source.fileUrl(file.filename)} (${(file.size / 1024 ** 2).toFixed(1)} MiB)`);
      const [download, key] = await Promise.allSettled([
        downloadAndVerify(
          source,
          file,
          { verifySignature: inputs.verifySignature, signingKey: verificationKey, pinnedFingerprint, pinnedSha256: inputs.pinnedSha256 },
          staging,
          requestOptions,
          timings,
        ),
        keyCheck,
      ]);
      if (key.status === 'rejected') throw key.reason;
      if (download.status === 'rejected') throw download.reason;
      const staged = download.value;
      return {
        stagedGoRoot: staged.stagedGoRoot,
        notes: staged.notes,
        receipt: {
          source: source.label,
          url: source.fileUrl(file.filename),
          fileName: file.filename,
          sha256: staged.sha256,
          size: staged.size,
          anchors: staged.anchors,
          signature: staged.signature && {
            primaryFingerprint: staged.signature.primaryFingerprint,
            signingKeyId: staged.signature.signingKeyId,
            created: staged.signature.created.toISOString(),
          },
        },
      };
    },
  };
}

async function proxyRoute(inputs: Inputs): Promise<Route> {
  const { goos, goarch } = inputs.platform;
  const options = proxyOptions(inputs);
  const { listProxyReleases, downloadAndVerifyFromProxy } = await proxyModule();
  const releases = await listProxyReleases(goos, goarch, options);
  const label = `GOPROXY ${inputs.goproxy ? redactUrl(inputs.goproxy) : 'direct'}`;
  return {
    label,
    releases,
    async stage(version, staging) {
      const staged = await downloadAndVerifyFromProxy({ version, goos, goarch, stagingDir: staging, ...options });
      return {
        stagedGoRoot: staged.stagedGoRoot,
        notes: [],
        receipt: {
          source: label,
          url: `golang.org/toolchain@${staged.details.moduleVersion}`,
          fileName: `${staged.details.moduleVersion}.zip`,
          size: staged.details.zipBytes,
          h1: staged.details.zipHash,
          anchors: staged.anchors,
        },
      };
    },
  };
}

async function openRoute(inputs: Inputs, requestOptions: RequestOptions): Promise<Route> {
  if (inputs.downloadSource === 'proxy') return proxyRoute(inputs);
  if (inputs.downloadSource === 'go.dev') return goDevRoute(inputs, requestOptions);
  try {
    return await goDevRoute(inputs, { ...requestOptions, attempts: 2 });
  } catch (error) {
    log.warning(`go-download-source auto: ${(error as Error).message}; falling back to the golang.org/toolchain module through GOPROXY`);
    return proxyRoute(inputs);
  }
}

/** What the checksum database said about a Go in the tool cache that we did not install. */
type CachedVerdict =
  | { kind: 'verified'; go: InstalledGo }
  /** Not the published release: replace it. */
  | { kind: 'mismatch'; reason: string }
  /** The database could not be asked, or its answer not proved: replace it if we can, else stop. */
  | { kind: 'unverifiable'; reason: string };

function trustedFromReceipt(entry: CachedGo & { receipt: InstallReceipt }, notes: string[], timings: Record<string, number>): InstalledGo {
  const source = entry.receipt.preinstalled
    ? `tool cache (preinstalled, verified against the checksum database on ${entry.receipt.installedAt.slice(0, 10)})`
    : `tool cache (installed from ${entry.receipt.source})`;
  return { version: entry.version, goRoot: entry.goRoot, anchors: entry.receipt.anchors, origin: 'tool-cache', source, receipt: entry.receipt, notes, timings };
}

/**
 * Hashes a Go we did not install as the golang.org/toolchain module zip names its files and checks
 * it against the checksum database, before anything runs it. On a match it gets our receipt, so
 * the next run trusts it without hashing.
 */
async function verifyPreinstalled(entry: CachedGo, inputs: Inputs, notes: string[], timings: Record<string, number>): Promise<CachedVerdict> {
  const { goos, goarch } = inputs.platform;
  const { checkTreeAgainstSumdb } = await proxyModule();
  let verdict;
  try {
    verdict = await timed(timings, 'verify preinstalled Go', () => checkTreeAgainstSumdb(entry.goRoot, entry.version, goos, goarch, proxyOptions(inputs)));
  } catch (error) {
    return { kind: 'unverifiable', reason: (error as Error).message };
  }
  if (verdict.kind === 'mismatch') return verdict;
  const receipt: InstallReceipt = {
    tool: 'setup-go-golden',
    version: entry.version,
    arch: inputs.platform.toolCacheArch,
    source: 'the tool cache (preinstalled)',
    url: `golang.org/toolchain@${verdict.moduleVersion}`,
    fileName: '',
    h1: verdict.zipHash,
    anchors: verdict.anchors,
    installedAt: new Date().toISOString(),
    preinstalled: true,
  };
  try {
    await writeReceipt(receipt);
  } catch (error) {
    // A read-only tool cache costs the next run another check, nothing more.
    log.info(`could not write the receipt beside ${entry.goRoot} (${(error as Error).message}); the next run checks this Go again`);
  }
  notes.push(`Go ${entry.version} was preinstalled in the tool cache; its ${verdict.files} files match ${verdict.moduleVersion} ${verdict.zipHash} in the checksum database`);
  const go: InstalledGo = {
    version: entry.version,
    goRoot: entry.goRoot,
    anchors: verdict.anchors,
    origin: 'tool-cache',
    source: 'tool cache (preinstalled, verified against the checksum database now)',
    verifiedNow: true,
    receipt,
    notes,
    timings,
  };
  return { kind: 'verified', go };
}

/**
 * A Go from the tool cache, never run before it is trusted: ours (receipt), verified now against
 * the checksum database, or, with verify-cached: false, used unverified with a loud warning. A Go
 * that fails the check, or cannot be checked, is replaced by a verified copy from `route`.
 */
async function fromCache(entry: CachedGo, inputs: Inputs, notes: string[], timings: Record<string, number>, route: () => Promise<Route>): Promise<InstalledGo> {
  if (entry.receipt) return trustedFromReceipt({ ...entry, receipt: entry.receipt }, notes, timings);
  if (!inputs.verifyCached) {
    log.warning(
      `verify-cached: false: using Go ${entry.version} from ${entry.goRoot} WITHOUT VERIFICATION. It was put in the tool cache by something else ` +
        `(a runner image, another action) and nobody checked it; remove verify-cached: false to check it against the Go checksum database first`,
    );
    notes.push(`Go ${entry.version} was found in the tool cache but was not installed by setup-go-golden: NOT VERIFIED (verify-cached: false)`);
    return { version: entry.version, goRoot: entry.goRoot, anchors: [], origin: 'tool-cache', source: 'tool cache (preinstalled, NOT verified: verify-cached: false)', notes, timings };
  }
  const verdict = await verifyPreinstalled(entry, inputs, notes, timings);
  if (verdict.kind === 'verified') return verdict.go;
  if (verdict.kind === 'mismatch') {
    log.warning(
      `The runner's tool cache holds a Go ${entry.version} that does not match the published release, and it will not be used: ${verdict.reason}. ` +
        `Installing a verified copy in its place.`,
    );
  } else {
    log.warning(`Cannot check the preinstalled Go ${entry.version} against the checksum database (${verdict.reason}); installing a verified copy in its place instead of running it`);
  }
  try {
    const go = await installFromRoute(await route(), entry.version, inputs, notes, timings, 'replace');
    notes.push(`The preinstalled Go ${entry.version} ${verdict.kind === 'mismatch' ? 'did not match the published release' : 'could not be checked'}; it was replaced by this verified copy`);
    return go;
  } catch (error) {
    const cause = (error as Error).message;
    if (verdict.kind === 'mismatch') {
      throw new Error(`Go ${entry.version} in the tool cache is not the published release (${verdict.reason}), and no verified copy could be installed in its place: ${cause}`);
    }
    throw new Error(
      `Go ${entry.version} in the tool cache cannot be verified: the checksum database could not be asked (${verdict.reason}), and no verified copy could be downloaded (${cause}). ` +
        `To use the preinstalled Go unverified, set verify-cached: false`,
    );
  }
}

/** Downloads `version` from `route`, verifies it in staging, and puts it in the tool cache (`replace`: where an untrusted tree was). */
async function installFromRoute(
  route: Route,
  version: string,
  inputs: Inputs,
  notes: string[],
  timings: Record<string, number>,
  placement: 'new' | 'replace' = 'new',
): Promise<InstalledGo> {
  const { platform } = inputs;
  if (!route.releases.some((release) => compareGoVersions(release.version, version) === 0)) {
    throw new Error(`${route.label} does not list Go ${version}`);
  }
  const staging = await createStagingDir();
  try {
    const staged = await timed(timings, 'download+verify', () => route.stage(version, staging, timings));
    notes.push(...staged.notes);
    if (inputs.sumdbCrossCheck && !staged.receipt.anchors.some((anchor) => anchor.startsWith('sumdb:'))) {
      // A go.dev tree, named as the toolchain module names it, hashes to the module's h1: the checksum
      // database becomes a further, independent anchor for an archive already checked above.
      const { goos, goarch } = platform;
      const { verifyInstalledTreeAgainstSumdb } = await proxyModule();
      const checked = await timed(timings, 'checksum database', () =>
        verifyInstalledTreeAgainstSumdb(staged.stagedGoRoot, version, goos, goarch, proxyOptions(inputs)),
      );
      staged.receipt.anchors.push(...checked.anchors);
      staged.receipt.h1 = checked.zipHash;
    }
    const receipt: InstallReceipt = {
      tool: 'setup-go-golden',
      version,
      arch: platform.toolCacheArch,
      installedAt: new Date().toISOString(),
      ...staged.receipt,
    };
    await timed(timings, 'check it runs', () => checkStagedGoRuns(staged.stagedGoRoot, version));
    const place = placement === 'replace' ? replaceInToolCache : promoteToToolCache;
    const goRoot = await timed(timings, 'install', () => place(staged.stagedGoRoot, receipt));
    return { version, goRoot, anchors: receipt.anchors, origin: 'downloaded', source: route.label, receipt, notes, timings };
  } finally {
    await removeStagingDir(staging);
  }
}

function newestSatisfying(cached: CachedGo[], spec: VersionSpec): CachedGo | undefined {
  return cached
    .filter((entry) => satisfiesVersionSpec(spec, entry.version))
    .sort((a, b) => compareGoVersions(b.version, a.version))[0];
}

export async function installGo(inputs: Inputs, hooks: InstallHooks = {}): Promise<InstalledGo> {
  const notes: string[] = [];
  const timings: Record<string, number> = {};
  const { spec, platform } = inputs;
  const requestOptions = routeRequestOptions(inputs);
  // Opened at most once, and only when needed: a tool-cache hit asks no release index.
  let opened: Promise<Route> | undefined;
  const route = () => (opened ??= timed(timings, 'release list', () => openRoute(inputs, requestOptions)));
  const cached = await listCachedGo(platform.toolCacheArch);
  const offlineMatch = newestSatisfying(cached, spec);
  if (offlineMatch && !inputs.checkLatest) {
    log.info(`Go ${offlineMatch.version} from the tool cache satisfies ${describeVersionSpec(spec)}; not contacting the release index`);
    hooks.onResolved?.(offlineMatch.version);
    return fromCache(offlineMatch, inputs, notes, timings, route);
  }

  let listed: Route;
  try {
    listed = await route();
  } catch (error) {
    if (offlineMatch) {
      log.warning(`cannot read the release index (${(error as Error).message}); using Go ${offlineMatch.version} from the tool cache`);
      hooks.onResolved?.(offlineMatch.version);
      return fromCache(offlineMatch, inputs, notes, timings, route);
    }
    throw new Error(`cannot read the Go release index and no Go in the tool cache satisfies ${describeVersionSpec(spec)}: ${(error as Error).message}`);
  }

  const version = resolveVersionSpec(spec, listed.releases);
  if (!version) {
    const elsewhere = resolveVersionSpec(spec, listed.withoutArchive ?? []);
    if (elsewhere) {
      throw new Error(`${inputs.specSource}: ${describeVersionSpec(spec)} is Go ${elsewhere}, which ${listed.label} has no archive of for ${platform.goos}/${platform.goarch} (input architecture), and no older release matching it has one either`);
    }
    const newest = listed.releases.filter((release) => release.stable).slice(0, 5).map((release) => release.version);
    throw new Error(`${inputs.specSource}: no Go release on ${listed.label} matches ${describeVersionSpec(spec)} (newest stable: ${newest.join(', ')})`);
  }
  hooks.onResolved?.(version);
  const exact = cached.find((entry) => entry.version === version);
  if (exact) {
    log.info(`Go ${version} is already in the tool cache`);
    return fromCache(exact, inputs, notes, timings, route);
  }
  return installFromRoute(listed, version, inputs, notes, timings);
}
