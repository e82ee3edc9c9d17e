// A Go module proxy on 127.0.0.1 for the golang.org/toolchain module: `@v/list`, `.info`, `.mod`,
// `.zip`, and `sumdb/<name>/...` forwarded to a TestSumdb. Faults: per-path status codes, truncated
// bodies, required Basic auth. Also builds toolchain zips (hostile ones too) and their h1.
import { createServer, type Server } from 'node:http';
import { createHash } from 'node:crypto';
import { crc32, deflateRawSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import type { TestSumdb } from './sumdb-server';

export const MODULE = 'golang.org/toolchain';

export interface FakeZipEntry {
  name: string;
  data: Buffer;
  /** Unix mode bits with file type, e.g. 0o100644; 0o120777 makes a symlink. */
  mode?: number;
  /** Uncompressed size to declare instead of the real one (for size-limit tests). */
  declaredSize?: number;
  /** General purpose flag bits to set besides UTF-8 names (0x0001 encrypted, 0x0040 strong encryption). */
  flags?: number;
  /** Stored as the entry's deflate data instead of `data` compressed (damaged data). */
  rawCompressed?: Buffer;
}

/** Writes a zip (deflate, UTF-8 names, Unix modes) with full control over names and declared sizes. */
export function buildZip(entries: FakeZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const compressed = entry.rawCompressed ?? deflateRawSync(entry.data);
    const flags = 0x0800 | (entry.flags ?? 0);
    const size = entry.declaredSize ?? entry.data.length;
    const crc = crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(((entry.mode ?? 0o100644) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Go's dirhash h1 over (name, content) pairs, written here from the definition. */
export function h1Of(files: { name: string; data: Buffer }[]): string {
  const lines = files
    .map((file) => ({ name: file.name, hex: createHash('sha256').update(file.data).digest('hex') }))
    .sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)))
    .map((file) => `${file.hex}  ${file.name}\n`)
    .join('');
  return `h1:${createHash('sha256').update(lines).digest('base64')}`;
}

/**
 * A `bin/go` that answers `go version`, and `go env [-json] NAME...` as go does: one line per name,
 * or with -json one object of them all (an empty string for a setting it does not know).
 */
export function fakeGoScript(goVersion: string, goos: string, goarch: string): string {
  return [
    '#!/bin/sh',
    'if [ "$1" = env ]; then',
    '  shift',
    '  json=; [ "$1" = -json ] && { json=1; shift; printf "{"; }',
    '  separator=',
    '  for name in "$@"; do',
    `    case "$name" in GOVERSION) value=${goVersion} ;; GOPATH) value="$HOME/go" ;; GOROOT) value=$(cd "$(dirname "$0")/.." && pwd) ;; GOOS) value=${goos} ;; GOARCH) value=${goarch} ;; *) value= ;; esac`,
    '    if [ -n "$json" ]; then printf \'%s\\n\\t"%s": "%s"\' "$separator" "$name" "$value"; separator=,; else echo "$value"; fi',
    '  done',
    '  [ -n "$json" ] && printf "\\n}\\n"',
    '  exit 0',
    'fi',
    `echo "go version ${goVersion} ${goos}/${goarch}"`,
    '',
  ].join('\n');
}

/** A small toolchain module zip whose `bin/go` is a shell script printing `go version go<version> ...`. */
export function fakeToolchainEntries(moduleVersion: string): FakeZipEntry[] {
  const prefix = `${MODULE}@${moduleVersion}/`;
  const release = /^v0\.0\.1-(go[^.]+\.[^.]+(?:\.\d+)?)\.(\w+)-(\w+)$/u.exec(moduleVersion);
  const [goVersion, goos, goarch] = release ? [release[1]!, release[2]!, release[3]!] : ['go0', 'linux', 'amd64'];
  return [
    { name: `${prefix}VERSION`, data: Buffer.from(`${goVersion}\ntime 2024-01-01T00:00:00Z\n`) },
    { name: `${prefix}bin/go`, data: Buffer.from(fakeGoScript(goVersion, goos, goarch)) },
    { name: `${prefix}pkg/tool/${goos}_${goarch}/compile`, data: Buffer.from('#!/bin/sh\nexit 0\n') },
    { name: `${prefix}src/_go.mod`, data: Buffer.from('module std\n\ngo 1.22\n') },
    { name: `${prefix}src/cmd/_go.mod`, data: Buffer.from('module cmd\n\ngo 1.22\n') },
    { name: `${prefix}src/fmt/print.go`, data: Buffer.from('package fmt\n'.repeat(500)) },
  ];
}

export interface ProxyFaults {
  /** Status to answer for a path (below the server root) instead of the real answer. */
  status?: Record<string, number>;
  /** Status for every request, unless `status` names the path. */
  allStatus?: number;
  /** Send only this many bytes of every zip while announcing the full Content-Length, then drop the connection. */
  truncateZipAt?: number;
  /** Serve every zip cut to this many bytes, with a matching Content-Length (a broken cache). */
  cutZipTo?: number;
  /** Require this `user:password` as Basic auth. */
  basicAuth?: string;
  /** Answer 404 to `sumdb/<name>/supported` (the proxy does not serve the database). */
  noSumdb?: boolean;
  /** Serve this as `@v/list` (with its content type), e.g. an HTML page or a hostile line. */
  list?: { body: string; contentType?: string };
  /** Send every answer whose path contains `pathContains` one byte every `intervalMs` milliseconds. */
  trickle?: { pathContains: string; intervalMs: number };
}

export class ToolchainProxy {
  readonly zips = new Map<string, Buffer>();
  readonly faults: ProxyFaults = {};
  readonly requests: string[] = [];
  private server: Server | undefined;
  url = '';

  constructor(private readonly sumdb?: TestSumdb) {}

  addZip(moduleVersion: string, zip: Buffer): void {
    this.zips.set(moduleVersion, zip);
  }

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname.slice(1));
      this.requests.push(path);
      const send = (status: number, body: Buffer | string, headers: Record<string, string> = {}): void => {
        const trickle = this.faults.trickle;
        if (trickle !== undefined && path.includes(trickle.pathContains)) {
          const bytes = Buffer.from(body);
          response.writeHead(status, { 'content-type': 'text/plain', ...headers, 'content-length': String(bytes.length) });
          let at = 0;
          const timer = setInterval(() => {
            if (at >= bytes.length || response.destroyed) {
              clearInterval(timer);
              response.end();
              return;
            }
            response.write(bytes.subarray(at, ++at));
          }, trickle.intervalMs);
          response.on('close', () => clearInterval(timer));
          return;
        }
        response.writeHead(status, { 'content-type': 'text/plain', ...headers });
        response.end(body);
      };
      if (this.faults.basicAuth !== undefined) {
        const expected = `Basic ${Buffer.from(this.faults.basicAuth).toString('base64')}`;
        if (request.headers.authorization !== expected) return send(401, 'unauthorized\n');
      }
      const forced = this.faults.status?.[path] ?? this.faults.allStatus;
      if (forced !== undefined) return send(forced, `forced ${forced}\n`);
      const sumdbPath = /^sumdb\/([^/]+)\/(.+)$/u.exec(path);
      if (sumdbPath) {
        if (this.sumdb === undefined || sumdbPath[1] !== this.sumdb.name || this.faults.noSumdb) return send(404, 'no such database\n');
        if (sumdbPath[2] === 'supported') return send(200, '');
        const answer = this.sumdb.handle(sumdbPath[2]!);
        return send(answer.status, answer.body);
      }
      const file = new RegExp(`^${MODULE}/@v/(.+)$`, 'u').exec(path);
      if (!file) return send(404, 'not found\n');
      if (file[1] === 'list') {
        if (this.faults.list !== undefined)
          return send(200, this.faults.list.body, { 'content-type': this.faults.list.contentType ?? 'text/plain' });
        return send(200, [...this.zips.keys()].map((v) => `${v}\n`).join(''));
      }
      const versionFile = /^(.+)\.(info|mod|zip)$/u.exec(file[1]!);
      const zip = versionFile ? this.zips.get(versionFile[1]!) : undefined;
      if (!versionFile || zip === undefined) return send(404, 'not found\n');
      if (versionFile[2] === 'info') return send(200, JSON.stringify({ Version: versionFile[1], Time: '2024-01-01T00:00:00Z' }));
      if (versionFile[2] === 'mod') return send(200, `module ${MODULE}\n`);
      if (this.faults.truncateZipAt !== undefined) {
        response.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(zip.length) });
        response.write(zip.subarray(0, this.faults.truncateZipAt), () => setTimeout(() => response.destroy(), 20));
        return;
      }
      send(200, zip.subarray(0, this.faults.cutZipTo ?? zip.length), { 'content-type': 'application/zip' });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** A server answering the database protocol directly (GOSUMDB `name+hash+key URL`). */
export async function startSumdbServer(sumdb: TestSumdb): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = createServer((request, response) => {
    const answer = sumdb.handle(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname.slice(1)));
    response.writeHead(answer.status, { 'content-type': 'text/plain' });
    response.end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * A pass-through to a real module proxy that keeps `.zip` answers on disk (they are ~70 MB each),
 * so reruns do not download them again. Everything else, the checksum database included, is
 * fetched live: the client still verifies every byte on every run.
 */
export async function startCachingProxy(
  upstream: string,
  cacheDir: string,
): Promise<{ url: string; requests: string[]; stop: () => Promise<void> }> {
  const { mkdirSync, existsSync, readFileSync, writeFileSync, renameSync } = await import('node:fs');
  const { join } = await import('node:path');
  mkdirSync(cacheDir, { recursive: true });
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push(path);
    const cacheFile = path.endsWith('.zip') ? join(cacheDir, path.replace(/[^A-Za-z0-9.@-]+/gu, '_')) : undefined;
    if (cacheFile !== undefined && existsSync(cacheFile)) {
      const body = readFileSync(cacheFile);
      response.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(body.length) });
      response.end(body);
      return;
    }
    fetch(`${upstream}${path}`)
      .then(async (answer) => {
        const body = Buffer.from(await answer.arrayBuffer());
        if (cacheFile !== undefined && answer.status === 200) {
          writeFileSync(`${cacheFile}.partial`, body);
          renameSync(`${cacheFile}.partial`, cacheFile);
        }
        response.writeHead(answer.status, {
          'content-type': answer.headers.get('content-type') ?? 'text/plain',
          'content-length': String(body.length),
        });
        response.end(body);
      })
      .catch((error: Error) => {
        response.writeHead(502, { 'content-type': 'text/plain' });
        response.end(`upstream: ${error.message}\n`);
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    stop: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
