// The cache inputs of the root action. Pure.
import type { CacheOptions, CacheSaveOptions } from '../cache/options';
import { InputError, type InputReader } from './reader';

/** Cache keys may be 512 characters; the fixed part and the hashes take about 130 of them. */
export const MAX_KEY_SUFFIX = 256;

/** Git allows longer branch names, but no hosting service does. */
const MAX_BRANCH_NAME = 255;

/** cache-save, and the hidden default-branch input the runner fills from its expression context. */
export function parseCacheSave(read: InputReader): CacheSaveOptions {
  const mode = read.choice('cache-save', ['auto', 'always', 'never'] as const, 'auto');
  const branch = read.text('default-branch', { max: MAX_BRANCH_NAME });
  return branch ? { mode, runnerDefaultBranch: branch } : { mode };
}

export function parseCacheInputs(read: InputReader): CacheOptions {
  const keySuffix = read.text('cache-key-suffix', { max: MAX_KEY_SUFFIX });
  if (keySuffix.includes(',')) throw new InputError('cache-key-suffix', 'may not hold a comma (cache keys cannot)');
  return {
    enabled: read.boolean('cache', true),
    // One glob per line: a comma is part of a glob ({a,b}).
    dependencyPath: read.list('cache-dependency-path', { lines: true, max: 16384 }),
    save: parseCacheSave(read),
    keySuffix,
  };
}
