// The checksum database's transparency log: RFC 6962 hashing, the signed tree text, lookup
// records, hash-tile coordinates, and a proof that a record is included under a signed root.
import { createHash } from 'node:crypto';

export const HASH_SIZE = 32;
export const TILE_HEIGHT = 8;
const TILE_WIDTH = 1 << TILE_HEIGHT;
const TREE_HEADER = 'go.sum database tree\n';

export class TlogError extends Error {
  override name = 'TlogError';
}

export function recordHash(record: Uint8Array): Buffer {
  return createHash('sha256')
    .update(Buffer.from([0x00]))
    .update(record)
    .digest();
}

export function nodeHash(left: Uint8Array, right: Uint8Array): Buffer {
  return createHash('sha256')
    .update(Buffer.from([0x01]))
    .update(left)
    .update(right)
    .digest();
}

export interface Tree {
  size: number;
  rootHash: Buffer;
}

/** Parses the text of a signed tree head: `go.sum database tree\n<size>\n<base64 root hash>\n`. */
export function parseTree(text: string): Tree {
  if (!text.startsWith(TREE_HEADER)) throw new TlogError('malformed tree note: missing "go.sum database tree" header');
  const lines = text.slice(TREE_HEADER.length).split('\n');
  const [sizeText, hashText] = lines;
  if (lines.length < 3 || lines[lines.length - 1] !== '' || sizeText === undefined || hashText === undefined) {
    throw new TlogError('malformed tree note: want size and root hash lines');
  }
  if (!/^(0|[1-9][0-9]{0,15})$/u.test(sizeText)) throw new TlogError(`malformed tree note: bad size "${sizeText}"`);
  const rootHash = Buffer.from(hashText, 'base64');
  if (rootHash.length !== HASH_SIZE || rootHash.toString('base64') !== hashText) {
    throw new TlogError(`malformed tree note: bad root hash "${hashText}"`);
  }
  const size = Number(sizeText);
  if (!Number.isSafeInteger(size)) throw new TlogError(`malformed tree note: size ${sizeText} is too large`);
  return { size, rootHash };
}

export interface LookupRecord {
  id: number;
  /** The record text as hashed into the log: the go.sum lines, each ending in a newline. */
  text: string;
  /** The signed tree note that follows the record. */
  treeNote: string;
}

/** Splits a `/lookup/` answer into the record id, the record text and the signed tree note. */
export function parseLookupRecord(body: string): LookupRecord {
  const firstNewline = body.indexOf('\n');
  const idText = body.slice(0, firstNewline);
  if (firstNewline < 0 || !/^(0|[1-9][0-9]{0,15})$/u.test(idText)) throw new TlogError('malformed lookup answer: bad record id line');
  const blank = body.indexOf('\n\n', firstNewline);
  if (blank < 0) throw new TlogError('malformed lookup answer: no blank line after the record');
  return { id: Number(idText), text: body.slice(firstNewline + 1, blank + 1), treeNote: body.slice(blank + 2) };
}

/** Path of a hash tile below the database base: `tile/8/<level>/<index>[.p/<width>]`, index in x-prefixed 3-digit groups. */
export function tilePath(level: number, index: number, width: number): string {
  let digits = String(index % 1000).padStart(3, '0');
  for (let rest = Math.floor(index / 1000); rest > 0; rest = Math.floor(rest / 1000)) {
    digits = `x${String(rest % 1000).padStart(3, '0')}/${digits}`;
  }
  const partial = width < TILE_WIDTH ? `.p/${width}` : '';
  return `tile/${TILE_HEIGHT}/${level}/${digits}${partial}`;
}

export interface TileRequest {
  level: number;
  index: number;
  /** Hashes the tile holds in the tree being proved: 256 for a full tile, fewer for a partial one. */
  width: number;
}

/** Reads a tile (width × 32 bytes of hashes). It may return a full tile when asked for a partial one. */
export type TileReader = (tile: TileRequest) => Promise<Uint8Array>;

function largestPowerOfTwoBelow(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/**
 * Proves that the record with hash `leaf` at index `recordId` is in the tree: rebuilds the root from
 * the leaf and hashes read from tiles, and compares it with the signed root. Tiles are untrusted,
 * so a tampered tile makes the rebuilt root differ.
 */
export async function proveRecordInclusion(tree: Tree, recordId: number, leaf: Uint8Array, readTile: TileReader): Promise<void> {
  if (!Number.isSafeInteger(recordId) || recordId < 0 || recordId >= tree.size) {
    throw new TlogError(`record ${recordId} is outside the signed tree of size ${tree.size}`);
  }
  const tiles = new Map<string, Promise<Buffer>>();
  const tileRow = (level: number, index: number): Promise<Buffer> => {
    const width = Math.min(TILE_WIDTH, Math.floor(tree.size / 2 ** (level * TILE_HEIGHT)) - index * TILE_WIDTH);
    const key = `${level}/${index}`;
    let pending = tiles.get(key);
    if (pending === undefined) {
      pending = readTile({ level, index, width }).then((data) => {
        if (data.length < width * HASH_SIZE || data.length % HASH_SIZE !== 0) {
          throw new TlogError(`tile ${tilePath(level, index, width)} has ${data.length} bytes, want ${width * HASH_SIZE}`);
        }
        return Buffer.from(data.buffer, data.byteOffset, width * HASH_SIZE);
      });
      tiles.set(key, pending);
    }
    return pending;
  };

  // Hash of the complete subtree of 2^height leaves starting at leaf `start`.
  const completeSubtree = async (start: number, height: number): Promise<Buffer> => {
    const level = Math.floor(height / TILE_HEIGHT);
    const span = 2 ** (height - level * TILE_HEIGHT);
    const first = start / 2 ** (level * TILE_HEIGHT);
    const tileIndex = Math.floor(first / TILE_WIDTH);
    const row = await tileRow(level, tileIndex);
    const offset = first - tileIndex * TILE_WIDTH;
    let hashes: Buffer[] = [];
    for (let i = 0; i < span; i++) hashes.push(row.subarray((offset + i) * HASH_SIZE, (offset + i + 1) * HASH_SIZE));
    while (hashes.length > 1) {
      const parents: Buffer[] = [];
      for (let i = 0; i < hashes.length; i += 2) parents.push(nodeHash(hashes[i]!, hashes[i + 1]!));
      hashes = parents;
    }
    return hashes[0]!;
  };

  const rangeHash = async (start: number, end: number): Promise<Buffer> => {
    const size = end - start;
    const height = Math.log2(size);
    if (Number.isInteger(height) && start % size === 0) return completeSubtree(start, height);
    const split = largestPowerOfTwoBelow(size);
    const [left, right] = await Promise.all([rangeHash(start, start + split), rangeHash(start + split, end)]);
    return nodeHash(left, right);
  };

  const rootWithLeaf = async (start: number, end: number): Promise<Buffer> => {
    if (end - start === 1) return Buffer.from(leaf);
    const middle = start + largestPowerOfTwoBelow(end - start);
    if (recordId < middle) {
      const [left, right] = await Promise.all([rootWithLeaf(start, middle), rangeHash(middle, end)]);
      return nodeHash(left, right);
    }
    const [left, right] = await Promise.all([rangeHash(start, middle), rootWithLeaf(middle, end)]);
    return nodeHash(left, right);
  };

  const rebuilt = await rootWithLeaf(0, tree.size);
  if (!rebuilt.equals(tree.rootHash)) {
    throw new TlogError(
      `record ${recordId} is not proved to be in the signed tree of size ${tree.size}: the hashes from the tiles do not lead to the signed root`,
    );
  }
}
