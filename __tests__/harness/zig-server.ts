// A ziglang.org-like download server on 127.0.0.1: /download/index.json (per version and host:
// tarball, shasum, size) and /download/<version>/<file>.tar.xz with its .minisig, serving a real
// zig repackaged from PyPI's `ziglang` wheel in the release layout (zig-<host>-<version>/zig, lib/)
// and signed with a test minisign key. Faults are switched per resource at run time.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { minisignSignature, newMinisignKey, type MinisignTestKey } from './minisign';

/** The ziglang wheel the tests repackage; its zig is this version. */
export const ZIG_TEST_VERSION = '0.17.1';
const HOST = 'x86_64-linux';
/** Zig names release tarballs zig-<arch>-<os>-<version> since 0.14.1 (zig-<os>-<arch>-<version> before). */
export const ZIG_TEST_ROOT = `zig-${HOST}-${ZIG_TEST_VERSION}`;
const FIXTURE_DIR = join(tmpdir(), `sgg-zig-fixture-${ZIG_TEST_VERSION}`);

function run(command: string, args: string[], cwd?: string): void {
  execFileSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, XZ_OPT: '-0 -T0' } });
}

/**
 * The repackaged tarball, built once per machine (kept in the temp folder across runs: the wheel is
 * 100 MB and packing takes a while). pip fetches the wheel from PyPI.
 */
export function zigFixtureTarball(): string {
  const tarball = join(FIXTURE_DIR, `${ZIG_TEST_ROOT}.tar.xz`);
  if (existsSync(tarball)) return tarball;
  const work = join(FIXTURE_DIR, `work-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  try {
    run('python3', [
      '-m',
      'pip',
      'download',
      '--quiet',
      '--no-deps',
      '--only-binary=:all:',
      '--platform',
      'manylinux2014_x86_64',
      `ziglang==${ZIG_TEST_VERSION}`,
      '-d',
      work,
    ]);
    const wheel = readdirSync(work).find((name) => name.endsWith('.whl'));
    if (!wheel) throw new Error('pip downloaded no ziglang wheel');
    run('unzip', ['-q', wheel, 'ziglang/*'], work);
    renameSync(join(work, 'ziglang'), join(work, ZIG_TEST_ROOT));
    for (const extra of ['__init__.py', '__main__.py', '__pycache__'])
      rmSync(join(work, ZIG_TEST_ROOT, extra), { recursive: true, force: true });
    run('tar', ['-cJf', `${ZIG_TEST_ROOT}.tar.xz`, '--owner=0', '--group=0', ZIG_TEST_ROOT], work);
    renameSync(join(work, `${ZIG_TEST_ROOT}.tar.xz`), tarball);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return tarball;
}

export type ZigFault = { kind: 'flip-byte'; offset: number } | { kind: 'body'; body: string | Buffer } | { kind: 'status'; status: number };

export class ZigServer {
  readonly key: MinisignTestKey = newMinisignKey();
  readonly tarball: Buffer;
  readonly fileName = `${ZIG_TEST_ROOT}.tar.xz`;
  readonly sha256: string;
  /** Faults by resource: `index`, `tarball`, `minisig`. */
  readonly faults = new Map<'index' | 'tarball' | 'minisig', ZigFault>();
  /** Overrides the index entry's shasum (an index that vouches for tampered bytes). */
  indexShasum: string | undefined;
  readonly requests: string[] = [];
  private server: Server | undefined;
  url = '';

  constructor(tarballPath = zigFixtureTarball()) {
    this.tarball = readFileSync(tarballPath);
    this.sha256 = createHash('sha256').update(this.tarball).digest('hex');
  }

  signature(options: Parameters<typeof minisignSignature>[3] = {}, key = this.key): string {
    return minisignSignature(key, this.tarball, this.fileName, options);
  }

  indexJson(): string {
    const tarball = `${this.url}/${ZIG_TEST_VERSION}/${this.fileName}`;
    return JSON.stringify({
      master: {
        version: '0.18.0-dev.1+abcdef',
        [HOST]: { tarball: `${this.url}/builds/zig-${HOST}-0.18.0-dev.tar.xz`, shasum: '0'.repeat(64), size: '1' },
      },
      [ZIG_TEST_VERSION]: {
        date: '2026-01-01',
        [HOST]: { tarball, shasum: this.indexShasum ?? this.sha256, size: String(this.tarball.length) },
      },
      '0.13.0': { [HOST]: { tarball: `${this.url}/0.13.0/zig-linux-x86_64-0.13.0.tar.xz`, shasum: '1'.repeat(64), size: '47082308' } },
    });
  }

  async start(): Promise<this> {
    const signature = this.signature();
    this.server = createServer((request, response) => {
      const path = request.url ?? '';
      this.requests.push(path);
      const resource =
        path === '/download/index.json'
          ? 'index'
          : path.endsWith(`/${this.fileName}`)
            ? 'tarball'
            : path.endsWith(`/${this.fileName}.minisig`)
              ? 'minisig'
              : undefined;
      if (!resource) return response.writeHead(404).end();
      const fault = this.faults.get(resource);
      if (fault?.kind === 'status') return response.writeHead(fault.status).end();
      let body: Buffer =
        resource === 'index' ? Buffer.from(this.indexJson()) : resource === 'tarball' ? this.tarball : Buffer.from(signature);
      if (fault?.kind === 'body') body = Buffer.from(fault.body);
      if (fault?.kind === 'flip-byte') {
        body = Buffer.from(body);
        body[fault.offset]! ^= 0xff;
      }
      response.writeHead(200, { 'content-length': body.length });
      response.end(body);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/download`;
    return this;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

/** Files under `dir`, relative, for "nothing left behind" checks. */
export function listTree(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((entry) => statSync(join(dir, entry)).isFile() || statSync(join(dir, entry)).isDirectory())
    .sort();
}
