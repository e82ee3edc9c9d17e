// A Go checksum database for tests: a real RFC 6962 log over go.sum records, hash tiles (full
// and partial), tree heads signed with a freshly generated Ed25519 key, and switchable faults.
// Written from the protocol, independently of src/sumdb, so the client is checked against it.
import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

const TILE_WIDTH = 256;

function sha256(...parts: Uint8Array[]): Buffer {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
}

export interface SigningKey {
  name: string;
  privateKey: KeyObject;
  keyHash: Buffer;
  /** `name+hash+base64(0x01 + public key)`, the GOSUMDB key form. */
  verifierKey: string;
}

export function generateSigningKey(name: string): SigningKey {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  const algorithmAndKey = Buffer.concat([Buffer.from([1]), raw]);
  const keyHash = sha256(Buffer.from(`${name}\n`), algorithmAndKey).subarray(0, 4);
  return { name, privateKey, keyHash, verifierKey: `${name}+${keyHash.toString('hex')}+${algorithmAndKey.toString('base64')}` };
}

export function signNote(text: string, key: SigningKey): string {
  const signature = sign(null, Buffer.from(text), key.privateKey);
  return `${text}\n\u2014 ${key.name} ${Buffer.concat([key.keyHash, signature]).toString('base64')}\n`;
}

export interface SumdbFaults {
  /** Flip a bit of the signature on every tree head. */
  badSignature?: boolean;
  /** Sign tree heads with this key instead of the database's. */
  signWith?: SigningKey;
  /** Serve this level-0 leaf hash altered in every tile that holds it. */
  corruptLeafInTiles?: number;
  /** A partial tile answers 404 once the log holds the full tile (it filled up after the tree head was signed). */
  partialTilesGone?: boolean;
}

export interface Response {
  status: number;
  body: Buffer;
}

export class TestSumdb {
  readonly key: SigningKey;
  readonly faults: SumdbFaults = {};
  /** Requests seen, paths below the database base. */
  readonly requests: string[] = [];
  private readonly records: string[] = [];
  private readonly levels: Buffer[][] = [[]];
  private readonly index = new Map<string, number>();
  /** Size of the signed tree head served; the log may be larger (it grew since). */
  signedSize = 0;

  constructor(readonly name = 'sum.test.example') {
    this.key = generateSigningKey(name);
  }

  /** Appends a record (go.sum lines); returns its id. */
  add(modulePath: string, version: string, zipHash: string, goModHash: string): number {
    const text = `${modulePath} ${version} ${zipHash}\n${modulePath} ${version}/go.mod ${goModHash}\n`;
    const id = this.appendRaw(text);
    this.index.set(`${modulePath}@${version}`, id);
    return id;
  }

  /** Appends `count` unrelated records, so the tree spans several tiles and tile levels. */
  addFiller(count: number): void {
    for (let i = 0; i < count; i++)
      this.appendRaw(`example.com/filler${this.records.length} v1.0.0 h1:${Buffer.alloc(32, i % 251).toString('base64')}\n`);
  }

  private appendRaw(text: string): number {
    const id = this.records.length;
    this.records.push(text);
    let hash = sha256(Buffer.from([0]), Buffer.from(text));
    let index = id;
    for (let level = 0; ; level++) {
      this.levels[level] ??= [];
      this.levels[level]!.push(hash);
      if (index % 2 === 0) break;
      const row = this.levels[level]!;
      hash = sha256(Buffer.from([1]), row[index - 1]!, row[index]!);
      index = Math.floor(index / 2);
    }
    return id;
  }

  get size(): number {
    return this.records.length;
  }

  /** RFC 6962 Merkle tree hash of leaves [start, end). */
  private rangeHash(start: number, end: number): Buffer {
    const size = end - start;
    const level = Math.log2(size);
    if (Number.isInteger(level) && start % size === 0) return this.levels[level]![start / size]!;
    let split = 1;
    while (split * 2 < size) split *= 2;
    return sha256(Buffer.from([1]), this.rangeHash(start, start + split), this.rangeHash(start + split, end));
  }

  treeNote(size = this.signedSize || this.size): string {
    const text = `go.sum database tree\n${size}\n${this.rangeHash(0, size).toString('base64')}\n`;
    let note = signNote(text, this.faults.signWith ?? this.key);
    if (this.faults.badSignature) {
      const line = note.slice(note.lastIndexOf('\u2014'));
      const raw = Buffer.from(line.split(' ')[2]!.trim(), 'base64');
      raw[10]! ^= 1;
      note = `${note.slice(0, note.lastIndexOf('\u2014'))}\u2014 ${this.name} ${raw.toString('base64')}\n`;
    }
    return note;
  }

  private tile(level: number, index: number, width: number): Buffer | undefined {
    const row = this.levels[level * 8] ?? [];
    const start = index * TILE_WIDTH;
    if (width < 1 || width > TILE_WIDTH || start + width > row.length) return undefined;
    const hashes = row.slice(start, start + width).map((hash, offset) => {
      if (level === 0 && start + offset === this.faults.corruptLeafInTiles) {
        const bad = Buffer.from(hash);
        bad[0]! ^= 0xff;
        return bad;
      }
      return hash;
    });
    return Buffer.concat(hashes);
  }

  /** Answers a request for `path` below the database base (`lookup/...`, `tile/...`, `latest`). */
  handle(path: string): Response {
    this.requests.push(path);
    const notFound = { status: 404, body: Buffer.from('not found\n') };
    if (path === 'latest') return { status: 200, body: Buffer.from(this.treeNote()) };
    const lookup = /^lookup\/(.+)$/u.exec(path);
    if (lookup) {
      const id = this.index.get(lookup[1]!);
      if (id === undefined || id >= (this.signedSize || this.size)) return { status: 404, body: Buffer.from(`not found: ${lookup[1]}\n`) };
      return { status: 200, body: Buffer.from(`${id}\n${this.records[id]}\n${this.treeNote()}`) };
    }
    const tile = /^tile\/8\/(\d+)\/((?:x\d{3}\/)*\d{3})(?:\.p\/(\d+))?$/u.exec(path);
    if (tile) {
      const index = Number(tile[2]!.replace(/[x/]/gu, ''));
      const level = Number(tile[1]);
      if (tile[3] !== undefined && this.faults.partialTilesGone && this.tile(level, index, TILE_WIDTH) !== undefined) return notFound;
      const data = this.tile(level, index, tile[3] === undefined ? TILE_WIDTH : Number(tile[3]));
      return data === undefined ? notFound : { status: 200, body: data };
    }
    return notFound;
  }
}
