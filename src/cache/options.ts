// What the caches are asked to do, as the input layer (src/inputs/cache.ts) reads it.
import type { CacheSaveMode } from './policy';

export interface CacheOptions {
  enabled: boolean;
  /** Globs of the files whose hash keys the caches; empty: every go.sum and go.work.sum. */
  dependencyPath: string[];
  save: CacheSaveMode;
  keySuffix: string;
}
