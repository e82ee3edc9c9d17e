// Resolves the requested Go and puts a verified copy in the tool cache (or finds one there).
// The routes (routes/) list and stage releases; the tool cache (src/tool-cache/) keeps them with our
// receipts, each recording the h1 of the tree it installed; a Go found there is proved again on
// every use, as preinstalled.ts says.
import * as log from '../shared/log';
import { describeVersionSpec, newestStableReleases, resolveVersionSpec } from '../version/spec';
import { compareGoVersions } from '../version/goversion';
import type { InstalledGo } from './installed-go';
import type { SpecifiedInstallOptions } from './options';
import { InstallRun } from './install-run';
import { newerReleaseNotice } from './newer-release';
import { originUnproven, sumdbLabel } from '../trust/trust-anchor';
import { fromCache } from './preinstalled';
import { openRoute } from './open-route';
import type { Route, StagedRelease } from './routes/route';
import { loadProxyRoute, proxyOptions } from './routes/proxy/route';
import { startGoRootHash } from './routes/proxy/goroot-hash';
import { checkStagedGoRuns } from './staged-go-check';
import {
  createStagingDir,
  listCachedGo,
  newestCachedSatisfying,
  newReceipt,
  promoteToToolCache,
  removeStagingDir,
  replaceInToolCache,
  type CachedGo,
} from '../tool-cache/entries';

export interface InstallHooks {
  /** Called as soon as the exact version is known, before any download (cache restores start here). */
  onResolved?: (version: string) => void;
}

/** What would prove an archive that only its mirror vouches for, as the error refusing it says. */
function originRemedies(fileName: string, options: SpecifiedInstallOptions): string {
  const remedies = ['pin its SHA-256 with input go-sha256'];
  // Go signs only its .tar.gz archives.
  if (!fileName.endsWith('.zip')) {
    remedies.push(
      options.verifySignature === 'off'
        ? "switch verify-signature back on, with a mirror that serves Google's signatures beside its archives"
        : `use a mirror that serves Google's signatures beside its archives (${fileName}.asc, checked by verify-signature)`,
    );
  }
  remedies.push("make a checksum database reachable (inputs goproxy and gosumdb, or the job's GOPROXY and GOSUMDB)");
  return remedies.join(', or ');
}

/**
 * Checks a staged tree against the checksum database: always when nothing proved where it came
 * from (a mirror's own SHA-256 at most), before it runs; as a further anchor when sumdb-cross-check
 * asks. A go.dev tree, named as the toolchain module names it, hashes to the module's h1.
 */
async function proveWithChecksumDatabase(staged: StagedRelease, version: string, run: InstallRun): Promise<void> {
  const { options } = run;
  const { anchors, fileName, source } = staged.receipt;
  const unproven = originUnproven(anchors);
  if (anchors.some((anchor) => anchor.kind === 'sumdb') || !(unproven || options.sumdbCrossCheck)) return;
  const { goos, goarch } = options.platform;
  const refuse = (why: string): Error =>
    new Error(
      unproven
        ? `${fileName} from ${source} was not installed: only the mirror's own SHA-256 vouches for it, and ${why}. To prove it, ${originRemedies(fileName, options)}`
        : why,
    );
  const { checkTreeAgainstSumdb } = await loadProxyRoute();
  let verdict: Awaited<ReturnType<typeof checkTreeAgainstSumdb>>;
  try {
    verdict = await run.timed('checksum database', () =>
      checkTreeAgainstSumdb(staged.stagedGoRoot, version, goos, goarch, proxyOptions(options)),
    );
  } catch (error) {
    if (!unproven) throw error;
    throw refuse(`the Go checksum database could not prove it: ${(error as Error).message}`);
  }
  if (verdict.kind === 'mismatch') throw refuse(verdict.reason);
  anchors.push(...verdict.anchors);
  staged.receipt.h1 = verdict.zipHash;
  if (unproven) {
    const names = verdict.anchors.flatMap((anchor) => (anchor.kind === 'sumdb' ? [sumdbLabel(anchor)] : []));
    run.notes.push(
      `origin proved by the Go checksum database ${names.join(', ')}: the files match golang.org/toolchain@${verdict.moduleVersion} ${verdict.zipHash}`,
    );
  }
}

/** Downloads `version` from `route`, verifies it in staging, and puts it in the tool cache (`replace`: where an untrusted tree was). */
async function installFromRoute(
  route: Route,
  version: string,
  run: InstallRun,
  placement: 'new' | 'replace' = 'new',
): Promise<InstalledGo> {
  const { platform } = run.options;
  if (!route.releases.some((release) => compareGoVersions(release.version, version) === 0)) {
    throw new Error(`${route.label} does not list Go ${version}`);
  }
  const staging = await createStagingDir();
  try {
    const staged = await run.timed('download+verify', () => route.stage(version, staging, run.timings));
    run.notes.push(...staged.notes);
    await proveWithChecksumDatabase(staged, version, run);
    // The h1 every later use compares the tree with, from the verified staged tree; a proxy
    // install knows it already (the zip's). Hashed while the staged go runs.
    const treeHash: Promise<{ h1?: string }> =
      staged.receipt.h1 === undefined
        ? startGoRootHash(staged.stagedGoRoot, version, platform.goos, platform.goarch).tree
        : Promise.resolve({ h1: staged.receipt.h1 });
    await run.timed('check it runs', () => checkStagedGoRuns(staged.stagedGoRoot, version, platform));
    const { h1 } = await run.timed('hash the tree', () => treeHash);
    const receipt = newReceipt(version, platform.toolCacheArch, { ...staged.receipt, ...(h1 === undefined ? {} : { h1 }) });
    const place = placement === 'replace' ? replaceInToolCache : promoteToToolCache;
    const goRoot = await run.timed('install', () => place(staged.stagedGoRoot, receipt));
    return {
      version,
      goRoot,
      anchors: receipt.anchors,
      origin: 'downloaded',
      source: route.label,
      receipt,
      notes: run.notes,
      timings: run.timings,
    };
  } finally {
    await removeStagingDir(staging);
  }
}

export async function installGo(options: SpecifiedInstallOptions, hooks: InstallHooks = {}): Promise<InstalledGo> {
  const run = new InstallRun(options);
  const { spec, platform } = options;
  // Opened at most once, and only when needed: a tool-cache hit asks no release index.
  let opened: Promise<Route> | undefined;
  const route = () =>
    (opened ??= run.timed('release list', async () => {
      run.listed = await openRoute(options);
      return run.listed;
    }));
  const fromToolCache = async (entry: CachedGo) => {
    const go = await fromCache(entry, run, async () => installFromRoute(await route(), entry.version, run, 'replace'));
    const newer = newerReleaseNotice(run, go.version);
    if (newer !== undefined) {
      log.notice(newer);
      go.notes.push(newer);
    }
    return go;
  };
  const cached = await listCachedGo(platform.toolCacheArch);
  const offlineMatch = newestCachedSatisfying(cached, spec);
  if (offlineMatch && !options.checkLatest) {
    log.info(`Go ${offlineMatch.version} from the tool cache satisfies ${describeVersionSpec(spec)}; not contacting the release index`);
    hooks.onResolved?.(offlineMatch.version);
    return fromToolCache(offlineMatch);
  }

  let listed: Route;
  try {
    listed = await route();
  } catch (error) {
    if (offlineMatch) {
      log.warning(`cannot read the release index (${(error as Error).message}); using Go ${offlineMatch.version} from the tool cache`);
      hooks.onResolved?.(offlineMatch.version);
      return fromToolCache(offlineMatch);
    }
    throw new Error(
      `cannot read the Go release index and no Go in the tool cache satisfies ${describeVersionSpec(spec)}: ${(error as Error).message}`,
    );
  }

  const version = resolveVersionSpec(spec, listed.releases);
  // The newest release the spec admits among those with no archive for this runner.
  const elsewhere = resolveVersionSpec(spec, listed.withoutArchive ?? []);
  if (!version) {
    if (elsewhere) {
      throw new Error(
        `${options.specSource}: ${describeVersionSpec(spec)} is Go ${elsewhere}, which ${listed.label} has no archive of for ${platform.goos}/${platform.goarch} (input architecture), and no older release matching it has one either`,
      );
    }
    // The proxy route's list comes in the proxy's order, oldest first.
    const newest = newestStableReleases(listed.releases, 5);
    throw new Error(
      `${options.specSource}: no Go release on ${listed.label} matches ${describeVersionSpec(spec)} (newest stable: ${newest.join(', ')})`,
    );
  }
  if (elsewhere && compareGoVersions(elsewhere, version) > 0) {
    run.notes.push(
      `Go ${elsewhere} matches ${describeVersionSpec(spec)} but ${listed.label} has no archive of it for ${platform.goos}/${platform.goarch}: installing Go ${version}, the newest that has one`,
    );
  }
  hooks.onResolved?.(version);
  const exact = cached.find((entry) => entry.version === version);
  if (exact) {
    log.info(`Go ${version} is already in the tool cache`);
    return fromToolCache(exact);
  }
  return installFromRoute(listed, version, run);
}
