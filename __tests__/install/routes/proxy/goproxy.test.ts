// GOPROXY and GOSUMDB behaviour of the proxy route, against local proxies and a local database.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { downloadAndVerifyFromProxy, listProxyReleases, resolveFromProxy } from '../../../../src/install/routes/proxy/index';
import { describeGoproxy, parseGoproxy, tryProxies } from '../../../../src/install/routes/proxy/goproxy';
import { proxyOptions, proxyRoute } from '../../../../src/install/routes/proxy/route';
import { goPlatform } from '../../../../src/install/routes/platform';
import { HttpStatusError } from '../../../../src/http/status-error';
import { parseInstallInputs } from '../../../../src/inputs/install';
import { InputReader } from '../../../../src/inputs/reader';
import { redactUrl } from '../../../../src/shared/credentials';
import { parseVersionSpec } from '../../../../src/version/spec';
import { TestSumdb } from '../../../harness/sumdb-server';
import { buildZip, fakeToolchainEntries, h1Of, MODULE, startSumdbServer, ToolchainProxy } from '../../../harness/proxy-server';

const MODULE_VERSION = 'v0.0.1-go1.99.1.linux-amd64';
const db = new TestSumdb('sum.test.example');
const good = new ToolchainProxy(db);
const other = new ToolchainProxy(db);
let directDb: { url: string; stop: () => Promise<void> };

before(async () => {
  const entries = fakeToolchainEntries(MODULE_VERSION);
  db.addFiller(40);
  db.add(MODULE, MODULE_VERSION, h1Of(entries), `h1:${Buffer.alloc(32).toString('base64')}`);
  await good.start();
  await other.start();
  good.addZip(MODULE_VERSION, buildZip(entries));
  directDb = await startSumdbServer(db);
});
after(async () => {
  await good.stop();
  await other.stop();
  await directDb.stop();
  for (const dir of parents) rmSync(dir, { recursive: true, force: true });
});

function reset(): void {
  for (const proxy of [good, other]) {
    proxy.requests.length = 0;
    for (const key of Object.keys(proxy.faults)) delete proxy.faults[key as keyof typeof proxy.faults];
  }
}

const parents: string[] = [];

async function installWith(goproxy: string, extra: { gosumdb?: string; origin?: string; log?: (line: string) => void } = {}) {
  const parent = mkdtempSync(join(tmpdir(), 'sgg-goproxy-'));
  parents.push(parent);
  const stagingDir = join(parent, 'staging');
  const result = await downloadAndVerifyFromProxy({
    version: '1.99.1',
    goos: 'linux',
    goarch: 'amd64',
    stagingDir,
    goproxy,
    gosumdb: extra.gosumdb ?? db.key.verifierKey,
    origin: extra.origin ?? 'http://127.0.0.1:9',
    log: extra.log ?? (() => undefined),
  });
  return { result, stagingDir };
}

describe('GOPROXY list parsing', () => {
  test('separators, keywords, default scheme', () => {
    assert.deepEqual(parseGoproxy('https://a.example/,corp.example|direct'), [
      { kind: 'url', url: 'https://a.example', fallThroughOnAnyError: false },
      { kind: 'url', url: 'https://corp.example', fallThroughOnAnyError: true },
      { kind: 'direct', fallThroughOnAnyError: false },
    ]);
    assert.deepEqual(parseGoproxy('off'), [{ kind: 'off' }]);
  });

  test("unset, empty or blank GOPROXY is Go's default list: proxy.golang.org first, then direct", () => {
    const goDefault = [
      { kind: 'url', url: 'https://proxy.golang.org', fallThroughOnAnyError: false },
      { kind: 'direct', fallThroughOnAnyError: false },
    ];
    for (const value of [undefined, '', '  ']) assert.deepEqual(parseGoproxy(value), goDefault, JSON.stringify(value));
    // The whole way from the job's settings to the list the proxy route tries, for a job with no
    // GOPROXY and one with GOPROXY empty (which go also reads as its default).
    for (const env of [{}, { GOPROXY: '' }, { GOPROXY: ' ' }]) {
      const options = parseInstallInputs(
        new InputReader((name) => ({ 'go-version': '1.26', 'go-download-source': 'proxy' })[name] ?? ''),
        tmpdir(),
        env,
        { platform: 'linux', arch: 'x64' },
      );
      assert.deepEqual(parseGoproxy(proxyOptions(options).goproxy), goDefault, JSON.stringify(env));
    }
  });

  test('the route tries the default list in order: proxy.golang.org, then the origin on a 404', async () => {
    const asked: string[] = [];
    await assert.rejects(
      tryProxies(parseGoproxy(undefined), 'http://origin.invalid', 'listing', async (base) => {
        asked.push(base);
        throw new HttpStatusError(`${base}/list`, 404);
      }),
      /listing failed:\n {2}https:\/\/proxy\.golang\.org: GET .* 404\n {2}direct: GET http:\/\/origin\.invalid\/list answered HTTP 404/,
    );
    assert.deepEqual(asked, ['https://proxy.golang.org', 'http://origin.invalid']);
  });

  test('messages name the GOPROXY in force, saying when it is the default, without credentials', () => {
    assert.equal(describeGoproxy(undefined), "GOPROXY https://proxy.golang.org,direct (Go's default: GOPROXY is not set)");
    assert.equal(describeGoproxy(''), describeGoproxy(undefined));
    assert.equal(describeGoproxy('off'), 'GOPROXY off');
    assert.equal(describeGoproxy('https://u:pw@corp.example,direct'), 'GOPROXY https://***@corp.example,direct');
  });

  test('credentials are redacted from URLs', () => {
    assert.equal(redactUrl('https://user:hunter2@proxy.example/x'), 'https://***@proxy.example/x');
    assert.equal(redactUrl('https://token@proxy.example/'), 'https://***@proxy.example/');
  });
});

describe('GOPROXY fall-through', () => {
  test('"," falls through on 404 to the next proxy', async () => {
    reset();
    other.faults.allStatus = 404;
    const { result } = await installWith(`${other.url},${good.url}`);
    assert.deepEqual(result.anchors, [{ kind: 'sumdb', name: 'sum.test.example', keyHash: db.key.keyHash.toString('hex') }]);
    assert.ok(other.requests.length > 0 && good.requests.some((path) => path.endsWith('.zip')));
  });

  test('"," stops on a 500 and names the failing proxy; the next one is never asked', async () => {
    reset();
    other.faults.status = { [`${MODULE}/@v/${MODULE_VERSION}.zip`]: 500 };
    await assert.rejects(
      installWith(`${other.url},${good.url}`),
      (error: Error) =>
        error.message.includes(`${other.url}: download of `) &&
        error.message.includes(`GET ${other.url}/${MODULE}/@v/${MODULE_VERSION}.zip answered HTTP 500`),
    );
    assert.ok(!good.requests.some((path) => path.endsWith('.zip')));
  });

  test('"|" falls through on any error', async () => {
    reset();
    other.faults.allStatus = 500;
    const { result } = await installWith(`${other.url}|${good.url}`);
    assert.equal(result.details.moduleVersion, MODULE_VERSION);
  });

  test('off is an error that says so', async () => {
    reset();
    await assert.rejects(
      installWith('off', { gosumdb: `${db.key.verifierKey} ${directDb.url}` }),
      /downloading golang\.org\/toolchain@v0\.0\.1-go1\.99\.1\.linux-amd64 through GOPROXY off failed:\n {2}GOPROXY=off: module downloads are disabled/,
    );
  });

  test('direct downloads from the origin and asks the database itself', async () => {
    reset();
    const { result } = await installWith('direct', { origin: good.url, gosumdb: `${db.key.verifierKey} ${directDb.url}` });
    assert.equal(result.details.sumdbBase, directDb.url);
    assert.ok(!good.requests.some((path) => path.startsWith('sumdb/')), 'the origin was not asked for the database');
  });

  test('a proxy that does not serve the database is skipped for the next one', async () => {
    reset();
    other.faults.noSumdb = true;
    other.addZip(MODULE_VERSION, buildZip(fakeToolchainEntries(MODULE_VERSION)));
    const { result } = await installWith(`${other.url},${good.url}`);
    assert.equal(result.details.sumdbBase, `${good.url}/sumdb/sum.test.example`);
    other.zips.clear();
  });

  test('credentials in a proxy URL authenticate and never appear in logs or errors', async () => {
    reset();
    good.faults.basicAuth = 'ci-user:s3cret-Passw0rd';
    const withCredentials = good.url.replace('http://', 'http://ci-user:s3cret-Passw0rd@');
    const logs: string[] = [];
    const { result } = await installWith(withCredentials, { log: (line) => logs.push(line) });
    assert.ok(logs.length > 0 && logs.every((line) => !line.includes('s3cret-Passw0rd')));
    assert.ok(!result.details.sumdbBase.includes('s3cret-Passw0rd'));
    good.faults.basicAuth = 'ci-user:other';
    await assert.rejects(
      installWith(withCredentials),
      (error: Error) => error.message.includes('401') && !error.message.includes('s3cret-Passw0rd'),
    );
  });

  test('GOSUMDB=off is refused for toolchains before anything is downloaded', async () => {
    reset();
    await assert.rejects(installWith(good.url, { gosumdb: 'off' }), /go itself refuses it too/);
    assert.deepEqual(good.requests, []);
  });
});

describe('version resolution from @v/list', () => {
  const listing = new ToolchainProxy();
  before(async () => {
    await listing.start();
    const zip = Buffer.from('unused');
    for (const v of [
      'v0.0.1-go1.20.linux-amd64',
      'v0.0.1-go1.20.14.linux-amd64',
      'v0.0.1-go1.21.13.linux-amd64',
      'v0.0.1-go1.22.5.linux-amd64',
      'v0.0.1-go1.22.12.darwin-arm64',
      'v0.0.1-go1.23rc2.linux-amd64',
      'v0.0.1-go1.22.7.linux-arm',
      'v0.0.1-go1.21.0.linux-amd64',
    ])
      listing.addZip(v, zip);
  });
  after(() => listing.stop());

  const resolve = (spec: string, goarch = 'amd64') =>
    resolveFromProxy(parseVersionSpec(spec, 'go-version').spec, { goos: 'linux', goarch, goproxy: listing.url });

  test('minor lines, stable, oldstable and ranges resolve per platform', async () => {
    assert.equal(await resolve('1.22'), '1.22.5');
    assert.equal(await resolve('stable'), '1.22.5');
    assert.equal(await resolve('oldstable'), '1.21.13');
    assert.equal(await resolve('>=1.20 <1.21'), '1.20.14');
    assert.equal(await resolve('1.20.0'), '1.20.0');
    assert.equal(await resolve('1.23rc2'), '1.23rc2');
  });

  test('linux 32-bit ARM is listed as linux-arm', async () => {
    assert.equal(await resolve('1.22', 'armv6l'), '1.22.7');
    assert.deepEqual(await listProxyReleases('linux', 'arm', { goproxy: listing.url }), [{ version: '1.22.7', stable: true }]);
  });

  test('no match names the GOPROXY, the platform and the spec', async () => {
    await assert.rejects(resolve('1.19'), (error: Error) =>
      error.message.startsWith(
        `GOPROXY ${listing.url} lists no golang.org/toolchain release for linux-amd64 matching the newest Go 1.19.x release`,
      ),
    );
  });

  test('the route is labelled with the GOPROXY it lists from, for the summary and the receipt', async () => {
    const route = await proxyRoute({ platform: goPlatform('linux', 'x64'), goproxy: listing.url });
    assert.equal(route.label, `GOPROXY ${listing.url}`);
    assert.ok(route.releases.some((release) => release.version === '1.22.5'));
  });

  test('a failed listing names the GOPROXY it went through', async () => {
    await assert.rejects(
      listProxyReleases('linux', 'amd64', { goproxy: `${listing.url}/missing` }),
      new RegExp(`^GoproxyError: listing golang\\.org/toolchain versions through GOPROXY ${listing.url}/missing failed:`),
    );
  });
});
