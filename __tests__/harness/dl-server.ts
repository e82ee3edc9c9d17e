// A go.dev-like download server on 127.0.0.1: the release index (`?mode=json[&include=all]`),
// archives, `.sha256` and `.asc` sidecars, with faults that tests switch on per resource at run
// time (5xx, truncation, a flipped byte, a stall, replaced bodies, redirects) and a request log.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { archiveFilename, goArchive, releaseName, type GoArchive } from './go-archives';
import { signDetached, testKeys, type GpgKey, type TestKeys } from './gpg';

export interface ReleaseSpec {
  /** `go1.26.8` or `1.26.8`. */
  version: string;
  /** Default: true unless the version is a beta or rc. */
  stable?: boolean;
  /** Archives served for this release; every other file the index lists answers 404. */
  archives?: GoArchive[];
  /** `os/arch` pairs the index lists no file for in this release (a port dropped or not yet built). */
  unbuilt?: string[];
}

export interface DlServerOptions {
  /** Releases in the index, newest first, as go.dev lists them (the order is used as given). */
  releases?: ReleaseSpec[];
  /** Shorthand: one release per distinct archive version, in the given order, after `releases`. */
  archives?: GoArchive[];
  /** Signs every served `.tar.gz`; without a key no `.asc` is served. */
  signingKey?: GpgKey;
  /** Path the index and files live under, like go.dev's `/dl`; `url` includes it. Default `/dl`. */
  basePath?: string;
  /** Like go.dev: archive and `.asc` requests answer 302 to `/dl.google.com/go/<file>`. */
  redirectDownloads?: boolean;
}

/** What a fault applies to: `index`, an archive filename, or `<filename>.sha256` / `<filename>.asc`. */
export type Resource = string;
export const INDEX: Resource = 'index';

export type Fault =
  /** Answer `status` (e.g. 503, or 404 for a missing file). */
  | { kind: 'status'; status: number; times?: number }
  /** Send the full Content-Length, then close the connection after `afterBytes` bytes. */
  | { kind: 'truncate'; afterBytes: number; times?: number }
  /** Serve the body with the byte at `offset` XOR 0xff. */
  | { kind: 'flip-byte'; offset: number; times?: number }
  /** Send `afterBytes` bytes, pause `ms` milliseconds, then send the rest. */
  | { kind: 'stall'; afterBytes: number; ms: number; times?: number }
  /** Serve these bytes instead (e.g. a signature by another key, a wrong `.sha256`, an HTML page as `text/html`). */
  | { kind: 'body'; body: string | Buffer; contentType?: string; times?: number }
  /** Send the body one byte every `intervalMs` milliseconds (a server too slow for any stall timer). */
  | { kind: 'trickle'; intervalMs: number; times?: number }
  /** Send `bytes` more bytes after the body: counted in Content-Length, or `chunked` without one. */
  | { kind: 'append'; bytes: number; chunked?: boolean; times?: number }
  /** Answer 200 with chunked encoding, send `afterBytes` bytes of the body, then a chunk header that is not hexadecimal. */
  | { kind: 'bad-chunked'; afterBytes: number; times?: number }
  /** Answer with a redirect to `location` (default: the same file under /dl.google.com/go/). */
  | { kind: 'redirect'; status?: 301 | 302 | 303 | 307 | 308; location?: string; times?: number }
  /** Send nothing at all (not even headers) for `ms` milliseconds, then answer normally. */
  | { kind: 'hang'; ms: number; times?: number }
  /** Drop the connection before answering: a network error. */
  | { kind: 'reset'; times?: number };

export interface RequestRecord {
  method: string;
  /** Path and query as requested. */
  url: string;
  /** The resource it addressed (see Resource), or undefined for an unknown path. */
  resource: Resource | undefined;
  headers: IncomingHttpHeaders;
  /** Status answered (0 until the answer starts, -1 for a reset fault). */
  status: number;
}

export interface IndexFile {
  filename: string;
  os: string;
  arch: string;
  version: string;
  sha256: string;
  size: number;
  kind: 'archive' | 'installer' | 'source';
}

export interface IndexRelease {
  version: string;
  stable: boolean;
  files: IndexFile[];
}

/** Platforms go.dev lists for every release (a realistic subset) besides the ones served. */
const LISTED_FILES: { os: string; arch: string; kind: IndexFile['kind']; ext?: string }[] = [
  { os: '', arch: '', kind: 'source' },
  { os: 'darwin', arch: 'amd64', kind: 'archive' },
  { os: 'darwin', arch: 'arm64', kind: 'archive' },
  { os: 'darwin', arch: 'arm64', kind: 'installer', ext: 'pkg' },
  { os: 'linux', arch: '386', kind: 'archive' },
  { os: 'linux', arch: 'amd64', kind: 'archive' },
  { os: 'linux', arch: 'arm64', kind: 'archive' },
  { os: 'linux', arch: 'armv6l', kind: 'archive' },
  { os: 'windows', arch: 'amd64', kind: 'archive' },
  { os: 'windows', arch: 'amd64', kind: 'installer', ext: 'msi' },
  { os: 'windows', arch: 'arm64', kind: 'archive' },
];

const REDIRECT_PREFIX = '/dl.google.com/go/';

interface ActiveFault {
  fault: Fault;
  remaining: number;
}

/** A body to send: a file on disk or bytes in memory. */
type Body = { path: string; size: number } | { bytes: Buffer };

function bodySize(body: Body): number {
  return 'bytes' in body ? body.bytes.length : body.size;
}

function listedFile(version: string, listed: (typeof LISTED_FILES)[number]): IndexFile {
  const filename =
    listed.kind === 'source'
      ? `${version}.src.tar.gz`
      : listed.ext
        ? `${version}.${listed.os}-${listed.arch}.${listed.ext}`
        : archiveFilename(version, listed.os, listed.arch);
  // Files that are listed but not served get a digest no real file has.
  const sha256 = createHash('sha256').update(`not served: ${filename}`).digest('hex');
  return { filename, os: listed.os, arch: listed.arch, version, sha256, size: 100_000_000, kind: listed.kind };
}

function isStable(version: string): boolean {
  return !/(alpha|beta|rc)\d+$/.test(version);
}

/** `go1.22` from `go1.22.5`: the release line go.dev's short index shows one release of. */
function releaseLine(version: string): string {
  return /^go\d+\.\d+/.exec(version)?.[0] ?? version;
}

export class DlServer {
  /** Base URL (with basePath): give it to the action as go-download-base-url. */
  readonly url: string;
  readonly origin: string;
  readonly requests: RequestRecord[] = [];
  private releases: { version: string; stable: boolean; archives: GoArchive[]; unbuilt: string[] }[] = [];
  private readonly faults = new Map<Resource, ActiveFault[]>();
  private readonly indexOverrides = new Map<string, Partial<Pick<IndexFile, 'sha256' | 'size' | 'filename'>>>();
  private readonly aliases = new Map<string, Resource>();
  private readonly signatures = new Map<string, Promise<string>>();
  private readonly sockets = new Set<Socket>();

  private constructor(
    private readonly server: Server,
    private readonly options: DlServerOptions,
    readonly basePath: string,
  ) {
    const { port } = server.address() as AddressInfo;
    this.origin = `http://127.0.0.1:${port}`;
    this.url = `${this.origin}${basePath}`;
  }

  static async start(options: DlServerOptions = {}): Promise<DlServer> {
    const basePath = (options.basePath ?? '/dl').replace(/\/+$/, '');
    if (basePath !== '' && !basePath.startsWith('/')) throw new Error(`basePath must start with /: ${basePath}`);
    let handler: (req: IncomingMessage, res: ServerResponse) => void = () => undefined;
    const server = createServer((req, res) => handler(req, res));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const dl = new DlServer(server, options, basePath);
    server.on('connection', (socket) => {
      dl.sockets.add(socket);
      socket.on('close', () => dl.sockets.delete(socket));
    });
    handler = (req, res) => void dl.handle(req, res);
    await dl.setReleases(options.releases ?? [], options.archives ?? []);
    return dl;
  }

  /** Replaces the releases in the index (newest first) and signs any new archive. */
  async setReleases(releases: ReleaseSpec[], archives: GoArchive[] = []): Promise<void> {
    const next = releases.map((release) => {
      const version = releaseName(release.version);
      return {
        version,
        stable: release.stable ?? isStable(version),
        archives: [...(release.archives ?? [])],
        unbuilt: release.unbuilt ?? [],
      };
    });
    for (const archive of archives) {
      const release = next.find((candidate) => candidate.version === archive.version);
      if (release) release.archives.push(archive);
      else next.push({ version: archive.version, stable: isStable(archive.version), archives: [archive], unbuilt: [] });
    }
    for (const release of next) {
      for (const archive of release.archives) {
        if (archive.version !== release.version) throw new Error(`${archive.filename} does not belong to ${release.version}`);
      }
    }
    this.releases = next;
    await Promise.all(next.flatMap((release) => release.archives).map((archive) => this.signature(archive)));
  }

  /** The index as served for `?mode=json&include=all`. */
  index(): IndexRelease[] {
    return this.releases.map((release) => {
      const files = LISTED_FILES.filter((listed) => !release.unbuilt.includes(`${listed.os}/${listed.arch}`)).map((listed) =>
        listedFile(release.version, listed),
      );
      for (const archive of release.archives) {
        const file: IndexFile = {
          filename: archive.filename,
          os: archive.os,
          arch: archive.arch,
          version: release.version,
          sha256: archive.sha256,
          size: archive.size,
          kind: 'archive',
        };
        const at = files.findIndex((listed) => listed.filename === archive.filename);
        if (at >= 0) files[at] = file;
        else files.push(file);
      }
      const patched = files.map((file) => ({ ...file, ...this.indexOverrides.get(file.filename) }));
      return { version: release.version, stable: release.stable, files: patched };
    });
  }

  /** The armored signature served as `<archive>.asc` (undefined without a signing key or for a zip). */
  async signature(archive: GoArchive): Promise<string | undefined> {
    const key = this.options.signingKey;
    if (!key || !archive.filename.endsWith('.tar.gz')) return undefined;
    const memo = `${archive.path}\0${key.subkeyFingerprint}`;
    let pending = this.signatures.get(memo);
    if (!pending) {
      pending = signDetached(key, archive.path);
      this.signatures.set(memo, pending);
    }
    return pending;
  }

  /**
   * Switches faults on for a resource, replacing earlier ones. They apply in order: each to the
   * next `times` requests (default: every request), then the next fault, then normal answers.
   * E.g. `fault(name, { kind: 'status', status: 503, times: 1 }, { kind: 'truncate', afterBytes: 10, times: 1 })`.
   */
  fault(resource: Resource, ...faults: Fault[]): void {
    this.faults.set(
      resource,
      faults.map((fault) => ({ fault, remaining: fault.times ?? Number.POSITIVE_INFINITY })),
    );
  }

  clearFaults(): void {
    this.faults.clear();
    this.indexOverrides.clear();
    this.aliases.clear();
  }

  /**
   * Makes the index list a wrong digest, size or file name for a file (the file itself is served
   * unchanged, under its own name; see serveAt for serving it under another path too).
   */
  overrideIndexFile(filename: string, override: Partial<Pick<IndexFile, 'sha256' | 'size' | 'filename'>>): void {
    this.indexOverrides.set(filename, override);
  }

  /** Also serves `resource` (with its faults) at `path`, a path from the server root such as `/workspace/dist/app.zip`. */
  serveAt(path: string, resource: Resource): void {
    this.aliases.set(path, resource);
  }

  /** Requests for one resource (see Resource), in arrival order. */
  requestsFor(resource: Resource): RequestRecord[] {
    return this.requests.filter((request) => request.resource === resource);
  }

  clearRequests(): void {
    this.requests.length = 0;
  }

  /** Stops listening and drops open connections (a later request is refused: "server down"). */
  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }

  private takeFault(resource: Resource, allowRedirect: boolean): Fault | undefined {
    const active = this.faults.get(resource)?.find((candidate) => candidate.remaining > 0);
    if (!active || (active.fault.kind === 'redirect' && !allowRedirect)) return undefined;
    active.remaining--;
    return active.fault;
  }

  private findArchive(filename: string): GoArchive | undefined {
    for (const release of this.releases) {
      const archive = release.archives.find((candidate) => candidate.filename === filename);
      if (archive) return archive;
    }
    return undefined;
  }

  /** Maps a request path to the resource it names and whether it is the redirect target. */
  private route(pathname: string): { resource: Resource; redirected: boolean } | undefined {
    const alias = this.aliases.get(pathname);
    if (alias !== undefined) return { resource: alias, redirected: true };
    if (pathname.startsWith(REDIRECT_PREFIX))
      return { resource: decodeURIComponent(pathname.slice(REDIRECT_PREFIX.length)), redirected: true };
    if (pathname !== this.basePath && !pathname.startsWith(`${this.basePath}/`)) return undefined;
    const rest = decodeURIComponent(pathname.slice(this.basePath.length).replace(/^\//, ''));
    if (rest === '') return { resource: INDEX, redirected: false };
    if (rest.includes('/')) return undefined;
    return { resource: rest, redirected: false };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.origin);
    const route = this.route(url.pathname);
    const record: RequestRecord = {
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      resource: route?.resource,
      headers: req.headers,
      status: 0,
    };
    this.requests.push(record);
    const answer = (status: number, headers: Record<string, string | number>, body?: Body, fault?: Fault) => {
      record.status = status;
      return this.send(req, res, status, headers, body, fault);
    };
    const redirect = (status: number, location = `${REDIRECT_PREFIX}${encodeURIComponent(route!.resource)}`) =>
      answer(status, { Location: location }, text(`see ${location}\n`));
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') return await answer(405, { Allow: 'GET, HEAD' }, text('method not allowed\n'));
      if (!route) return await answer(404, {}, text('not found\n'));
      // go.dev answers every download with a redirect to its file host; faults apply to the hop
      // that serves the content.
      if (this.options.redirectDownloads && !route.redirected && isDownload(route.resource)) return await redirect(302);
      const fault = this.takeFault(route.resource, !route.redirected);
      if (fault?.kind === 'reset') {
        record.status = -1;
        res.socket?.destroy();
        return;
      }
      if (fault?.kind === 'hang') await abortableSleep(fault.ms, res);
      if (fault?.kind === 'status') return await answer(fault.status, {}, text(`injected status ${fault.status}\n`));
      if (fault?.kind === 'redirect') return await redirect(fault.status ?? 302, fault.location);
      const content = await this.content(route.resource, url);
      if (!content) return await answer(404, {}, text('not found\n'));
      if (fault?.kind === 'bad-chunked') {
        record.status = 200;
        return await sendBadChunked(res, await readBody(content.body), fault.afterBytes);
      }
      const body = fault?.kind === 'body' ? { bytes: Buffer.from(fault.body) } : content.body;
      const type = fault?.kind === 'body' && fault.contentType ? fault.contentType : content.type;
      await answer(200, { 'Content-Type': type }, body, fault);
    } catch (error) {
      if (!res.headersSent) {
        record.status = 500;
        res.writeHead(500).end(String(error));
      } else {
        res.destroy();
      }
    }
  }

  private async content(resource: Resource, url: URL): Promise<{ body: Body; type: string } | undefined> {
    if (resource === INDEX) {
      if (url.searchParams.get('mode') !== 'json') return { body: text('<html><body>Go downloads</body></html>\n'), type: 'text/html' };
      const all = this.index();
      const releases = url.searchParams.get('include') === 'all' ? all : newestStableLines(all, 2);
      return { body: { bytes: Buffer.from(JSON.stringify(releases, null, 1)) }, type: 'application/json' };
    }
    const sidecar = /^(.*)\.(sha256|asc)$/.exec(resource);
    const archive = this.findArchive(sidecar ? sidecar[1]! : resource);
    if (!archive) return undefined;
    if (!sidecar) return { body: { path: archive.path, size: archive.size }, type: 'application/octet-stream' };
    if (sidecar[2] === 'sha256') return { body: text(archive.sha256), type: 'text/plain; charset=utf-8' };
    const signature = await this.signature(archive);
    return signature === undefined ? undefined : { body: text(signature), type: 'application/pgp-signature' };
  }

  private async send(
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    headers: Record<string, string | number>,
    body?: Body,
    fault?: Fault,
  ): Promise<void> {
    const size = (body ? bodySize(body) : 0) + (fault?.kind === 'append' ? fault.bytes : 0);
    res.writeHead(status, fault?.kind === 'append' && fault.chunked ? headers : { ...headers, 'Content-Length': size });
    if (req.method === 'HEAD' || !body) {
      res.end();
      return;
    }
    // 1 MiB reads: serving should cost the machine as little as a remote server would.
    const source = 'bytes' in body ? Readable.from([body.bytes]) : createReadStream(body.path, { highWaterMark: 1 << 20 });
    try {
      await pipeline(source, applyFault(fault, res), res);
    } catch {
      // The client went away or a truncation fault cut the connection: nothing left to do.
    }
  }
}

/** Waits `ms`, or less when the client goes away first, so close() is never held up by a fault. */
async function abortableSleep(ms: number, res: ServerResponse): Promise<void> {
  const gaveUp = new AbortController();
  const abort = () => gaveUp.abort();
  res.once('close', abort);
  try {
    await sleep(ms, undefined, { signal: gaveUp.signal });
  } finally {
    res.off('close', abort);
  }
}

async function readBody(body: Body): Promise<Buffer> {
  if ('bytes' in body) return body.bytes;
  const { readFile } = await import('node:fs/promises');
  return readFile(body.path);
}

/** A chunked answer whose framing breaks after `afterBytes` bytes of the body: the client's HTTP parser must fail. */
async function sendBadChunked(res: ServerResponse, bytes: Buffer, afterBytes: number): Promise<void> {
  const socket = res.socket;
  if (!socket) return;
  const first = bytes.subarray(0, afterBytes);
  const head = 'HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n';
  const chunk =
    first.length > 0 ? Buffer.concat([Buffer.from(`${first.length.toString(16)}\r\n`), first, Buffer.from('\r\n')]) : Buffer.alloc(0);
  await new Promise<void>((resolve) =>
    socket.write(Buffer.concat([Buffer.from(head), chunk, Buffer.from('zz-not-hex\r\n\r\n')]), () => resolve()),
  );
  socket.end();
}

/** Archives and signatures; go.dev serves the index itself and dl.google.com the `.sha256`. */
function isDownload(resource: Resource): boolean {
  return resource !== INDEX && !resource.endsWith('.sha256');
}

function text(value: string): Body {
  return { bytes: Buffer.from(value) };
}

export interface InstalledGoServer {
  server: DlServer;
  /** The installed Go's archive for this machine, listed and served. */
  archive: GoArchive;
  /** `keys.release` signs everything served; give `keys.release.armoredPublicKey` as go-signing-key. */
  keys: TestKeys;
}

/**
 * The usual fixture: a server for the installed Go, signed with the test release key, listed
 * between `newer` and `older` index-only releases (each newest first).
 */
export async function serveInstalledGo(
  options: Omit<DlServerOptions, 'releases' | 'archives' | 'signingKey'> & { newer?: ReleaseSpec[]; older?: ReleaseSpec[] } = {},
): Promise<InstalledGoServer> {
  const { newer = [], older = [], ...serverOptions } = options;
  const [keys, archive] = await Promise.all([testKeys(), goArchive()]);
  const releases = [...newer, { version: archive.version, archives: [archive] }, ...older];
  const server = await DlServer.start({ ...serverOptions, releases, signingKey: keys.release });
  return { server, archive, keys };
}

function newestStableLines(releases: IndexRelease[], count: number): IndexRelease[] {
  const lines = new Set<string>();
  const picked: IndexRelease[] = [];
  for (const release of releases) {
    if (!release.stable || lines.has(releaseLine(release.version))) continue;
    lines.add(releaseLine(release.version));
    picked.push(release);
    if (picked.length === count) break;
  }
  return picked;
}

/** A pass-through stage that applies a body fault (truncate, flip-byte, stall) on the way out. */
function applyFault(fault: Fault | undefined, res: ServerResponse) {
  return async function* (source: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
    let offset = 0;
    if (fault?.kind === 'trickle') {
      for await (const piece of source) {
        const chunk = Buffer.isBuffer(piece) ? piece : Buffer.from(piece);
        for (let at = 0; at < chunk.length && !res.destroyed; at++) {
          yield chunk.subarray(at, at + 1);
          await abortableSleep(fault.intervalMs, res).catch(() => undefined);
        }
      }
      return;
    }
    for await (const piece of source) {
      let chunk = Buffer.isBuffer(piece) ? piece : Buffer.from(piece);
      const end = offset + chunk.length;
      if (fault?.kind === 'flip-byte' && fault.offset >= offset && fault.offset < end) {
        chunk = Buffer.from(chunk);
        chunk[fault.offset - offset]! ^= 0xff;
      }
      if ((fault?.kind === 'truncate' || fault?.kind === 'stall') && fault.afterBytes >= offset && fault.afterBytes < end) {
        const cut = fault.afterBytes - offset;
        if (cut > 0) yield chunk.subarray(0, cut);
        if (fault.kind === 'truncate') {
          // Let the bytes before the cut reach the client, then drop the connection mid-body.
          await new Promise<void>((resolve) => res.write('', () => resolve()));
          res.socket?.destroy();
          return;
        }
        await abortableSleep(fault.ms, res);
        chunk = chunk.subarray(cut);
        offset += cut;
      }
      offset += chunk.length;
      if (chunk.length > 0) yield chunk;
    }
    if (fault?.kind === 'append') yield Buffer.alloc(fault.bytes, 0x41);
  };
}
