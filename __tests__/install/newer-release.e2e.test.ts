// A floating go-version answered by an older Go in the tool cache (a runner image that lags the Go
// project), through the action: one notice naming the newer release and check-latest: true, when
// the release list was read anyway; no notice, and no list asked for, when the tool cache answered
// alone. A local module proxy lists 1.99.1 and 1.99.2, proved by a local checksum database.
import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestSumdb } from '../harness/sumdb-server';
import { buildZip, fakeToolchainEntries, h1Of, MODULE, ToolchainProxy } from '../harness/proxy-server';
import type { StepResult } from '../harness/runner';
import { newJob } from './fixture';

const OLDER = 'v0.0.1-go1.99.1.linux-amd64';
const NEWER = 'v0.0.1-go1.99.2.linux-amd64';
const GO_MOD_HASH = `h1:${Buffer.alloc(32, 7).toString('base64')}`;
const NOTICE =
  /^input go-version "1\.99": the tool cache had Go 1\.99\.1, but GOPROXY http:\/\/127\.0\.0\.1:\d+ lists Go 1\.99\.2 as the newest Go 1\.99\.x release; set check-latest: true to install Go 1\.99\.2$/;

const db = new TestSumdb('sum.test.example');
const proxy = new ToolchainProxy(db);
/** A tool cache shared by the jobs of a test, holding Go 1.99.1 as an earlier job left it. */
let toolCache: string;
let goRoot: string;

before(async () => {
  db.addFiller(50);
  for (const version of [OLDER, NEWER]) {
    const entries = fakeToolchainEntries(version);
    db.add(MODULE, version, h1Of(entries), GO_MOD_HASH);
    proxy.addZip(version, buildZip(entries));
  }
  await proxy.start();
});
after(() => proxy.stop());

const inputs = (goVersion: string, extra: Record<string, string> = {}) => ({
  'go-version': goVersion,
  'go-download-source': 'proxy',
  goproxy: proxy.url,
  gosumdb: db.key.verifierKey,
  cache: 'false',
  'drift-check': 'off',
  ...extra,
});

async function runWithSharedCache(goVersion: string, extra: Record<string, string> = {}): Promise<StepResult> {
  const job = newJob({ toolCache });
  try {
    return await job.runAction({ inputs: inputs(goVersion, extra) });
  } finally {
    job.cleanup();
  }
}

const newerNotices = (result: StepResult) => result.annotations.filter((a) => /check-latest: true/.test(a.message));

beforeEach(async () => {
  if (toolCache) rmSync(toolCache, { recursive: true, force: true });
  toolCache = mkdtempSync(join(tmpdir(), 'sgg-newer-release-'));
  const first = await runWithSharedCache('1.99.1');
  assert.equal(first.code, 0, first.stdout + first.stderr);
  goRoot = first.outputs['go-root']!;
  proxy.requests.length = 0;
});
after(() => rmSync(toolCache, { recursive: true, force: true }));

test('a tool-cache Go that answers a floating spec alone: no notice, and no release list asked for', async () => {
  const result = await runWithSharedCache('1.99');
  assert.equal(result.code, 0, result.stdout + result.stderr);
  assert.equal(result.outputs['go-version'], '1.99.1');
  assert.deepEqual(newerNotices(result), []);
  assert.ok(!proxy.requests.some((path) => path.endsWith('@v/list')), proxy.requests.join('\n'));
});

test('the release list read to replace a tool-cache Go names the newer release in one notice', async () => {
  // A changed file: the tool-cache copy no longer matches the database, so the route is opened to replace it.
  writeFileSync(join(goRoot, 'src', 'fmt', 'print.go'), 'package fmt // changed\n');
  const result = await runWithSharedCache('1.99');
  assert.equal(result.code, 0, result.stdout + result.stderr);
  assert.equal(result.outputs['go-version'], '1.99.1');
  const notices = newerNotices(result);
  assert.equal(notices.length, 1, JSON.stringify(result.annotations));
  assert.equal(notices[0]!.level, 'notice');
  assert.match(notices[0]!.message, NOTICE);
  assert.equal(proxy.requests.filter((path) => path.endsWith('@v/list')).length, 1, 'the list was read once, to replace the Go');
  assert.match(result.summary, /the tool cache had Go 1\.99\.1, but GOPROXY .* lists Go 1\.99\.2/);
});

test('an exact go-version, or check-latest: true, gets no such notice', async () => {
  writeFileSync(join(goRoot, 'src', 'fmt', 'print.go'), 'package fmt // changed\n');
  const exact = await runWithSharedCache('1.99.1');
  assert.equal(exact.code, 0, exact.stdout + exact.stderr);
  assert.deepEqual(newerNotices(exact), []);
  const latest = await runWithSharedCache('1.99', { 'check-latest': 'true' });
  assert.equal(latest.code, 0, latest.stdout + latest.stderr);
  assert.equal(latest.outputs['go-version'], '1.99.2');
  assert.deepEqual(newerNotices(latest), []);
});
