// Receipts on disk: written and read as the `verified` output lists anchors, including receipts
// that earlier versions wrote.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listCachedGo, newReceipt, writeReceipt } from '../../src/tool-cache/entries';
import { holdsGo } from '../../src/tool-cache/layout';

let root: string;
const savedToolCache = process.env.RUNNER_TOOL_CACHE;

/** A complete Go 1.22.5 slot with `receipt` written beside it as raw JSON. */
function slotWithReceipt(version: string, receipt: object | undefined): string {
  const semver = version.split('.').length === 2 ? `${version}.0` : version;
  const dir = join(root, 'go', semver, 'x64');
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}.complete`, '');
  if (receipt) writeFileSync(join(root, 'go', semver, 'x64.setup-go-golden.json'), JSON.stringify(receipt));
  return dir;
}

const OLD_RECEIPT = {
  tool: 'setup-go-golden',
  version: '1.22.5',
  arch: 'x64',
  source: 'go.dev',
  url: 'https://dl.google.com/go/go1.22.5.linux-amd64.tar.gz',
  fileName: 'go1.22.5.linux-amd64.tar.gz',
  anchors: ['sha256:go.dev', 'openpgp:EB4C1BFD4F042F6DDDCCEC917721F63BD38B4796', 'sumdb:sum.golang.org'],
  installedAt: '2025-01-01T00:00:00.000Z',
};

describe('tool cache receipts', () => {
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'sgg-tool-cache-'));
    process.env.RUNNER_TOOL_CACHE = root;
  });
  after(() => {
    rmSync(root, { recursive: true, force: true });
    if (savedToolCache === undefined) delete process.env.RUNNER_TOOL_CACHE;
    else process.env.RUNNER_TOOL_CACHE = savedToolCache;
  });

  test('listing finds complete entries of the architecture only, as the runner images lay them out', async () => {
    slotWithReceipt('1.24.1', undefined);
    // Unfinished: the folder without its marker, or the marker without its folder.
    mkdirSync(join(root, 'go', '1.24.2', 'x64'), { recursive: true });
    mkdirSync(join(root, 'go', '1.24.3'), { recursive: true });
    writeFileSync(join(root, 'go', '1.24.3', 'x64.complete'), '');
    // Another architecture, and folders that are not versions.
    mkdirSync(join(root, 'go', '1.24.4', 'arm64'), { recursive: true });
    writeFileSync(join(root, 'go', '1.24.4', 'arm64.complete'), '');
    mkdirSync(join(root, 'go', 'latest', 'x64'), { recursive: true });
    writeFileSync(join(root, 'go', 'latest', 'x64.complete'), '');
    const versions = (await listCachedGo('x64')).map((entry) => entry.version);
    assert.ok(versions.includes('1.24.1'), versions.join(' '));
    for (const absent of ['1.24.2', '1.24.3', '1.24.4', 'latest'])
      assert.ok(!versions.includes(absent), `${absent} in ${versions.join(' ')}`);
    assert.deepEqual(
      (await listCachedGo('arm64')).map((entry) => entry.version),
      ['1.24.4'],
    );
  });

  test('a receipt an earlier version wrote is read with its anchors', async () => {
    slotWithReceipt('1.22.5', OLD_RECEIPT);
    const [found] = (await listCachedGo('x64')).filter((entry) => entry.version === '1.22.5');
    assert.deepEqual(found?.receipt?.anchors, [
      { kind: 'sha256', from: 'go.dev' },
      { kind: 'openpgp', fingerprint: 'EB4C1BFD4F042F6DDDCCEC917721F63BD38B4796' },
      { kind: 'sumdb', name: 'sum.golang.org' },
    ]);
  });

  test('a receipt naming an anchor we never write counts as no receipt: the Go is checked again', async () => {
    slotWithReceipt('1.21.0', { ...OLD_RECEIPT, version: '1.21.0', anchors: ['sha256:go.dev', 'trust:me'] });
    const [found] = (await listCachedGo('x64')).filter((entry) => entry.version === '1.21.0');
    assert.ok(found, 'the Go itself is listed');
    assert.equal(found.receipt, undefined);
  });

  test('a receipt with a field of another shape (a forged h1, a digest that is no digest) counts as no receipt', async () => {
    for (const [semver, odd] of [
      ['1.20.1', { h1: 'h1:x\n::add-path::/tmp/evil' }],
      ['1.20.2', { h1: 42 }],
      ['1.20.3', { sha256: 'not-a-digest' }],
      ['1.20.4', { source: { url: 'x' } }],
    ] as const) {
      slotWithReceipt(semver, { ...OLD_RECEIPT, version: semver, ...odd });
      const [found] = (await listCachedGo('x64')).filter((entry) => entry.version === semver);
      assert.ok(found, 'the Go itself is listed');
      assert.equal(found.receipt, undefined, JSON.stringify(odd));
    }
  });

  test('a receipt is written with anchors as text and read back as written', async () => {
    slotWithReceipt('1.23.1', undefined);
    const receipt = newReceipt('1.23.1', 'x64', {
      source: 'the tool cache (preinstalled)',
      url: 'golang.org/toolchain@v0.0.1-go1.23.1.linux-amd64',
      fileName: '',
      h1: `h1:${Buffer.alloc(32, 9).toString('base64')}`,
      anchors: [{ kind: 'sumdb', name: 'sum.golang.org', keyHash: '033de0ae' }],
      preinstalled: true,
    });
    await writeReceipt(receipt);
    const onDisk = JSON.parse(readFileSync(join(root, 'go', '1.23.1', 'x64.setup-go-golden.json'), 'utf8'));
    // The database with its key hash, even Google's: no reader has to assume whose it was.
    assert.deepEqual(onDisk.anchors, ['sumdb:sum.golang.org+033de0ae']);
    const [found] = (await listCachedGo('x64')).filter((entry) => entry.version === '1.23.1');
    assert.deepEqual(found?.receipt, receipt);
  });
});

describe('the hint that a run may hash a Go from the tool cache', () => {
  let cache: string;
  /** A complete Go slot of `arch`, with our receipt when `receipt` says so. */
  const slot = (semver: string, arch: string, receipt: boolean): void => {
    mkdirSync(join(cache, 'go', semver, arch), { recursive: true });
    writeFileSync(join(cache, 'go', semver, `${arch}.complete`), '');
    if (receipt) writeFileSync(join(cache, 'go', semver, `${arch}.setup-go-golden.json`), '{}');
  };
  before(() => {
    cache = mkdtempSync(join(tmpdir(), 'sgg-hint-'));
  });
  after(() => {
    rmSync(cache, { recursive: true, force: true });
    if (savedToolCache === undefined) delete process.env.RUNNER_TOOL_CACHE;
    else process.env.RUNNER_TOOL_CACHE = savedToolCache;
  });

  test('a complete Go of the architecture counts, with our receipt or without (a receipt is no proof)', () => {
    delete process.env.RUNNER_TOOL_CACHE;
    assert.equal(holdsGo('x64'), false, 'no tool cache');
    process.env.RUNNER_TOOL_CACHE = cache;
    assert.equal(holdsGo('x64'), false, 'an empty tool cache');
    mkdirSync(join(cache, 'go', '1.24.2', 'x64'), { recursive: true });
    assert.equal(holdsGo('x64'), false, 'a folder without its marker');
    slot('1.24.3', 'arm64', false);
    assert.equal(holdsGo('x64'), false, 'another architecture');
    assert.equal(holdsGo('arm64'), true, 'its own architecture');
    slot('1.24.1', 'x64', true);
    assert.equal(holdsGo('x64'), true, 'a Go with our receipt');
    rmSync(join(cache, 'go', '1.24.1'), { recursive: true });
    slot('1.24.4', 'x64', false);
    assert.equal(holdsGo('x64'), true, 'a runner image Go');
  });
});
