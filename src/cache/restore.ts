// Main-step half of the caches: computes keys, restores the module and build caches in parallel
// (while Go downloads), and records what the post step needs.
import * as core from '@actions/core';
import * as log from '../shared/log';
import { existsSync } from 'node:fs';
import { locateGoPaths } from '../env/locate';
import { readDependencyFiles } from './dependencies';
import { ageBuildCacheEntries, listFiles, makeDirectoriesWritable } from './files';
import { fingerprint } from './fingerprint';
import type { CacheInputs } from '../inputs/cache';
import { escapeCommandData } from '../shared/log-text';
import { buildCacheKeys, hashDependencyFiles, moduleCacheKeys, type CacheKeyContext, type CacheKeySet } from './keys';
import { CACHE_LABEL as LABEL, encodeRecord, RESTORE_STATE, type CacheKind, type RestoredCache } from './record';

export interface CacheRestoreContext {
  /** The resolved Go version, like 1.22.5. */
  goVersion: string;
  /** Toolchain architecture as the action names it (x64, arm64...). */
  arch: string;
  inputs: CacheInputs;
  /** The entries of the `targets` input (empty: no cross-build). */
  targets: string[];
  /** The C compiler cgo cross-builds use (cCompilerIdentity); empty without cgo. */
  cCompiler: string;
  /** Absolute directory of the Go module: its go.sum files key the caches by default. */
  workingDirectory: string;
  /** The gocache / gomodcache inputs, already absolute. */
  paths: { gocache?: string; gomodcache?: string };
}

export interface CacheRestoreResult {
  enabled: boolean;
  modHit: boolean;
  buildHit: boolean;
  gocache: string;
  gomodcache: string;
  caches: RestoredCache[];
}

function runnerOs(): string {
  if (process.env.RUNNER_OS) return process.env.RUNNER_OS.toLowerCase();
  return process.platform === 'win32' ? 'windows' : process.platform === 'darwin' ? 'macos' : 'linux';
}

function setHitOutputs(modHit: boolean, buildHit: boolean): void {
  core.setOutput('cache-mod-hit', String(modHit));
  core.setOutput('cache-build-hit', String(buildHit));
  core.setOutput('cache-hit', String(modHit && buildHit));
}

async function restoreOne(kind: CacheKind, dir: string, keys: CacheKeySet, jobStartMs: number): Promise<RestoredCache> {
  log.info(`${LABEL[kind]} ${dir}: key ${keys.key}, restore keys ${keys.restoreKeys.join(' | ')}`);
  // A restore merging into a module cache renames into its folders, which Go leaves read-only.
  if (kind === 'mod' && existsSync(dir)) await makeDirectoriesWritable(dir);
  let matchedKey: string | undefined;
  try {
    // With the cache client, which is only loaded when caching is on.
    const { restoreEntry } = await import('./restore-entry');
    matchedKey = await restoreEntry(kind, dir, keys);
  } catch (error) {
    // A cache never fails the job: whatever went wrong is a warning and a miss.
    log.warning(`${LABEL[kind]} not restored: ${(error as Error).message}`);
  }
  if (matchedKey) log.info(`${LABEL[kind]} restored from ${escapeCommandData(matchedKey)}${matchedKey === keys.key ? ' (exact)' : ''}`);
  else log.info(`${LABEL[kind]}: no entry for ${keys.key}`);
  if (kind === 'build') await ageBuildCacheEntries(dir, jobStartMs);
  return { kind, dir, key: keys.key, matchedKey, fingerprint: fingerprint(await listFiles(dir)) };
}

export async function restoreCaches(context: CacheRestoreContext): Promise<CacheRestoreResult> {
  const jobStartMs = Date.now();
  const paths = locateGoPaths(context.paths);
  const result: CacheRestoreResult = { enabled: false, modHit: false, buildHit: false, gocache: paths.gocache, gomodcache: paths.gomodcache, caches: [] };
  if (!context.inputs.enabled) {
    setHitOutputs(false, false);
    return result;
  }
  // The cache client (with the Azure storage SDK) is the largest code the action has: loaded only when caching is on.
  const cache = await import('@actions/cache');
  if (!cache.isFeatureAvailable()) {
    log.warning('The Actions cache service is not available to this job (ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL unset): caches are neither restored nor saved.');
    setHitOutputs(false, false);
    return result;
  }

  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const dependencyFiles = await readDependencyFiles({
    workspace,
    workingDirectory: context.workingDirectory,
    patterns: context.inputs.dependencyPath,
    excluded: [paths.gomodcache, paths.gocache],
  });
  log.info(`cache keys hash ${dependencyFiles.length} file(s)${dependencyFiles.length ? `: ${dependencyFiles.map((file) => file.path).join(', ')}` : ''}`);
  const keyContext: CacheKeyContext = {
    os: runnerOs(),
    arch: context.arch,
    image: process.env.ImageOS,
    goVersion: context.goVersion,
    targets: context.targets,
    cCompiler: context.cCompiler,
    dependencyHash: hashDependencyFiles(dependencyFiles),
    suffix: context.inputs.keySuffix,
  };

  const pending = [restoreOne('mod', paths.gomodcache, moduleCacheKeys(keyContext), jobStartMs)];
  if (paths.gocache !== 'off') pending.push(restoreOne('build', paths.gocache, buildCacheKeys(keyContext), jobStartMs));
  else log.info('GOCACHE=off: the build cache is neither restored nor saved');
  result.caches = await Promise.all(pending);
  result.enabled = true;
  const exact = (kind: CacheKind) => result.caches.some((entry) => entry.kind === kind && entry.matchedKey === entry.key);
  result.modHit = exact('mod');
  result.buildHit = exact('build');
  core.saveState(RESTORE_STATE, encodeRecord({ jobStartMs, caches: result.caches }));
  setHitOutputs(result.modHit, result.buildHit);
  return result;
}
