// Go's dirhash "h1:" — a hash over file names and contents, the value stored in go.sum and the checksum database.
import { createHash } from 'node:crypto';

export interface HashedFile {
  name: string;
  /** Lowercase hex SHA-256 of the file's content. */
  sha256: string;
}

/** h1 = "h1:" + base64(SHA-256 of the lines `<sha256 hex>  <name>\n`, sorted by name in byte order). */
export function hash1(files: readonly HashedFile[]): string {
  // Each name is encoded once: a toolchain has 12,000 files, and encoding in the comparator would cost 300,000 buffers.
  const sorted = files.map((file) => ({ file, key: Buffer.from(file.name) })).sort((a, b) => Buffer.compare(a.key, b.key));
  const lines = sorted.map(({ file }) => {
    if (file.name.includes('\n')) throw new Error(`dirhash: file name with a newline: ${JSON.stringify(file.name)}`);
    if (!/^[0-9a-f]{64}$/u.test(file.sha256)) throw new Error(`dirhash: bad sha256 for ${file.name}`);
    return `${file.sha256}  ${file.name}\n`;
  });
  return `h1:${createHash('sha256').update(lines.join('')).digest('base64')}`;
}
