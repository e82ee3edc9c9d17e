// A fingerprint of a cache directory's content, to tell whether it changed since the restore. Pure.
// Module and build cache files are content-addressed or immutable once written, so names and
// sizes are enough; mtimes are left out because Go refreshes them on use.
import { createHash } from 'node:crypto';
import { compareStrings } from '../shared/order';
import type { CacheFile } from './trim';

export const EMPTY_FINGERPRINT = 'empty';

export function fingerprint(files: readonly Pick<CacheFile, 'path' | 'size'>[]): string {
  if (files.length === 0) return EMPTY_FINGERPRINT;
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => compareStrings(a.path, b.path))) {
    hash.update(`${file.path}\0${file.size}\n`);
  }
  return hash.digest('hex');
}
