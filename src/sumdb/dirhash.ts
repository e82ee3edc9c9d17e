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
 * toolchain's 12,000 files, sorting and per-file hex strings were a visible share of a verification.
 */
export function hash1OfDigests(names: readonly string[], digests: Uint8Array, prefix = ''): string {
  return new Hash1Builder(names, prefix).digest(digests);
}

/**
 * hash1 built while the digests come in: `feed` hashes the lines whose digests are known, so that
 * little is left once the last digest lands (otherwise every line is hashed after the last file).
 * Only names in byte order can be fed early; in any other order every line waits for
 * `digest`.
 */
export class Hash1Builder {
  private readonly sha = createHash('sha256');
  /** The indices of the names in byte order, undefined when they are in it; checked on first use. */
  private order: number[] | undefined | null = null;
  /** Lines hashed so far: those of names[0, fed). */
  private fed = 0;

  constructor(
    private readonly names: readonly string[],
    private readonly prefix = '',
  ) {}

  /** Hashes the lines of the files before `upTo`, whose digests are in `digests` (32 bytes each, in name order). */
  feed(digests: Uint8Array, upTo: number): void {
    if (this.byteOrder() !== undefined || upTo <= this.fed) return;
    this.hashLines(digests, this.fed, upTo);
    this.fed = upTo;
  }

  /** The h1, with every digest in `digests`. */
  digest(digests: Uint8Array): string {
    const { names } = this;
    if (digests.byteLength !== names.length * DIGEST_BYTES) {
      throw new Error(`dirhash: ${names.length} names but ${digests.byteLength} digest bytes`);
    }
    const order = this.byteOrder();
    if (order === undefined) this.feed(digests, names.length);
    else {
      // The digests in line order, as the lines read them.
      const sorted = new Uint8Array(digests.byteLength);
      for (let line = 0; line < order.length; line++) {
        const index = order[line]!;
        sorted.set(digests.subarray(index * DIGEST_BYTES, (index + 1) * DIGEST_BYTES), line * DIGEST_BYTES);
      }
      this.hashLines(sorted, 0, names.length, order);
    }
    return `h1:${this.sha.digest('base64')}`;
  }

  /** Lines [from, to) in byte order: line i is digest i of `digests` and name `order[i]` (or i). */
  private hashLines(digests: Uint8Array, from: number, to: number, order?: readonly number[]): void {
    const hex = Buffer.from(digests.buffer, digests.byteOffset + from * DIGEST_BYTES, (to - from) * DIGEST_BYTES).toString('hex');
    const width = 2 * DIGEST_BYTES;
    let text = '';
    for (let line = from; line < to; line++) {
      const start = (line - from) * width;
      text += `${hex.slice(start, start + width)}  ${this.prefix}${this.names[order === undefined ? line : order[line]!]}\n`;
    }
    this.sha.update(text);
  }

  private byteOrder(): number[] | undefined {
    if (this.order !== null) return this.order;
    const joined = this.names.join('\0');
    if (this.prefix.includes('\n') || joined.includes('\n')) {
      throw new Error(
        `dirhash: file name with a newline: ${JSON.stringify(this.prefix + (this.names.find((name) => name.includes('\n')) ?? ''))}`,
      );
    }
    this.order = utf8Order(this.names, joined);
    return this.order;
  }
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
