// Resolves the requested Go and puts a verified copy in the tool cache (or finds one there).
import * as core from '@actions/core';
import { describeVersionSpec, resolveVersionSpec, satisfiesVersionSpec, type VersionSpec } from '../version/spec';
import { compareGoVersions } from '../version/goversion';
import { downloadAndVerify, downloadSource, fetchReleaseIndex, type DownloadSource } from './godev';
import { GOOGLE_SIGNING_KEY, GOOGLE_SIGNING_KEY_FINGERPRINT } from './google-signing-key';
import type { InstallInputs } from './inputs';
import { goDevArch } from './platform';
import { pickArchive, type IndexedRelease } from './release-index';
import { publicKeyFingerprint } from './signature';
import { createStagingDir, listCachedGo, promoteToToolCache, removeStagingDir, type CachedGo, type InstallReceipt } from './tool-cache';
import type { RequestOptions } from './download';

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

function newestSatisfying(cached: CachedGo[], spec: VersionSpec): CachedGo | undefined {
  return cached
    .filter((entry) => satisfiesVersionSpec(spec, entry.version))
    .sort((a, b) => compareGoVersions(b.version, a.version))[0];
}

function fromCache(entry: CachedGo, notes: string[], timings: Record<string, number>): InstalledGo {
  if (!entry.receipt) {
    notes.push(`Go ${entry.version} was found in the tool cache but was not installed by setup-go-golden: NOT VERIFIED by this action`);
  }
  return {
    version: entry.version,
    goRoot: entry.goRoot,
    anchors: entry.receipt?.anchors ?? [],
    origin: 'tool-cache',
    source: entry.receipt ? `tool cache (installed from ${entry.receipt.source})` : 'tool cache (preinstalled)',
    receipt: entry.receipt,
    notes,
    timings,
  };
}

async function timed<T>(timings: Record<string, number>, phase: string, work: () => Promise<T>): Promise<T> {
  const start = Date.now();
  try {
    return await work();
  } finally {
    timings[phase] = (timings[phase] ?? 0) + (Date.now() - start);
  }
}

export async function installGo(inputs: InstallInputs & { spec: VersionSpec }, hooks: InstallHooks = {}): Promise<InstalledGo> {
  const notes: string[] = [];
  const timings: Record<string, number> = {};
  const { spec, platform } = inputs;
  const requestOptions: RequestOptions = { log: (message) => core.info(message) };
  const cached = await listCachedGo(platform.toolCacheArch);
  const offlineMatch = newestSatisfying(cached, spec);
  if (offlineMatch && !inputs.checkLatest) {
    core.info(`Go ${offlineMatch.version} from the tool cache satisfies ${describeVersionSpec(spec)}; not contacting the network`);
    hooks.onResolved?.(offlineMatch.version);
    return fromCache(offlineMatch, notes, timings);
  }

  const source = downloadSource(inputs.downloadBaseUrl);
  let releases: IndexedRelease[];
  try {
    releases = await timed(timings, 'index', () => fetchReleaseIndex(source, requestOptions));
  } catch (error) {
    if (offlineMatch) {
      core.warning(`cannot read the release index (${(error as Error).message}); using Go ${offlineMatch.version} from the tool cache`);
      hooks.onResolved?.(offlineMatch.version);
      return fromCache(offlineMatch, notes, timings);
    }
    throw new Error(`cannot read the Go release index and no Go in the tool cache satisfies ${describeVersionSpec(spec)}: ${(error as Error).message}`);
  }

  const version = resolveVersionSpec(spec, releases);
  if (!version) {
    const newest = releases.filter((release) => release.stable).slice(0, 5).map((release) => release.version);
    throw new Error(`${inputs.specSource}: no Go release matches ${describeVersionSpec(spec)} (newest stable: ${newest.join(', ')})`);
  }
  hooks.onResolved?.(version);
  const exact = cached.find((entry) => entry.version === version);
  if (exact) {
    core.info(`Go ${version} is already in the tool cache`);
    return fromCache(exact, notes, timings);
  }

  const release = releases.find((candidate) => candidate.version === version)!;
  const file = pickArchive(release, platform.goos, goDevArch(platform.goarch));
  if (!file) {
    throw new Error(`Go ${version} has no archive for ${platform.goos}/${platform.goarch} on ${source.label} (input architecture)`);
  }
  return timed(timings, 'download+verify', () => downloadInstall(inputs, source, file, version, notes, timings, requestOptions));
}

async function downloadInstall(
  inputs: InstallInputs,
  source: DownloadSource,
  file: ReturnType<typeof pickArchive> & object,
  version: string,
  notes: string[],
  timings: Record<string, number>,
  requestOptions: RequestOptions,
): Promise<InstalledGo> {
  const signingKey = inputs.signingKey ?? GOOGLE_SIGNING_KEY;
  const pinnedFingerprint = inputs.signingKey ? undefined : GOOGLE_SIGNING_KEY_FINGERPRINT;
  if (inputs.signingKey) await publicKeyFingerprint(inputs.signingKey, 'input go-signing-key');
  const staging = await createStagingDir();
  try {
    core.info(`Downloading ${source.fileUrl(file.filename)} (${(file.size / 1024 ** 2).toFixed(1)} MiB)`);
    const staged = await downloadAndVerify(
      source,
      file,
      { verifySignature: inputs.verifySignature, signingKey, pinnedFingerprint, pinnedSha256: inputs.pinnedSha256 },
      staging,
      requestOptions,
    );
    notes.push(...staged.notes);
    const receipt: InstallReceipt = {
      tool: 'setup-go-golden',
      version,
      arch: inputs.platform.toolCacheArch,
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
      installedAt: new Date().toISOString(),
    };
    const goRoot = await timed(timings, 'promote', () => promoteToToolCache(staged.stagedGoRoot, receipt));
    return { version, goRoot, anchors: staged.anchors, origin: 'downloaded', source: source.label, receipt, notes, timings };
  } finally {
    await removeStagingDir(staging);
  }
}
