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
): Promise<RestoredCache> {
  const { kind, label } = descriptor;
  const keys = descriptor.keys(keyContext);
  log.info(`${label} ${dir}: key ${keys.key}, restore keys ${keys.restoreKeys.join(' | ')}`);
  await descriptor.prepareRestore?.(dir);
  let matchedKey: string | undefined;
  try {
    // With the cache client, which is only loaded when caching is on.
    const { restoreEntry } = await import('./restore-entry');
    matchedKey = await restoreEntry(descriptor, dir, keys, workspace);
  } catch (error) {
    // A cache never fails the job: whatever went wrong is a warning and a miss.
    log.warning(`${label} not restored: ${(error as Error).message}`);
  }
  if (matchedKey) log.info(`${label} restored from ${escapeCommandData(matchedKey)}${matchedKey === keys.key ? ' (exact)' : ''}`);
  else log.info(`${label}: no entry for ${keys.key}`);
  await descriptor.afterRestore?.(dir, jobStartMs);
  return { kind, dir, key: keys.key, matchedKey, fingerprint: fingerprint(await listFiles(dir)) };
}

export async function restoreCaches(context: CacheRestoreContext): Promise<CacheRestoreResult> {
  const jobStartMs = Date.now();
  const paths = context.folders;
  const result: CacheRestoreResult = { enabled: false, hits: noHits(), gocache: paths.gocache, gomodcache: paths.gomodcache, caches: [] };
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
  };

  const pending: Array<Promise<RestoredCache>> = [];
  for (const descriptor of CACHE_KINDS) {
    const dir = paths[descriptor.path];
    if (descriptor.offValue !== undefined && dir === descriptor.offValue)
      log.info(`${descriptor.goSetting}=${dir}: the ${descriptor.label} is neither restored nor saved`);
    else pending.push(restoreOne(descriptor, dir, keyContext, jobStartMs, context.workspace));
  }
  result.caches = await Promise.all(pending);
  result.enabled = true;
  for (const entry of result.caches) result.hits[entry.kind] = entry.matchedKey === entry.key;
  core.saveState(RESTORE_STATE, encodeRecord({ jobStartMs, caches: result.caches }));
  setHitOutputs(result.hits);
  return result;
}
