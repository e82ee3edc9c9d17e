// Go's dirhash "h1:" — a hash over file names and contents, the value stored in go.sum and the checksum database.
import { createHash } from 'node:crypto';
import { compareStrings } from '../shared/order';

export interface HashedFile {
  name: string;
  /** Lowercase hex SHA-256 of the file's content. */
  sha256: string;
}

/** h1 = "h1:" + base64(SHA-256 of the lines `<sha256 hex>  <name>\n`, sorted by name in byte order). */
export function hash1(files: readonly HashedFile[]): string {
  const lines = sortedByUtf8(files).map((file) => {
    if (file.name.includes('\n')) throw new Error(`dirhash: file name with a newline: ${JSON.stringify(file.name)}`);
    if (!/^[0-9a-f]{64}$/u.test(file.sha256)) throw new Error(`dirhash: bad sha256 for ${file.name}`);
    return `${file.sha256}  ${file.name}\n`;
  });
  return `h1:${createHash('sha256').update(lines.join('')).digest('base64')}`;
}

// No u flag: it must see the code units of a pair, not the code point they make.
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Files in the byte order of their UTF-8 names. Without surrogate pairs, UTF-16 code-unit order is
 * code-point order, which is UTF-8 byte order: plain string comparison, no encoding. With them
 * (characters past U+FFFF), each name is encoded once: encoding in the comparator would cost
 * 300,000 buffers for a toolchain's 12,000 files.
 */
function sortedByUtf8(files: readonly HashedFile[]): HashedFile[] {
  if (!files.some((file) => SURROGATE.test(file.name))) return [...files].sort((a, b) => compareStrings(a.name, b.name));
  return files
    .map((file) => ({ file, key: Buffer.from(file.name) }))
    .sort((a, b) => Buffer.compare(a.key, b.key))
    .map(({ file }) => file);
}
