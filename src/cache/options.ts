// What the caches are asked to do, as the input layer (src/inputs/cache.ts) reads it.
import type { CacheSaveMode } from './policy';

/** What the post step needs to decide whether to save. */
export interface CacheSaveOptions {
  mode: CacheSaveMode;
  /** The runner's default branch (hidden input), used when the event file names none. */
  runnerDefaultBranch?: string;
}

export interface CacheOptions {
  enabled: boolean;
  /** Globs of the files whose hash keys the caches; empty: every go.sum and go.work.sum. */
  dependencyPath: string[];
  save: CacheSaveOptions;
  keySuffix: string;
}
