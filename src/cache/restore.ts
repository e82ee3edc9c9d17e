// Main-step half of the caches: computes keys, restores the module and build caches in parallel
// (while Go downloads), and records what the post step needs.
import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import { cCompilerIdentity } from '../build/cgo';
import { locateGoPaths } from '../env/locate';
import { readDependencyFiles } from './dependencies';
import { ageBuildCacheEntries, listFiles, makeDirectoriesWritable } from './files';
import { fingerprint } from './fingerprint';
import { buildCacheKeys, hashDependencyFiles, moduleCacheKeys, parseTargets, type CacheKeyContext, type CacheKeySet } from './keys';
import { encodeRecord, RESTORE_STATE, type CacheKind, type RestoredCache } from './record';

export interface CacheRestoreContext {
  /** The resolved Go version, like 1.22.5. */
  goVersion: string;
  /** Toolchain architecture as the action names it (x64, arm64...). */
  arch: string;
  /** The `targets` input when the caller already read it; read here otherwise. */
  targets?: string;
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

const LABEL: Record<CacheKind, string> = { mod: 'module cache', build: 'build cache' };

type CacheClient = typeof import('@actions/cache');

async function restoreOne(cache: CacheClient, kind: CacheKind, dir: string, keys: CacheKeySet, jobStartMs: number): Promise<RestoredCache> {
  core.info(`${LABEL[kind]} ${dir}: key ${keys.key}, restore keys ${keys.restoreKeys.join(' | ')}`);
  if (kind === 'mod' && existsSync(dir)) await makeDirectoriesWritable(dir);
  let matchedKey: string | undefined;
  try {
    // The library turns service, download and extraction failures into a warning and a miss.
    matchedKey = await cache.restoreCache([dir], keys.key, keys.restoreKeys);
  } catch (error) {
    core.warning(`${LABEL[kind]} not restored: ${(error as Error).message}`);
  }
  if (matchedKey) core.info(`${LABEL[kind]} restored from ${matchedKey}${matchedKey === keys.key ? ' (exact)' : ''}`);
  else core.info(`${LABEL[kind]}: no entry for ${keys.key}`);
  if (kind === 'build') await ageBuildCacheEntries(dir, jobStartMs);
  return { kind, dir, key: keys.key, matchedKey, fingerprint: fingerprint(await listFiles(dir)) };
}

export async function restoreCaches(context: CacheRestoreContext): Promise<CacheRestoreResult> {
  const jobStartMs = Date.now();
  const paths = locateGoPaths();
  const result: CacheRestoreResult = { enabled: false, modHit: false, buildHit: false, gocache: paths.gocache, gomodcache: paths.gomodcache, caches: [] };
  if (!core.getBooleanInput('cache')) {
    setHitOutputs(false, false);
    return result;
  }
  // The cache client (with the Azure storage SDK) is the largest code the action has: loaded only when caching is on.
  const cache = await import('@actions/cache');
  if (!cache.isFeatureAvailable()) {
    core.warning('The Actions cache service is not available to this job (ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL unset): caches are neither restored nor saved.');
    setHitOutputs(false, false);
    return result;
  }

  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const dependencyFiles = await readDependencyFiles({
    workspace,
    workingDirectory: core.getInput('working-directory') || '.',
    patterns: core.getInput('cache-dependency-path'),
    excluded: [paths.gomodcache, paths.gocache],
  });
  core.info(`cache keys hash ${dependencyFiles.length} file(s)${dependencyFiles.length ? `: ${dependencyFiles.map((file) => file.path).join(', ')}` : ''}`);
  const keyContext: CacheKeyContext = {
    os: runnerOs(),
    arch: context.arch,
    image: process.env.ImageOS,
    goVersion: context.goVersion,
    targets: parseTargets(context.targets ?? core.getInput('targets')),
    cCompiler: cCompilerIdentity(
      { cgo: core.getInput('cgo'), zigVersion: core.getInput('zig-version'), cc: core.getInput('cc'), libc: core.getInput('libc') },
      process.env,
    ),
    dependencyHash: hashDependencyFiles(dependencyFiles),
    suffix: core.getInput('cache-key-suffix').trim(),
  };

  const pending = [restoreOne(cache, 'mod', paths.gomodcache, moduleCacheKeys(keyContext), jobStartMs)];
  if (paths.gocache !== 'off') pending.push(restoreOne(cache, 'build', paths.gocache, buildCacheKeys(keyContext), jobStartMs));
  else core.info('GOCACHE=off: the build cache is neither restored nor saved');
  result.caches = await Promise.all(pending);
  result.enabled = true;
  const exact = (kind: CacheKind) => result.caches.some((entry) => entry.kind === kind && entry.matchedKey === entry.key);
  result.modHit = exact('mod');
  result.buildHit = exact('build');
  core.saveState(RESTORE_STATE, encodeRecord({ jobStartMs, caches: result.caches }));
  setHitOutputs(result.modHit, result.buildHit);
  return result;
}
