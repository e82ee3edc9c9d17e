// The cache kinds as one table: which Go folder each covers, how its keys are made, what happens
// to it around a restore and before a save, and how messages and outputs name it. Restore, save
// and unpacking walk this table; nothing else names a kind.
import * as log from '../shared/log';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addedSinceRestore, ageBuildCacheEntries, makeDirectoriesWritable, trimBuildCache } from './files';
import { buildCacheKeys, moduleCacheKeys, type CacheKeyContext, type CacheKeySet } from './keys';
import { BUILD_SAVE_THRESHOLD, formatSize, type AddedContent, type SaveThreshold } from './policy';

export type CacheKind = 'mod' | 'build';

export interface CacheKindDescriptor {
  kind: CacheKind;
  /** How messages name the cache. */
  label: string;
  /** The Go setting of the folder; also the folder the cache is staged in while it restores. */
  goSetting: 'GOMODCACHE' | 'GOCACHE';
  /** The field of the located Go paths (and of the action's inputs) holding the folder. */
  path: 'gomodcache' | 'gocache';
  /** The value of the Go setting with which Go keeps no such cache: then it is neither restored nor saved. */
  offValue?: string;
  keys: (context: CacheKeyContext) => CacheKeySet;
  /** The step output saying whether the restore hit the exact key. */
  hitOutput: string;
  /** Before the restore, on the folder as the job found it. */
  prepareRestore?: (dir: string) => Promise<void>;
  /** After the restore (hit or miss), with the job start. */
  afterRestore?: (dir: string, jobStartMs: number) => Promise<void>;
  /** Before the content is compared and saved, with the job start. */
  beforeSave?: (dir: string, jobStartMs: number) => Promise<void>;
  /** After beforeSave: what the job added to the restored content; undefined when unknown. */
  added?: (dir: string) => Promise<AddedContent | undefined>;
  /** Content restored from an earlier entry of its lineage is saved again only when the job added this much. */
  saveThreshold?: SaveThreshold;
}

/**
 * Where the names of the restored build cache entries wait for the post step: the runner's
 * temporary folder, emptied after every job (the state file holds 128 KiB, too little for them).
 */
function restoredEntriesList(dir: string): string {
  const name = `setup-go-golden-restored-${createHash('sha256').update(dir).digest('hex').slice(0, 16)}.txt`;
  return join(process.env.RUNNER_TEMP || tmpdir(), name);
}

export const CACHE_KINDS: readonly CacheKindDescriptor[] = [
  {
    kind: 'mod',
    label: 'module cache',
    goSetting: 'GOMODCACHE',
    path: 'gomodcache',
    keys: moduleCacheKeys,
    hitOutput: 'cache-mod-hit',
    // A restore merging into a module cache renames into its folders, which Go leaves read-only.
    prepareRestore: async (dir) => {
      if (existsSync(dir)) await makeDirectoriesWritable(dir);
    },
  },
  {
    kind: 'build',
    label: 'build cache',
    goSetting: 'GOCACHE',
    path: 'gocache',
    offValue: 'off',
    keys: buildCacheKeys,
    hitOutput: 'cache-build-hit',
    // Aged entries get a fresh mtime when Go uses them, so the save can keep only what this job used.
    afterRestore: async (dir, jobStartMs) => {
      await ageBuildCacheEntries(dir, jobStartMs, restoredEntriesList(dir));
    },
    beforeSave: async (dir, jobStartMs) => {
      const trim = await trimBuildCache(dir, jobStartMs);
      log.info(`build cache trimmed: ${trim.removed} unused entries (${formatSize(trim.removedBytes)}) removed, ${trim.kept} kept`);
    },
    added: (dir) => addedSinceRestore(dir, restoredEntriesList(dir)),
    saveThreshold: BUILD_SAVE_THRESHOLD,
  },
];

/** The output saying whether every cache hit its exact key. */
export const ALL_HIT_OUTPUT = 'cache-hit';

export function cacheKind(kind: CacheKind): CacheKindDescriptor {
  const descriptor = CACHE_KINDS.find((entry) => entry.kind === kind);
  if (!descriptor) throw new Error(`unknown cache kind ${kind}`);
  return descriptor;
}
