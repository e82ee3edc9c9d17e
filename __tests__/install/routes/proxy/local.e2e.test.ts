// The proxy route against a local proxy and a local checksum database (real tlog, tiles, Ed25519):
// the happy path and every fault must either install a verified tree or fail clearly and leave nothing.
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { downloadAndVerifyFromProxy } from '../../../../src/install/routes/proxy/index';
import { generateSigningKey, TestSumdb } from '../../../harness/sumdb-server';
import { buildZip, fakeToolchainEntries, h1Of, MODULE, ToolchainProxy, type FakeZipEntry } from '../../../harness/proxy-server';

const VERSION = '1.99.1';
const MODULE_VERSION = 'v0.0.1-go1.99.1.linux-amd64';
const PREFIX = `${MODULE}@${MODULE_VERSION}/`;
const GO_MOD_HASH = `h1:${Buffer.alloc(32, 7).toString('base64')}`;

let db: TestSumdb;
let proxy: ToolchainProxy;
let recordId: number;
let parent: string;
let stagingDir: string;
let logs: string[];

/** Serves `entries` as the release and records `recordedHash` (default: their real h1) in the log. */
async function serve(entries: FakeZipEntry[], recordedHash?: string): Promise<void> {
  db = new TestSumdb('sum.test.example');
  db.addFiller(300);
  recordId = db.add(MODULE, MODULE_VERSION, recordedHash ?? h1Of(entries), GO_MOD_HASH);
  db.addFiller(100);
  await proxy?.stop();
  proxy = new ToolchainProxy(db);
  await proxy.start();
  proxy.addZip(MODULE_VERSION, buildZip(entries));
}

function install() {
  return downloadAndVerifyFromProxy({
    version: VERSION,
    goos: 'linux',
    goarch: 'amd64',
    stagingDir,
    goproxy: proxy.url,
    gosumdb: db.key.verifierKey,
    origin: 'http://127.0.0.1:9',
    log: (line) => logs.push(line),
  });
}

async function assertFailsLeavingNothing(pattern: RegExp): Promise<void> {
  await assert.rejects(install(), pattern);
  assert.deepEqual(readdirSync(stagingDir), [], 'the staging directory is empty again');
  assert.deepEqual(readdirSync(parent), ['staging'], 'nothing was written beside it');
}

before(async () => {
  await serve(fakeToolchainEntries(MODULE_VERSION));
});
const parents: string[] = [];
beforeEach(() => {
  parent = mkdtempSync(join(tmpdir(), 'sgg-proxy-'));
  parents.push(parent);
  stagingDir = join(parent, 'staging');
  logs = [];
});
after(async () => {
  await proxy.stop();
  for (const dir of parents) rmSync(dir, { recursive: true, force: true });
});

describe('proxy install against a local proxy and checksum database', () => {
  test('installs a verified GOROOT: prefix stripped, go.mod restored, executables marked', async () => {
    await serve(fakeToolchainEntries(MODULE_VERSION));
    const staged = await install();
    assert.equal(staged.stagedGoRoot, join(stagingDir, 'go'));
    assert.deepEqual(staged.anchors, [{ kind: 'sumdb', name: 'sum.test.example', keyHash: db.key.keyHash.toString('hex') }]);
    assert.equal(staged.details.recordId, recordId);
    assert.equal(staged.details.zipHash, h1Of(fakeToolchainEntries(MODULE_VERSION)));
    assert.deepEqual(readdirSync(stagingDir), ['go'], 'the downloaded zip is gone');
    const goRoot = staged.stagedGoRoot;
    assert.equal(execFileSync(join(goRoot, 'bin', 'go'), ['version'], { encoding: 'utf8' }).trim(), 'go version go1.99.1 linux/amd64');
    assert.ok(statSync(join(goRoot, 'pkg/tool/linux_amd64/compile')).mode & 0o100);
    assert.equal(statSync(join(goRoot, 'src/fmt/print.go')).mode & 0o111, 0);
    assert.ok(existsSync(join(goRoot, 'src/go.mod')) && existsSync(join(goRoot, 'src/cmd/go.mod')));
    assert.ok(!existsSync(join(goRoot, 'src/_go.mod')));
    assert.ok(logs.some((line) => line.includes(`record ${recordId} proved`)));
  });

  test('a zip whose h1 differs from the database record is refused', async () => {
    await serve(fakeToolchainEntries(MODULE_VERSION), `h1:${Buffer.alloc(32, 1).toString('base64')}`);
    await assertFailsLeavingNothing(/the downloaded zip hashes to h1:\S+, but the checksum database sum\.test\.example records h1:AQEB/);
  });

  test('a tree head with a bad signature is refused', async () => {
    await serve(fakeToolchainEntries(MODULE_VERSION));
    db.faults.badSignature = true;
    await assertFailsLeavingNothing(/invalid signature by sum\.test\.example/);
  });

  test('a tree head signed by an unknown key is refused', async () => {
    await serve(fakeToolchainEntries(MODULE_VERSION));
    db.faults.signWith = generateSigningKey('sum.test.example');
    await assertFailsLeavingNothing(/signed only by unknown key/);
  });

  test('a tile that breaks the inclusion proof is refused', async () => {
    await serve(fakeToolchainEntries(MODULE_VERSION));
    db.faults.corruptLeafInTiles = recordId ^ 1;
    await assertFailsLeavingNothing(/inclusion proof failed: record \d+ is not proved/);
  });

  test('a partial tile that 404s is replaced by the full tile, and the install succeeds', async () => {
    await serve(fakeToolchainEntries(MODULE_VERSION));
    db.signedSize = db.size;
    db.addFiller(512 - db.size);
    db.faults.partialTilesGone = true;
    const staged = await install();
    assert.deepEqual(staged.anchors, [{ kind: 'sumdb', name: 'sum.test.example', keyHash: db.key.keyHash.toString('hex') }]);
    const partialWidth = db.signedSize - 256;
    assert.ok(db.requests.includes(`tile/8/0/001.p/${partialWidth}`), 'the partial tile was asked for first');
    assert.ok(db.requests.includes('tile/8/0/001'), 'then the full tile');
  });

  test('a truncated zip download is refused', async () => {
    await serve(fakeToolchainEntries(MODULE_VERSION));
    proxy.faults.truncateZipAt = 300;
    await assertFailsLeavingNothing(/failed after 4 attempts: the connection closed after 300 of \d+ bytes/);
  });

  test('a zip cut short with a matching Content-Length is refused', async () => {
    await serve(fakeToolchainEntries(MODULE_VERSION));
    proxy.faults.cutZipTo = 300;
    await assertFailsLeavingNothing(/is not a usable module zip: not a zip file, or cut short/);
  });

  const hostile: Record<string, { entries: FakeZipEntry[]; error: RegExp }> = {
    'a name outside the module prefix': {
      entries: [...fakeToolchainEntries(MODULE_VERSION), { name: 'evil/bin/go', data: Buffer.from('x') }],
      error: /refusing zip entry "evil\/bin\/go": entry outside the top folder golang\.org\/toolchain@/,
    },
    'an absolute name': {
      entries: [...fakeToolchainEntries(MODULE_VERSION), { name: '/tmp/sgg-evil', data: Buffer.from('x') }],
      error: /refusing zip entry "\/tmp\/sgg-evil": absolute path in archive/,
    },
    'an absolute path after the prefix': {
      entries: [...fakeToolchainEntries(MODULE_VERSION), { name: `${PREFIX}/tmp/sgg-evil`, data: Buffer.from('x') }],
      error: /empty, "\." or "\.\." path element/,
    },
    'a ".." element': {
      entries: [...fakeToolchainEntries(MODULE_VERSION), { name: `${PREFIX}../../../sgg-evil`, data: Buffer.from('x') }],
      error: /refusing zip entry .*sgg-evil": path escapes the archive with '\.\.'/,
    },
    'a symbolic link': {
      entries: [...fakeToolchainEntries(MODULE_VERSION), { name: `${PREFIX}bin/link`, data: Buffer.from('/etc/passwd'), mode: 0o120777 }],
      error: /symbolic links are not allowed/,
    },
    "a size over Go's 500 MiB limit": {
      entries: [...fakeToolchainEntries(MODULE_VERSION), { name: `${PREFIX}big`, data: Buffer.from('x'), declaredSize: 501 * 1024 * 1024 }],
      error: /unpacks to more than 524288000 bytes/,
    },
    'names that collide when case is folded': {
      entries: [...fakeToolchainEntries(MODULE_VERSION), { name: `${PREFIX}version`, data: Buffer.from('x') }],
      error: /GOROOT\/version appears twice in the archive/,
    },
  };
  for (const [name, { entries, error }] of Object.entries(hostile)) {
    test(`a zip with ${name} is refused before anything is written`, async () => {
      await serve(entries);
      await assertFailsLeavingNothing(error);
      assert.ok(!existsSync('/tmp/sgg-evil') && !existsSync(join(parent, '..', 'sgg-evil')));
    });
  }
});
