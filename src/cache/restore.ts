// Main-step half of the caches: computes keys, restores the module and build caches in parallel
// (while Go downloads), and records what the post step needs.
import * as core from '@actions/core';
import * as log from '../shared/log';
import { listFiles } from './files';
import { fingerprint } from './fingerprint';
import type { CacheOptions } from './options';
import { escapeCommandData } from '../shared/log-text';
import { hashDependencyFiles, type CacheKeyContext } from './keys';
import { ALL_HIT_OUTPUT, CACHE_KINDS, type CacheKind, type CacheKindDescriptor } from './kinds';
import { encodeRecord, RESTORE_STATE, type RestoredCache } from './record';
import type { CacheRestoreLine, RestoreOutcome } from './summary';

export interface CacheRestoreContext {
  /** The resolved Go version, like 1.22.5. */
  goVersion: string;
  /** Toolchain architecture as the action names it (x64, arm64...). */
  arch: string;
  options: CacheOptions;
  /** The entries of the `targets` input (empty: no cross-build). */
  targets: string[];
  /** The C compiler cgo cross-builds use (cCompilerIdentity); empty without cgo. */
  cCompiler: string;
  /** Absolute directory of the Go module: its go.sum files key the caches by default. */
  workingDirectory: string;
  /** The job's GOCACHE and GOMODCACHE: the folders restored into. */
  folders: { gocache: string; gomodcache: string };
  /** The checkout: the cache client archives folders relative to it. */
  workspace: string;
}

export interface CacheRestoreResult {
  enabled: boolean;
  /** Whether each cache hit its exact key. */
  hits: Record<CacheKind, boolean>;
  gocache: string;
  gomodcache: string;
  caches: RestoredCache[];
  /** What happened to each cache kind, for the job summary. */
  lines: CacheRestoreLine[];
}

function runnerOs(): string {
  if (process.env.RUNNER_OS) return process.env.RUNNER_OS.toLowerCase();
  return process.platform === 'win32' ? 'windows' : process.platform === 'darwin' ? 'macos' : 'linux';
}

function noHits(): Record<CacheKind, boolean> {
  return Object.fromEntries(CACHE_KINDS.map(({ kind }) => [kind, false])) as Record<CacheKind, boolean>;
}

function setHitOutputs(hits: Record<CacheKind, boolean>): void {
  for (const { kind, hitOutput } of CACHE_KINDS) core.setOutput(hitOutput, String(hits[kind]));
  core.setOutput(ALL_HIT_OUTPUT, String(CACHE_KINDS.every(({ kind }) => hits[kind])));
}

async function restoreOne(
  descriptor: CacheKindDescriptor,
  dir: string,
  keyContext: CacheKeyContext,
  jobStartMs: number,
  workspace: string,
): Promise<{ cache: RestoredCache; line: CacheRestoreLine }> {
  const { kind, label } = descriptor;
  const keys = descriptor.keys(keyContext);
  log.info(`${label} ${dir}: key ${keys.key}, restore keys ${keys.restoreKeys.join(' | ')}`);
  await descriptor.prepareRestore?.(dir);
  let outcome: RestoreOutcome;
  try {
    // With the cache client, which is only loaded when caching is on.
    const { restoreEntry } = await import('./restore-entry');
    const restored = await restoreEntry(descriptor, dir, keys, workspace);
    outcome = restored
      ? {
          state: restored.matchedKey === keys.key ? 'exact' : 'partial',
          key: keys.key,
          matchedKey: restored.matchedKey,
          size: { bytes: restored.archiveBytes, of: 'archive' },
        }
      : { state: 'miss', key: keys.key };
  } catch (error) {
    // A cache never fails the job: whatever went wrong is a warning and a miss.
    const reason = (error as Error).message;
    log.warning(`${label} not restored: ${reason}`);
    outcome = { state: 'failed', key: keys.key, reason };
  }
  const matchedKey = outcome.state === 'exact' || outcome.state === 'partial' ? outcome.matchedKey : undefined;
  if (matchedKey) log.info(`${label} restored from ${escapeCommandData(matchedKey)}${matchedKey === keys.key ? ' (exact)' : ''}`);
  else log.info(`${label}: no entry for ${keys.key}`);
  await descriptor.afterRestore?.(dir, jobStartMs);
  return {
    cache: {
      kind,
      dir,
      key: keys.key,
      matchedKey,
      lineage: keys.lineage,
      fingerprint: fingerprint(await listFiles(dir)),
    },
    line: { label, outcome },
  };
}

/** Every cache kind in the same state, when none was looked up. */
function allKinds(outcome: RestoreOutcome): CacheRestoreLine[] {
  return CACHE_KINDS.map(({ label }) => ({ label, outcome }));
}

export async function restoreCaches(context: CacheRestoreContext): Promise<CacheRestoreResult> {
  const jobStartMs = Date.now();
  const paths = context.folders;
  const result: CacheRestoreResult = {
    enabled: false,
    hits: noHits(),
    gocache: paths.gocache,
    gomodcache: paths.gomodcache,
    caches: [],
    lines: allKinds({ state: 'disabled', reason: 'input cache is false' }),
  };
  if (!context.options.enabled) {
    setHitOutputs(result.hits);
    return result;
  }
  // The cache client (with the Azure storage SDK) is the largest code the action has, and the glob
  // matcher for cache-dependency-path adds more: both are loaded only when caching is on.
  const [cache, { readDependencyFiles }] = await Promise.all([import('@actions/cache'), import('./dependencies')]);
  if (!cache.isFeatureAvailable()) {
    log.warning(
      'The Actions cache service is not available to this job (ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL unset): caches are neither restored nor saved.',
    );
    setHitOutputs(result.hits);
    result.lines = allKinds({ state: 'unavailable' });
    return result;
  }

  const dependencyFiles = await readDependencyFiles({
    workspace: context.workspace,
    workingDirectory: context.workingDirectory,
    patterns: context.options.dependencyPath,
    excluded: [paths.gomodcache, paths.gocache],
  });
  log.info(
    `cache keys hash ${dependencyFiles.length} file(s)${dependencyFiles.length ? `: ${dependencyFiles.map((file) => file.path).join(', ')}` : ''}`,
  );
  const keyContext: CacheKeyContext = {
    os: runnerOs(),
    arch: context.arch,
    image: process.env.ImageOS,
    goVersion: context.goVersion,
    targets: context.targets,
    cCompiler: context.cCompiler,
    dependencyHash: hashDependencyFiles(dependencyFiles),
    suffix: context.options.keySuffix,
    // The build cache key follows the commit (keys.ts); the runner always sets GITHUB_SHA.
    revision: process.env.GITHUB_SHA,
  };

  const pending = CACHE_KINDS.map(async (descriptor) => {
    const dir = paths[descriptor.path];
    if (descriptor.offValue === undefined || dir !== descriptor.offValue)
      return restoreOne(descriptor, dir, keyContext, jobStartMs, context.workspace);
    log.info(`${descriptor.goSetting}=${dir}: the ${descriptor.label} is neither restored nor saved`);
    const line: CacheRestoreLine = { label: descriptor.label, outcome: { state: 'disabled', reason: `${descriptor.goSetting}=${dir}` } };
    return { cache: undefined, line };
  });
  const restored = await Promise.all(pending);
  result.caches = restored.flatMap(({ cache }) => (cache ? [cache] : []));
  result.lines = restored.map(({ line }) => line);
  result.enabled = true;
  for (const entry of result.caches) result.hits[entry.kind] = entry.matchedKey === entry.key;
  core.saveState(RESTORE_STATE, encodeRecord({ jobStartMs, workspace: context.workspace, caches: result.caches }));
  setHitOutputs(result.hits);
  return result;
}
