// zig provisioning against a ziglang.org-like server on 127.0.0.1 serving a real zig (repackaged
// from PyPI's ziglang wheel) signed with a test minisign key: verified install into the tool cache
// with a receipt, tool-cache reuse, and refusals that leave nothing behind.
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { provideZig, type ZigRequest } from '../../src/zig/provision';
import { newMinisignKey } from '../harness/minisign';
import { listTree, ZIG_TEST_ROOT, ZIG_TEST_VERSION, ZigServer } from '../harness/zig-server';

let server: ZigServer;
let toolCache: string;
const savedEnv = { RUNNER_TOOL_CACHE: process.env.RUNNER_TOOL_CACHE };

before(async () => {
  server = await new ZigServer().start();
});

after(async () => {
  await server.close();
  process.env.RUNNER_TOOL_CACHE = savedEnv.RUNNER_TOOL_CACHE;
});

beforeEach(() => {
  toolCache = mkdtempSync(join(tmpdir(), 'sgg-zig-toolcache-'));
  process.env.RUNNER_TOOL_CACHE = toolCache;
  server.faults.clear();
  server.indexShasum = undefined;
  server.requests.length = 0;
});

const log: string[] = [];
const request = (overrides: Partial<ZigRequest> = {}): ZigRequest => ({
  version: ZIG_TEST_VERSION,
  downloadBaseUrl: server.url,
  signingKey: server.key.publicKey,
  log: (line) => log.push(line),
  ...overrides,
});

/** After a refusal: no zig in the tool cache, staging emptied. */
function assertNothingLeft(): void {
  assert.deepEqual(listTree(join(toolCache, 'zig')), []);
  assert.deepEqual(
    listTree(join(toolCache, '.setup-go-golden-staging')).filter((entry) => entry.includes('/')),
    [],
  );
  rmSync(toolCache, { recursive: true, force: true });
}

describe('zig provisioning', () => {
  test('downloads, verifies SHA-256 and minisign, installs into the tool cache with a receipt; then reuses it', async () => {
    const zig = await provideZig(request());
    const dir = join(toolCache, 'zig', ZIG_TEST_VERSION, process.arch);
    assert.equal(zig.path, join(dir, 'zig'));
    assert.equal(zig.origin, 'downloaded');
    assert.ok(existsSync(`${dir}.complete`));
    assert.ok(existsSync(join(dir, 'lib', 'libc', 'musl')), 'the zig lib folder came along');
    assert.equal(execFileSync(zig.path, ['version'], { encoding: 'utf8' }).trim(), ZIG_TEST_VERSION);
    const receipt = JSON.parse(readFileSync(join(toolCache, 'zig', ZIG_TEST_VERSION, `${process.arch}.setup-go-golden.json`), 'utf8'));
    assert.equal(receipt.sha256, server.sha256);
    assert.equal(receipt.fileName, `${ZIG_TEST_ROOT}.tar.xz`);
    assert.match(receipt.minisign.trustedComment, new RegExp(`file:${ZIG_TEST_ROOT}\\.tar\\.xz`));
    assert.deepEqual(zig.anchors, [`sha256:${new URL(server.url).host}`, `minisign:${receipt.minisign.keyId}`]);
    assert.deepEqual(receipt.anchors, zig.anchors);
    // Staging is gone; only the installed zig remains.
    assert.deepEqual(listTree(join(toolCache, '.setup-go-golden-staging')), []);

    server.requests.length = 0;
    const again = await provideZig(request());
    assert.equal(again.origin, 'tool-cache');
    assert.deepEqual(server.requests, [], 'no request at all for a version in the tool cache');
    rmSync(toolCache, { recursive: true, force: true });
  });

  test('a corrupt download (one flipped byte) is refused by its SHA-256', async () => {
    server.faults.set('tarball', { kind: 'flip-byte', offset: 1_000_000 });
    await assert.rejects(
      provideZig(request()),
      /SHA-256 of zig-x86_64-linux-0\.17\.1\.tar\.xz is [0-9a-f]{64}, but the zig index lists [0-9a-f]{64}: the download is corrupt or tampered with/,
    );
    assertNothingLeft();
  });

  test('tampered bytes the index vouches for are refused by the minisign signature', async () => {
    server.faults.set('tarball', { kind: 'flip-byte', offset: 1_000_000 });
    const tampered = Buffer.from(server.tarball);
    tampered[1_000_000]! ^= 0xff;
    server.indexShasum = (await import('node:crypto')).createHash('sha256').update(tampered).digest('hex');
    await assert.rejects(provideZig(request()), /minisign signature of zig-x86_64-linux-0\.17\.1\.tar\.xz does not match the file/);
    assertNothingLeft();
  });

  test('a signature by another key, or with no signature published, is refused', async () => {
    server.faults.set('minisig', { kind: 'body', body: server.signature({}, newMinisignKey()) });
    await assert.rejects(provideZig(request()), /is signed by minisign key [0-9A-F]{16}, not the trusted key [0-9A-F]{16}/);
    assertNothingLeft();

    toolCache = mkdtempSync(join(tmpdir(), 'sgg-zig-toolcache-'));
    process.env.RUNNER_TOOL_CACHE = toolCache;
    server.faults.set('minisig', { kind: 'status', status: 404 });
    await assert.rejects(provideZig(request()), /\.minisig answered 404: zig is only installed with its minisign signature/);
    assertNothingLeft();
  });

  test('the pinned Zig key is used when no key is given: a test-signed zig is refused', async () => {
    await assert.rejects(
      provideZig(request({ signingKey: '' })),
      /is signed by minisign key [0-9A-F]{16}, not the trusted key D900E7558DAD3A86/,
    );
    assertNothingLeft();
  });

  test('a signature made for another file (replayed from an older release) is refused', async () => {
    server.faults.set('minisig', {
      kind: 'body',
      body: server.signature({ trustedComment: 'timestamp:1700000000\tfile:zig-linux-x86_64-0.13.0.tar.xz\thashed' }),
    });
    await assert.rejects(
      provideZig(request()),
      /trusted comment names "zig-linux-x86_64-0\.13\.0\.tar\.xz", not zig-x86_64-linux-0\.17\.1\.tar\.xz/,
    );
    assertNothingLeft();
  });

  test('an unknown version and a bad key input are reported with their input names', async () => {
    await assert.rejects(
      provideZig(request({ version: '0.99.0' })),
      /input zig-version: 0\.99\.0 is not in .*index\.json \(newest: 0\.17\.1, 0\.13\.0\)/,
    );
    await assert.rejects(provideZig(request({ signingKey: 'not a key' })), /input zig-signing-key: /);
    assert.ok(!server.requests.some((path) => path.endsWith('.tar.xz')), 'nothing downloaded for bad inputs');
    assertNothingLeft();
  });
});
