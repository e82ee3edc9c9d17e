// The cache inputs of the root action. Pure.
import type { CacheOptions } from '../cache/options';
import type { CacheSaveMode } from '../cache/policy';
import { InputError, type InputReader } from './reader';

/** Cache keys may be 512 characters; the fixed part and the hashes take about 130 of them. */
export const MAX_KEY_SUFFIX = 256;

export function parseCacheSave(read: InputReader): CacheSaveMode {
  return read.choice('cache-save', ['auto', 'always', 'never'] as const, 'auto');
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
