// Talks to the Go checksum database (through a proxy when one serves it) and returns only what
// is proved: a signed tree head checked with the verifier key, and a record proved to be in it.
import { openNote } from '../../../sumdb/note';
import { parseLookupRecord, parseTree, proveRecordInclusion, recordHash, tilePath, type TileRequest } from '../../../sumdb/tlog';
import type { SumdbConfig } from '../../../sumdb/gosumdb';
import { HttpStatusError } from '../../../http/status-error';
import { getBytes, getText, type Expectation } from './http';
import { describeEntry, isNotFound, GoproxyError, type ProxyEntry } from './goproxy';

/** Every answer of the database is small: a tile is at most 8 KiB, a lookup or tree head far less. */
const SUMDB_ANSWER: Expectation = { maxBytes: 1024 * 1024, expecting: 'a checksum database answer' };

export class SumdbVerificationError extends Error {
  override name = 'SumdbVerificationError';
}

/**
 * The database answered, and has no record of the module version: for golang.org/toolchain (back-
 * filled to go1.2.2) that means the version is no Go release, not that the database is out of reach.
 */
export class SumdbNoRecordError extends SumdbVerificationError {
  override name = 'SumdbNoRecordError';
}

/** How every request to the database is made: `signal` abandons them, `attempts` bounds the tries of each. */
export interface SumdbRequest {
  signal?: AbortSignal;
  attempts?: number;
}

/**
 * Where to reach the database: the first GOPROXY entry whose `<proxy>/sumdb/<name>/supported`
 * answers 200; 404/410 (or any error after `|`) moves on; `direct`, `off` or the end of the list
 * mean the database itself.
 */
export async function findSumdbBase(
  entries: readonly ProxyEntry[],
  sumdb: SumdbConfig,
  request: SumdbRequest = {},
  /** The GOPROXY the entries came from, as messages name it. */
  goproxy = 'GOPROXY',
): Promise<string> {
  for (const entry of entries) {
    if (entry.kind !== 'url') break;
    const base = `${entry.url}/sumdb/${sumdb.name}`;
    try {
      await getBytes(`${base}/supported`, { ...SUMDB_ANSWER, ...request });
      return base;
    } catch (error) {
      if (!entry.fallThroughOnAnyError && !isNotFound(error)) {
        throw new GoproxyError(
          `checking whether ${describeEntry(entry)} (from ${goproxy}) serves the checksum database ${sumdb.name}: ${(error as Error).message}`,
        );
      }
    }
  }
  return sumdb.directUrl;
}

export interface VerifiedRecord {
  /** `h1:` of the module zip, as proved by the log. */
  zipHash: string;
  /** `h1:` of the module's go.mod, as proved by the log. */
  goModHash: string;
  recordId: number;
  treeSize: number;
  signers: string[];
}

async function readTile(base: string, tile: TileRequest, request: SumdbRequest): Promise<Buffer> {
  try {
    return await getBytes(`${base}/${tilePath(tile.level, tile.index, tile.width)}`, { ...SUMDB_ANSWER, ...request });
  } catch (error) {
    // A partial tile disappears once the tile fills up; the full tile starts with the same hashes.
    if (tile.width < 256 && error instanceof HttpStatusError && isNotFound(error)) {
      return getBytes(`${base}/${tilePath(tile.level, tile.index, 256)}`, { ...SUMDB_ANSWER, ...request });
    }
    throw error;
  }
}

/** Looks up `module@version` and proves its go.sum lines: note signature, tree, inclusion. */
export async function lookupVerified(
  base: string,
  sumdb: SumdbConfig,
  module: string,
  version: string,
  request: SumdbRequest = {},
): Promise<VerifiedRecord> {
  const what = `${module}@${version} in the checksum database ${sumdb.name}`;
  const fail = (reason: string): never => {
    throw new SumdbVerificationError(`cannot verify ${what}: ${reason}`);
  };
  let body: string;
  try {
    body = await getText(`${base}/lookup/${module}@${version}`, { ...SUMDB_ANSWER, ...request });
  } catch (error) {
    if (isNotFound(error)) throw new SumdbNoRecordError(`the checksum database ${sumdb.name} has no record of ${module}@${version}`);
    return fail(`lookup failed: ${(error as Error).message}`);
  }
  let record: ReturnType<typeof parseLookupRecord>;
  let opened: ReturnType<typeof openNote>;
  let tree: ReturnType<typeof parseTree>;
  try {
    record = parseLookupRecord(body);
    opened = openNote(record.treeNote, [sumdb.verifier]);
    tree = parseTree(opened.text);
  } catch (error) {
    return fail((error as Error).message);
  }
  try {
    await proveRecordInclusion(tree, record.id, recordHash(Buffer.from(record.text, 'utf8')), (tile) => readTile(base, tile, request));
  } catch (error) {
    return fail(`inclusion proof failed: ${(error as Error).message}`);
  }
  let zipHash: string | undefined;
  let goModHash: string | undefined;
  for (const line of record.text.split('\n').slice(0, -1)) {
    const fields = line.split(' ');
    if (fields.length !== 3 || fields[0] !== module) fail(`the record holds a line for another module: "${line}"`);
    if (fields[1] === version) zipHash = fields[2];
    else if (fields[1] === `${version}/go.mod`) goModHash = fields[2];
    else fail(`the record holds a line for another version: "${line}"`);
  }
  if (zipHash === undefined || goModHash === undefined) return fail('the record lacks the module or go.mod hash');
  return { zipHash, goModHash, recordId: record.id, treeSize: tree.size, signers: opened.verifiedBy };
}
