// The proxy route against the real Go module proxy and the real checksum database (sum.golang.org,
// reached through the proxy). Zips are kept between runs in os.tmpdir(); verification runs every time.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkTreeAgainstSumdb, downloadAndVerifyFromProxy, resolveFromProxy } from '../../../../src/install/routes/proxy/index';
import { parseVersionSpec } from '../../../../src/version/spec';
import { startCachingProxy } from '../../../harness/proxy-server';

const upstream = execFileSync('go', ['env', 'GOPROXY'], { encoding: 'utf8' }).trim().split(/[,|]/u)[0]!;
const cacheDir = join(tmpdir(), 'setup-go-golden-fixtures', 'proxy');
let proxy: Awaited<ReturnType<typeof startCachingProxy>>;
const work = mkdtempSync(join(tmpdir(), 'sgg-real-proxy-'));
const log = (): void => undefined;

before(async () => {
  proxy = await startCachingProxy(upstream, cacheDir);
});
after(async () => {
  await proxy.stop();
  rmSync(work, { recursive: true, force: true });
});

async function stage(version: string, goos: string, goarch: string) {
  return downloadAndVerifyFromProxy({
    version,
    goos,
    goarch,
    stagingDir: join(work, `${version}-${goos}-${goarch}`),
    goproxy: proxy.url,
    log,
  });
}

describe(`real releases from ${upstream} verified by sum.golang.org`, () => {
  let newestRoot = '';
  let newest = '';

  test('the newest stable linux-amd64 release installs, verifies and runs', async () => {
    newest = await resolveFromProxy(parseVersionSpec('stable', 'go-version').spec, {
      goos: 'linux',
      goarch: 'amd64',
      goproxy: proxy.url,
      log,
    });
    const staged = await stage(newest, 'linux', 'amd64');
    assert.deepEqual(staged.anchors, [{ kind: 'sumdb', name: 'sum.golang.org', keyHash: '033de0ae' }]);
    assert.match(staged.details.zipHash, /^h1:[A-Za-z0-9+/]{43}=$/);
    assert.equal(staged.details.sumdbBase, `${proxy.url}/sumdb/sum.golang.org`);
    const goBin = join(staged.stagedGoRoot, 'bin', 'go');
    assert.equal(execFileSync(goBin, ['version'], { encoding: 'utf8' }).trim(), `go version go${newest} linux/amd64`);
    assert.equal(
      execFileSync(goBin, ['env', 'GOROOT'], { encoding: 'utf8', env: { ...process.env, GOROOT: '', GOTOOLCHAIN: 'local' } }).trim(),
      staged.stagedGoRoot,
    );
    assert.ok(existsSync(join(staged.stagedGoRoot, 'src', 'go.mod')));
    newestRoot = staged.stagedGoRoot;
  });

  test('an old line (Go 1.20, back-filled, pre-1.21 naming) installs, verifies and runs', async () => {
    const version = await resolveFromProxy(parseVersionSpec('1.20', 'go-version').spec, {
      goos: 'linux',
      goarch: 'amd64',
      goproxy: proxy.url,
      log,
    });
    assert.match(version, /^1\.20\.\d+$/);
    const staged = await stage(version, 'linux', 'amd64');
    assert.equal(
      execFileSync(join(staged.stagedGoRoot, 'bin', 'go'), ['version'], { encoding: 'utf8' }).trim(),
      `go version go${version} linux/amd64`,
    );
  });

  for (const [goos, goarch, goBinary] of [
    ['linux', 'arm64', 'go'],
    ['windows', 'amd64', 'go.exe'],
  ] as const) {
    test(`Go 1.26.10 ${goos}-${goarch} downloads and verifies`, async () => {
      const staged = await stage('1.26.10', goos, goarch);
      assert.equal(staged.details.moduleVersion, `v0.0.1-go1.26.10.${goos}-${goarch}`);
      assert.ok(readFileSync(join(staged.stagedGoRoot, 'VERSION'), 'utf8').startsWith('go1.26.10\n'));
      assert.ok(existsSync(join(staged.stagedGoRoot, 'bin', goBinary)));
    });
  }

  test('a tree in the go.dev archive layout verifies against the database; a changed file does not', async () => {
    assert.ok(newestRoot !== '', 'the newest release was installed');
    // The go.dev archive holds api/ doc/ misc/ test/ besides what the module zip has.
    for (const dir of ['api', 'doc', 'misc', 'test']) {
      mkdirSync(join(newestRoot, dir), { recursive: true });
      writeFileSync(join(newestRoot, dir, 'extra.txt'), 'only in the archive\n');
    }
    const verified = await checkTreeAgainstSumdb(newestRoot, newest, 'linux', 'amd64', { goproxy: proxy.url, log });
    assert.equal(verified.kind, 'match');
    assert.deepEqual(verified.kind === 'match' && verified.anchors, [{ kind: 'sumdb', name: 'sum.golang.org', keyHash: '033de0ae' }]);
    appendFileSync(join(newestRoot, 'go.env'), 'GOTOOLCHAIN=local\n');
    const changed = await checkTreeAgainstSumdb(newestRoot, newest, 'linux', 'amd64', { goproxy: proxy.url, log });
    assert.equal(changed.kind, 'mismatch');
    assert.match(
      changed.kind === 'mismatch' ? changed.reason : '',
      /does not match Go .* as recorded in the checksum database sum\.golang\.org/,
    );
  });
});
