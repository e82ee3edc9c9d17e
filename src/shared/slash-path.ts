import { relative, sep } from 'node:path';

/** `to` relative to `from`, elements joined by `/` on every platform: how keys, annotations and archives name files. */
export function relativeSlashPath(from: string, to: string): string {
  return relative(from, to).split(sep).join('/');
}
