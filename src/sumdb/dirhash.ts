// Go's dirhash "h1:" — a hash over file names and contents, the value stored in go.sum and the checksum database.
import { createHash } from 'node:crypto';
import { compareStrings } from '../shared/order';

export interface HashedFile {
  name: string;
  /** Lowercase hex SHA-256 of the file's content. */
  sha256: string;
}

export const DIGEST_BYTES = 32;

/** h1 = "h1:" + base64(SHA-256 of the lines `<sha256 hex>  <name>\n`, sorted by name in byte order). */
export function hash1(files: readonly HashedFile[]): string {
  for (const file of files) {
    if (!/^[0-9a-f]{64}$/u.test(file.sha256)) throw new Error(`dirhash: bad sha256 for ${file.name}`);
  }
  return hash1OfDigests(
    files.map((file) => file.name),
    Buffer.from(files.map((file) => file.sha256).join(''), 'hex'),
  );
}

/**
 * hash1 of `prefix + names[i]` with the raw SHA-256 at `digests[i * 32]`, as the hashing threads
 * leave them. Names already in byte order (a walk that lists them so) are not sorted again: on a
 * toolchain's 12,000 files, sorting and per-file hex strings took 30 ms of a verification.
 */
export function hash1OfDigests(names: readonly string[], digests: Uint8Array, prefix = ''): string {
  if (digests.byteLength !== names.length * DIGEST_BYTES) {
    throw new Error(`dirhash: ${names.length} names but ${digests.byteLength} digest bytes`);
  }
  const joined = names.join('\0');
  if (prefix.includes('\n') || joined.includes('\n')) {
    throw new Error(`dirhash: file name with a newline: ${JSON.stringify(prefix + (names.find((name) => name.includes('\n')) ?? ''))}`);
  }
  const order = utf8Order(names, joined);
  const hex = Buffer.from(digests.buffer, digests.byteOffset, digests.byteLength).toString('hex');
  const lines = new Array<string>(names.length);
  for (let line = 0; line < names.length; line++) {
    const index = order === undefined ? line : order[line]!;
    lines[line] = `${hex.slice(index * 2 * DIGEST_BYTES, (index + 1) * 2 * DIGEST_BYTES)}  ${prefix}${names[index]}\n`;
  }
  return `h1:${createHash('sha256').update(lines.join('')).digest('base64')}`;
}

// No u flag: it must see the code units of a pair, not the code point they make.
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * The indices of `names` in the byte order of their UTF-8 encoding, or undefined when they are in
 * that order already. Without surrogate pairs, UTF-16 code-unit order is code-point order, which is
 * UTF-8 byte order: plain string comparison, no encoding. With them (characters past U+FFFF), each
 * name is encoded once: encoding in the comparator would cost 300,000 buffers for 12,000 files.
 */
function utf8Order(names: readonly string[], joined: string): number[] | undefined {
  const indices = () => names.map((_, index) => index);
  if (!SURROGATE.test(joined)) {
    let sorted = true;
    for (let index = 1; index < names.length && sorted; index++) sorted = compareStrings(names[index - 1]!, names[index]!) <= 0;
    return sorted ? undefined : indices().sort((a, b) => compareStrings(names[a]!, names[b]!));
  }
  const keys = names.map((name) => Buffer.from(name));
  return indices().sort((a, b) => Buffer.compare(keys[a]!, keys[b]!));
}
