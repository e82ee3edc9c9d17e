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
import { pickArchive, type IndexedRelease } from './release-index';
import { checkStagedGoRuns } from './staged-go-check';
import { createStagingDir, listCachedGo, promoteToToolCache, removeStagingDir, type CachedGo, type InstallReceipt } from './tool-cache';

export interface InstalledGo {
  version: string;
  goRoot: string;
  /** Anchors checked for this Go (now, or when we installed it); empty when nobody we trust verified it. */
  anchors: string[];
  /** How this run got it: downloaded now, or found in the tool cache. */
  origin: 'downloaded' | 'tool-cache';
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
  releases: Release[];
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

async function goDevRoute(inputs: Inputs, requestOptions: RequestOptions): Promise<Route> {
  const source = downloadSource(inputs.downloadBaseUrl);
  const releases: IndexedRelease[] = await fetchReleaseIndex(source, requestOptions);
  const verificationKey = inputs.signingKey ?? GOOGLE_SIGNING_KEY;
  const pinnedFingerprint = inputs.signingKey ? undefined : GOOGLE_SIGNING_KEY_FINGERPRINT;
  return {
    label: source.label,
    releases,
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

async function fromCache(entry: CachedGo, inputs: Inputs, notes: string[], timings: Record<string, number>): Promise<InstalledGo> {
  let anchors = entry.receipt?.anchors ?? [];
  let source = entry.receipt ? `tool cache (installed from ${entry.receipt.source})` : 'tool cache (preinstalled)';
  if (!entry.receipt && inputs.verifyCached) {
    const { goos, goarch } = inputs.platform;
    const { verifyInstalledTreeAgainstSumdb } = await proxyModule();
    const checked = await timed(timings, 'verify cached', () =>
      verifyInstalledTreeAgainstSumdb(entry.goRoot, entry.version, goos, goarch, proxyOptions(inputs)),
    );
    anchors = checked.anchors;
    source = 'tool cache (preinstalled, checked against the checksum database)';
    notes.push(`Go ${entry.version} in the tool cache matches ${checked.moduleVersion} ${checked.zipHash} in the checksum database`);
  } else if (!entry.receipt) {
    notes.push(`Go ${entry.version} was found in the tool cache but was not installed by setup-go-golden: NOT VERIFIED by this action (set verify-cached: true to check it against the Go checksum database)`);
  }
  return { version: entry.version, goRoot: entry.goRoot, anchors, origin: 'tool-cache', source, receipt: entry.receipt, notes, timings };
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
  const requestOptions: RequestOptions = { log: (message) => log.info(message) };
  const cached = await listCachedGo(platform.toolCacheArch);
  const offlineMatch = newestSatisfying(cached, spec);
  if (offlineMatch && !inputs.checkLatest) {
    log.info(`Go ${offlineMatch.version} from the tool cache satisfies ${describeVersionSpec(spec)}; not contacting the network`);
    hooks.onResolved?.(offlineMatch.version);
    return fromCache(offlineMatch, inputs, notes, timings);
  }

  let route: Route;
  try {
    route = await timed(timings, 'release list', () => openRoute(inputs, requestOptions));
  } catch (error) {
    if (offlineMatch) {
      log.warning(`cannot read the release index (${(error as Error).message}); using Go ${offlineMatch.version} from the tool cache`);
      hooks.onResolved?.(offlineMatch.version);
      return fromCache(offlineMatch, inputs, notes, timings);
    }
    throw new Error(`cannot read the Go release index and no Go in the tool cache satisfies ${describeVersionSpec(spec)}: ${(error as Error).message}`);
  }

  const version = resolveVersionSpec(spec, route.releases);
  if (!version) {
    const newest = route.releases.filter((release) => release.stable).slice(0, 5).map((release) => release.version);
    throw new Error(`${inputs.specSource}: no Go release on ${route.label} matches ${describeVersionSpec(spec)} (newest stable: ${newest.join(', ')})`);
  }
  hooks.onResolved?.(version);
  const exact = cached.find((entry) => entry.version === version);
  if (exact) {
    log.info(`Go ${version} is already in the tool cache`);
    return fromCache(exact, inputs, notes, timings);
  }

  const staging = await createStagingDir();
  try {
    const staged = await timed(timings, 'download+verify', () => route.stage(version, staging, timings));
    notes.push(...staged.notes);
    if (inputs.verifyCached && !staged.receipt.anchors.some((anchor) => anchor.startsWith('sumdb:'))) {
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
    const goRoot = await timed(timings, 'install', () => promoteToToolCache(staged.stagedGoRoot, receipt));
    return { version, goRoot, anchors: receipt.anchors, origin: 'downloaded', source: route.label, receipt, notes, timings };
  } finally {
    await removeStagingDir(staging);
  }
}
