// A local Actions cache service speaking the v2 protocol (DESIGN.md section 4) on 127.0.0.1.
// Twirp JSON RPCs under /twirp/github.actions.results.api.v1.CacheService/, Azure-style blob
// uploads (single PUT or blocks + block list) and plain GET downloads; entries live on disk.
// Faults can be switched on per test: 5xx answers, corrupt blobs, 409 on create, slow answers,
// answers that never come, downloads that trickle or stop halfway, hostile matched keys.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';

const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.CacheService/';
/** Azure's client reads the account from the first path segment when the host is an IP address. */
const BLOB_PREFIX = '/devstoreaccount1/caches/';
const TOKEN = 'emulated-runtime-token';

export type CacheRpc = 'GetCacheEntryDownloadURL' | 'CreateCacheEntry' | 'FinalizeCacheEntryUpload';

export interface CacheFaults {
  /** Answer these RPCs with this HTTP status (a JSON twirp error body). */
  rpcStatus?: Partial<Record<CacheRpc, number>>;
  /** Answer blob uploads (PUT) with this status. */
  uploadStatus?: number;
  /** Answer blob downloads (GET) with this status. */
  downloadStatus?: number;
  /** Serve garbage instead of the stored blob. */
  corruptBlobs?: boolean;
  /** Answer every CreateCacheEntry with 409, as for a key saved by another job. */
  conflictOnCreate?: boolean;
  /** Delay every answer by this many milliseconds. */
  delayMs?: number;
  /** Never answer these RPCs (the connection stays open). */
  silentRpcs?: CacheRpc[];
  /** Blob downloads: never send headers ('silent'), send headers then a byte a second ('trickle'), or half the blob then close ('truncate'). */
  download?: 'silent' | 'trickle' | 'truncate';
  /** Never answer blob uploads (PUT). */
  silentUploads?: boolean;
  /** Appended to every matched_key a lookup answers (a hostile service's key). */
  matchedKeySuffix?: string;
}

export interface StoredEntry {
  key: string;
  version: string;
  sizeBytes: number;
  createdAt: number;
}

export interface RequestRecord {
  method: string;
  path: string;
  rpc?: string;
  body?: Record<string, unknown>;
  status: number;
}

interface PendingUpload {
  key: string;
  version: string;
  blocks: Map<string, Buffer>;
}

export class CacheServer {
  faults: CacheFaults = {};
  readonly requests: RequestRecord[] = [];
  private readonly entries = new Map<string, StoredEntry & { blob: string }>();
  private readonly pending = new Map<string, PendingUpload>();
  /** Responses held open by the silent and trickle faults, ended on close. */
  private readonly held = new Set<ServerResponse>();
  private uploadCounter = 0;

  private constructor(
    private readonly server: Server,
    readonly dir: string,
    readonly url: string,
  ) {}

  static async start(dir = mkdtempSync(join(tmpdir(), 'sgg-cache-service-'))): Promise<CacheServer> {
    mkdirSync(join(dir, 'blobs'), { recursive: true });
    let instance: CacheServer | undefined;
    const server = createServer((request, response) => {
      void instance!.handle(request, response).catch((error: unknown) => {
        if (!response.headersSent) sendJson(response, 500, { code: 'internal', msg: String(error) });
      });
    });
    await new Promise<void>((resolvePromise) => server.listen(0, '127.0.0.1', resolvePromise));
    const { port } = server.address() as AddressInfo;
    instance = new CacheServer(server, dir, `http://127.0.0.1:${port}`);
    return instance;
  }

  /** Job env that makes @actions/cache use this service through protocol v2. */
  env(): Record<string, string> {
    return { ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_RESULTS_URL: `${this.url}/`, ACTIONS_RUNTIME_TOKEN: TOKEN };
  }

  listEntries(): StoredEntry[] {
    return [...this.entries.values()].map(({ key, version, sizeBytes, createdAt }) => ({ key, version, sizeBytes, createdAt }));
  }

  /** Path of the stored archive of a key (for inspection or tampering). */
  blobPath(key: string): string | undefined {
    return [...this.entries.values()].find((entry) => entry.key === key)?.blob;
  }

  rpcCalls(rpc: CacheRpc): RequestRecord[] {
    return this.requests.filter((record) => record.rpc === rpc);
  }

  async close(): Promise<void> {
    for (const response of this.held) response.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolvePromise) => this.server.close(() => resolvePromise()));
    rmSync(this.dir, { recursive: true, force: true });
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readBody(request);
    if (this.faults.delayMs) await new Promise((resolvePromise) => setTimeout(resolvePromise, this.faults.delayMs));
    const url = new URL(request.url ?? '/', this.url);
    const record: RequestRecord = { method: request.method ?? '', path: url.pathname, status: 0 };
    this.requests.push(record);
    const hold = () => {
      record.status = -1;
      this.held.add(response);
      response.on('close', () => this.held.delete(response));
    };
    const reply = (status: number, payload?: unknown, raw?: Buffer) => {
      record.status = status;
      if (raw) {
        response.writeHead(status, { 'content-type': 'application/octet-stream', 'content-length': raw.length });
        response.end(raw);
      } else if (payload === undefined) {
        response.writeHead(status, { 'content-length': 0 });
        response.end();
      } else {
        sendJson(response, status, payload);
      }
    };

    if (url.pathname.startsWith(TWIRP_PREFIX) && request.method === 'POST') {
      const rpc = url.pathname.slice(TWIRP_PREFIX.length);
      record.rpc = rpc;
      record.body = JSON.parse(body.toString('utf8') || '{}') as Record<string, unknown>;
      if (request.headers.authorization !== `Bearer ${TOKEN}`) return reply(401, { code: 'unauthenticated', msg: 'bad token' });
      if (this.faults.silentRpcs?.includes(rpc as CacheRpc)) return hold();
      const status = this.faults.rpcStatus?.[rpc as CacheRpc];
      if (status) return reply(status, { code: 'internal', msg: `injected ${status}` });
      return reply(...this.rpc(rpc, record.body));
    }
    if (url.pathname.startsWith(BLOB_PREFIX)) {
      const id = url.pathname.slice(BLOB_PREFIX.length);
      if (request.method === 'PUT') {
        if (this.faults.silentUploads) return hold();
        if (this.faults.uploadStatus) return reply(this.faults.uploadStatus, { code: 'internal', msg: 'injected upload failure' });
        return reply(this.upload(id, url.searchParams, body), undefined);
      }
      if (request.method === 'GET') {
        if (this.faults.downloadStatus) return reply(this.faults.downloadStatus, { code: 'internal', msg: 'injected download failure' });
        const entry = [...this.entries.values()].find((candidate) => candidate.blob.endsWith(`/${id}`));
        if (!entry) return reply(404, { code: 'not_found', msg: 'no such blob' });
        const bytes = this.faults.corruptBlobs ? Buffer.from('this is not a zstd tar archive\n'.repeat(64)) : readFileSync(entry.blob);
        if (this.faults.download) return this.misbehave(this.faults.download, bytes, response, hold);
        return reply(200, undefined, bytes);
      }
    }
    return reply(404, { code: 'bad_route', msg: `no route for ${request.method} ${url.pathname}` });
  }

  private misbehave(fault: NonNullable<CacheFaults['download']>, bytes: Buffer, response: ServerResponse, hold: () => void): void {
    hold();
    if (fault === 'silent') return;
    response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': bytes.length });
    if (fault === 'truncate') {
      response.write(bytes.subarray(0, bytes.length >> 1), () => response.destroy());
      return;
    }
    let sent = 0;
    const timer = setInterval(() => {
      if (sent >= bytes.length || response.destroyed) return clearInterval(timer);
      response.write(bytes.subarray(sent, ++sent));
    }, 1000);
    response.on('close', () => clearInterval(timer));
  }

  private rpc(rpc: string, body: Record<string, unknown>): [number, unknown] {
    const key = String(body.key ?? '');
    const version = String(body.version ?? '');
    switch (rpc) {
      case 'GetCacheEntryDownloadURL': {
        const restoreKeys = Array.isArray(body.restore_keys) ? body.restore_keys.map(String) : [];
        const entry = this.lookup(key, restoreKeys, version);
        if (!entry) return [200, { ok: false, signed_download_url: '', matched_key: '' }];
        const blobName = entry.blob.slice(entry.blob.lastIndexOf('/') + 1);
        return [
          200,
          {
            ok: true,
            signed_download_url: `${this.url}${BLOB_PREFIX}${blobName}?sig=read`,
            matched_key: entry.key + (this.faults.matchedKeySuffix ?? ''),
          },
        ];
      }
      case 'CreateCacheEntry': {
        if (this.faults.conflictOnCreate || this.entries.has(entryId(key, version))) {
          return [409, { code: 'already_exists', msg: `cache entry ${key} already exists` }];
        }
        const id = `upload-${++this.uploadCounter}`;
        this.pending.set(id, { key, version, blocks: new Map() });
        return [200, { ok: true, signed_upload_url: `${this.url}${BLOB_PREFIX}${id}?sig=write` }];
      }
      case 'FinalizeCacheEntryUpload': {
        const id = [...this.pending.entries()].find(([, upload]) => upload.key === key && upload.version === version)?.[0];
        const blob = id && join(this.dir, 'blobs', id);
        if (!id || !blob || !existsSync(blob)) return [200, { ok: false, entry_id: '0', message: 'nothing was uploaded' }];
        const sizeBytes = statSync(blob).size;
        if (String(sizeBytes) !== String(body.size_bytes)) return [200, { ok: false, entry_id: '0', message: 'size mismatch' }];
        this.pending.delete(id);
        this.entries.set(entryId(key, version), { key, version, sizeBytes, createdAt: Date.now() + this.entries.size, blob });
        return [200, { ok: true, entry_id: String(this.entries.size) }];
      }
      default:
        return [404, { code: 'bad_route', msg: `unknown rpc ${rpc}` }];
    }
  }

  /** The service's matching: exact key first, then each restore key as a prefix, newest entry first. */
  private lookup(key: string, restoreKeys: string[], version: string): (StoredEntry & { blob: string }) | undefined {
    const candidates = [...this.entries.values()].filter((entry) => entry.version === version);
    const exact = candidates.find((entry) => entry.key === key);
    if (exact) return exact;
    for (const prefix of restoreKeys) {
      const newest = candidates.filter((entry) => entry.key.startsWith(prefix)).sort((a, b) => b.createdAt - a.createdAt)[0];
      if (newest) return newest;
    }
    return undefined;
  }

  private upload(id: string, params: URLSearchParams, body: Buffer): number {
    const upload = this.pending.get(id);
    if (!upload) return 404;
    const blob = join(this.dir, 'blobs', id);
    const comp = params.get('comp');
    if (comp === 'block') {
      upload.blocks.set(params.get('blockid') ?? '', body);
    } else if (comp === 'blocklist') {
      const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map((match) => match[1]!);
      writeFileSync(blob, Buffer.concat(ids.map((blockId) => upload.blocks.get(blockId) ?? Buffer.alloc(0))));
    } else {
      writeFileSync(blob, body);
    }
    return 201;
  }
}

function entryId(key: string, version: string): string {
  return `${version}/${key}`;
}

function sendJson(response: ServerResponse, status: number, payload: unknown): void {
  const text = JSON.stringify(payload);
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolvePromise(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}
