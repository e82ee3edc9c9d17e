// A tool-cache receipt is a hint, not a proof (issue 27, classes 3 and 4), through the bundles under
// the runner emulator. The attacker is an earlier job on a persistent self-hosted runner: it can
// write the tool cache (trees, markers, receipts) before this job starts, but not the servers this
// job asks. The Go is a small golang.org/toolchain release served by a local module proxy and
// proved by a local checksum database (real tlog, real Ed25519), as in proxy-faults.e2e.test.ts.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { TestSumdb } from '../harness/sumdb-server';
import { buildZip, fakeToolchainEntries, h1Of, MODULE, ToolchainProxy, type FakeZipEntry } from '../harness/proxy-server';
import type { RunnerJob, StepResult } from '../harness/runner';
import { SHORT_DEADLINES, STEP_TIMEOUT_MS } from './fault-fixture';
import { errorsOf, newJob, startInstallFixture } from './fixture';

const VERSION = '1.99.1';
const MODULE_VERSION = 'v0.0.1-go1.99.1.linux-amd64';
const PREFIX = `${MODULE}@${MODULE_VERSION}/`;
const GO_MOD_HASH = `h1:${Buffer.alloc(32, 7).toString('base64')}`;
/** sum.golang.org's own verifier key: a job with it (or no gosumdb at all) expects Google's database. */
const GOOGLE_SUMDB_KEY = 'sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8';
const STDLIB_FILE = 'src/fmt/print.go';
const PUBLISHED = fakeToolchainEntries(MODULE_VERSION);

/** A database and a proxy serving `entries` as release 1.99.1, recorded with their real h1. */
async function startRelease(dbName: string, entries: FakeZipEntry[]): Promise<{ db: TestSumdb; proxy: ToolchainProxy }> {
  const db = new TestSumdb(dbName);
  db.addFiller(300);
  db.add(MODULE, MODULE_VERSION, h1Of(entries), GO_MOD_HASH);
  db.addFiller(100);
  const proxy = new ToolchainProxy(db);
  await proxy.start();
  proxy.addZip(MODULE_VERSION, buildZip(entries));
  return { db, proxy };
}

let honest: { db: TestSumdb; proxy: ToolchainProxy };
before(async () => {
  honest = await startRelease('sum.test.example', PUBLISHED);
});
after(async () => {
  await honest.proxy.stop();
});

/** `name+hash`: how outputs and receipts name a database whose key is not sum.golang.org's. */
const named = (db: TestSumdb) => `sumdb:${db.name}+${db.key.keyHash.toString('hex')}`;
const inputs = (extra: Record<string, string> = {}) => ({
  'go-version': VERSION,
  'go-download-source': 'proxy',
  goproxy: honest.proxy.url,
  gosumdb: honest.db.key.verifierKey,
  cache: 'false',
  'drift-check': 'off',
  ...extra,
});
const goRootOf = (job: RunnerJob) => join(job.toolCache, 'go', VERSION, 'x64');
const receiptOf = (goRoot: string) => `${goRoot}.setup-go-golden.json`;
/** Beside the tree, not in it: created by a planted go command if anything runs it. */
const ranMarkerOf = (goRoot: string) => `${goRoot}.planted-go-ran`;
const warningsOf = (result: StepResult) =>
  result.annotations
    .filter((a) => a.level === 'warning')
    .map((a) => a.message)
    .join('\n');

async function runAction(job: RunnerJob, extra: Record<string, string> = {}): Promise<StepResult> {
  return job.runAction({ inputs: inputs(extra), env: SHORT_DEADLINES, timeoutMs: STEP_TIMEOUT_MS });
}

/** The honest earlier job: installs the published release (and its receipt) into a fresh tool cache. */
async function installedByEarlierJob(): Promise<{ toolCache: RunnerJob; goRoot: string }> {
  const job = newJob();
  const result = await runAction(job);
  assert.equal(result.code, 0, result.stdout + result.stderr);
  return { toolCache: job, goRoot: result.outputs['go-root']! };
}

/** Changes one byte of a file in place: same inode, same size, its times put back. */
function editInPlace(path: string): void {
  const { atime, mtime, size } = statSync(path);
  const bytes = readFileSync(path);
  bytes[10] = bytes[10]! ^ 0x20;
  writeFileSync(path, bytes);
  utimesSync(path, atime, mtime);
  assert.equal(statSync(path).size, size);
}

/** The go command as a wrapper: it leaves a mark, then does what the real one did. */
function wrappedGo(goRoot: string, original: string): string {
  return original.replace('#!/bin/sh\n', `#!/bin/sh\ntouch '${ranMarkerOf(goRoot)}'\n`);
}

function assertPublishedTreeAt(goRoot: string): void {
  const published = PUBLISHED.find((entry) => entry.name === `${PREFIX}${STDLIB_FILE}`)!;
  assert.deepEqual(readFileSync(join(goRoot, STDLIB_FILE)), published.data);
  assert.doesNotMatch(readFileSync(join(goRoot, 'bin', 'go'), 'utf8'), /touch/);
}

describe('class 3: a receipt is a hint, not a proof; the tree is hashed and proved on every use', () => {
  test('a stdlib file edited in place (same size, times put back) is not used: a verified copy replaces it', async () => {
    const { toolCache, goRoot } = await installedByEarlierJob();
    try {
      editInPlace(join(goRoot, STDLIB_FILE));
      const zipsBefore = honest.proxy.requests.filter((path) => path.endsWith('.zip')).length;
      const result = await runAction(newJob({ toolCache: toolCache.toolCache }));
      assert.equal(result.code, 0, result.stdout + result.stderr);
      assert.match(warningsOf(result), /Go 1\.99\.1 in the tool cache at .* does not match .*, and it will not be used/);
      assert.match(warningsOf(result), /does not match Go 1\.99\.1 linux\/amd64 as recorded in the checksum database sum\.test\.example/);
      assert.equal(honest.proxy.requests.filter((path) => path.endsWith('.zip')).length, zipsBefore + 1, 'a fresh copy was downloaded');
      assert.equal(result.outputs.verified, named(honest.db));
      assert.equal(result.outputs['go-root'], goRoot);
      assertPublishedTreeAt(goRoot);
      assert.match(result.summary, /it was replaced by this verified copy/);
    } finally {
      toolCache.cleanup();
    }
  });

  test('bin/go replaced by a wrapper never runs: not in the action’s own go env, not in a later step', async () => {
    const { toolCache, goRoot } = await installedByEarlierJob();
    try {
      const go = join(goRoot, 'bin', 'go');
      writeFileSync(go, wrappedGo(goRoot, readFileSync(go, 'utf8')));
      const job = newJob({ toolCache: toolCache.toolCache });
      const result = await runAction(job);
      assert.equal(result.code, 0, result.stdout + result.stderr);
      assert.ok(!existsSync(ranMarkerOf(goRoot)), 'the planted go ran during the action');
      assert.match(warningsOf(result), /does not match .*, and it will not be used/);
      const later = await job.run('go', ['version']);
      assert.equal(later.code, 0, later.stderr);
      assert.match(later.stdout, /^go version go1\.99\.1 /);
      assert.ok(!existsSync(ranMarkerOf(goRoot)), 'the planted go ran in a later step');
      assertPublishedTreeAt(goRoot);
    } finally {
      toolCache.cleanup();
    }
  });

  test('a tampered tree with a forged one-line receipt on a fresh runner is refused and replaced', async () => {
    const job = newJob();
    try {
      // What the earlier job leaves: its own tree, a marker, and a receipt naming this job's very
      // database and the tree's true h1, as anyone who can hash a folder can write it.
      const goRoot = goRootOf(job);
      const tampered = PUBLISHED.map((entry) =>
        entry.name.endsWith('/bin/go') ? { ...entry, data: Buffer.from(wrappedGo(goRoot, entry.data.toString())) } : entry,
      );
      for (const entry of tampered) {
        const path = join(goRoot, entry.name.slice(PREFIX.length).replace(/_go\.mod$/u, 'go.mod'));
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, entry.data);
        if (entry.name.includes('/bin/') || entry.name.includes('/pkg/tool/')) chmodSync(path, 0o755);
      }
      writeFileSync(`${goRoot}.complete`, '');
      writeFileSync(
        receiptOf(goRoot),
        JSON.stringify({
          tool: 'setup-go-golden',
          version: VERSION,
          arch: 'x64',
          source: 'GOPROXY',
          url: `golang.org/toolchain@${MODULE_VERSION}`,
          fileName: `${MODULE_VERSION}.zip`,
          h1: h1Of(tampered),
          anchors: [named(honest.db)],
          installedAt: new Date().toISOString(),
        }),
      );
      const result = await runAction(job);
      assert.equal(result.code, 0, result.stdout + result.stderr);
      assert.ok(!existsSync(ranMarkerOf(goRoot)), 'the planted go ran during the action');
      assert.match(warningsOf(result), /does not match .*, and it will not be used/);
      assert.equal(result.outputs.verified, named(honest.db));
      assertPublishedTreeAt(goRoot);
      await job.run('go', ['version']);
      assert.ok(!existsSync(ranMarkerOf(goRoot)), 'the planted go ran in a later step');
    } finally {
      job.cleanup();
    }
  });

  test('a tree with a forged receipt for a release the database has no record of is not run', async () => {
    // The earlier job names its tree a release that does not exist, so the database cannot
    // contradict an h1: a database that answers "no such record" is no database out of reach.
    const job = newJob();
    try {
      const version = '1.99.2';
      const moduleVersion = MODULE_VERSION.replace('1.99.1', version);
      const goRoot = join(job.toolCache, 'go', version, 'x64');
      const planted = fakeToolchainEntries(moduleVersion).map((entry) =>
        entry.name.endsWith('/bin/go') ? { ...entry, data: Buffer.from(wrappedGo(goRoot, entry.data.toString())) } : entry,
      );
      const prefix = `${MODULE}@${moduleVersion}/`;
      for (const entry of planted) {
        const path = join(goRoot, entry.name.slice(prefix.length).replace(/_go\.mod$/u, 'go.mod'));
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, entry.data);
        if (entry.name.includes('/bin/') || entry.name.includes('/pkg/tool/')) chmodSync(path, 0o755);
      }
      writeFileSync(`${goRoot}.complete`, '');
      writeFileSync(
        receiptOf(goRoot),
        JSON.stringify({
          tool: 'setup-go-golden',
          version,
          arch: 'x64',
          source: 'GOPROXY',
          url: `golang.org/toolchain@${moduleVersion}`,
          fileName: `${moduleVersion}.zip`,
          h1: h1Of(planted),
          anchors: [named(honest.db)],
          installedAt: new Date().toISOString(),
        }),
      );
      const result = await runAction(job, { 'go-version': '1.99.x' });
      assert.ok(honest.db.requests.includes(`lookup/${MODULE}@${moduleVersion}`), 'the database was asked');
      assert.ok(!existsSync(ranMarkerOf(goRoot)), 'the planted go ran');
      assert.doesNotMatch(result.outputs['go-root'] ?? '', /1\.99\.2/);
      assert.notEqual(result.code, 0, result.stdout);
      assert.match(
        errorsOf(result),
        /Go 1\.99\.2 in the tool cache at \S+ is not what it claims to be \(the checksum database sum\.test\.example has no record of golang\.org\/toolchain@v0\.0\.1-go1\.99\.2\.linux-amd64/,
      );
    } finally {
      job.cleanup();
    }
  });

  test('an untouched tree is proved by the database on every use, and the receipt records its h1', async () => {
    const { toolCache, goRoot } = await installedByEarlierJob();
    try {
      const receipt = JSON.parse(readFileSync(receiptOf(goRoot), 'utf8'));
      assert.equal(receipt.h1, h1Of(PUBLISHED));
      assert.deepEqual(receipt.anchors, [named(honest.db)]);
      const lookupsBefore = honest.db.requests.filter((path) => path.startsWith('lookup/')).length;
      const result = await runAction(newJob({ toolCache: toolCache.toolCache }));
      assert.equal(result.code, 0, result.stdout + result.stderr);
      assert.equal(result.outputs.verified, named(honest.db));
      assert.ok(honest.db.requests.filter((path) => path.startsWith('lookup/')).length > lookupsBefore, 'the database was asked');
      assert.match(result.stdout, /Verified the Go at .* against golang\.org\/toolchain@v0\.0\.1-go1\.99\.1\.linux-amd64/);
      assert.doesNotMatch(warningsOf(result), /does not match|Cannot verify|will not be used/);
    } finally {
      toolCache.cleanup();
    }
  });

  test('with the database unreachable, an untouched tree stands on its receipt’s h1, re-checked now, and the summary says so', async () => {
    const { toolCache, goRoot } = await installedByEarlierJob();
    try {
      const result = await runAction(newJob({ toolCache: toolCache.toolCache }), {
        goproxy: 'off',
        gosumdb: `${honest.db.key.verifierKey} http://127.0.0.1:9`,
      });
      assert.equal(result.code, 0, result.stdout + result.stderr);
      assert.equal(result.outputs.verified, named(honest.db));
      assert.equal(result.outputs['go-root'], goRoot);
      assert.match(result.summary, /could not be asked .*The h1 its receipt records, h1:\S+, matches its files now/);
    } finally {
      toolCache.cleanup();
    }
  });

  test('with the database unreachable, a tampered tree is not run: the step fails naming its path', async () => {
    const { toolCache, goRoot } = await installedByEarlierJob();
    try {
      const go = join(goRoot, 'bin', 'go');
      writeFileSync(go, wrappedGo(goRoot, readFileSync(go, 'utf8')));
      const result = await runAction(newJob({ toolCache: toolCache.toolCache }), {
        goproxy: 'off',
        gosumdb: `${honest.db.key.verifierKey} http://127.0.0.1:9`,
      });
      assert.notEqual(result.code, 0, result.stdout);
      assert.match(errorsOf(result), new RegExp(`Go 1\\.99\\.1 in the tool cache at ${goRoot.replace(/[.]/g, '\\.')} .*not .*its receipt`));
      assert.deepEqual(result.addedPath, []);
      assert.equal(result.outputs.verified, undefined);
      assert.ok(!existsSync(ranMarkerOf(goRoot)), 'the planted go ran');
    } finally {
      toolCache.cleanup();
    }
  });
});

describe('class 4: a receipt counts only under this job’s trust settings', () => {
  test('a private database that calls itself sum.golang.org is named by its key hash, and its receipt does not satisfy a default job', async () => {
    // Another workflow on the same runner trusts a database of its own under the default name,
    // which records a tree of its own choosing.
    const imposter = new TestSumdb('sum.golang.org');
    const earlier = newJob();
    const goRoot = goRootOf(earlier);
    const own = PUBLISHED.map((entry) =>
      entry.name.endsWith('/bin/go') ? { ...entry, data: Buffer.from(wrappedGo(goRoot, entry.data.toString())) } : entry,
    );
    imposter.addFiller(50);
    imposter.add(MODULE, MODULE_VERSION, h1Of(own), GO_MOD_HASH);
    const proxy = new ToolchainProxy(imposter);
    await proxy.start();
    proxy.addZip(MODULE_VERSION, buildZip(own));
    try {
      const first = await runAction(earlier, { goproxy: proxy.url, gosumdb: imposter.key.verifierKey });
      assert.equal(first.code, 0, first.stdout + first.stderr);
      assert.equal(first.outputs.verified, `sumdb:sum.golang.org+${imposter.key.keyHash.toString('hex')}`);
      assert.match(first.summary, new RegExp(`sum\\.golang\\.org\\+${imposter.key.keyHash.toString('hex')}`));
      assert.doesNotMatch(first.summary, /Go checksum database <code>sum\.golang\.org<\/code>:/);
      // Its own job ran its own go; what counts is whether this job does.
      rmSync(ranMarkerOf(goRoot), { force: true });

      // A default job (sum.golang.org with Google's key) on the same runner, whose database is out of reach.
      const job = newJob({ toolCache: earlier.toolCache });
      const result = await runAction(job, { goproxy: 'off', gosumdb: `${GOOGLE_SUMDB_KEY} http://127.0.0.1:9` });
      assert.notEqual(result.code, 0, result.stdout);
      assert.match(errorsOf(result), new RegExp(`in the tool cache at ${goRoot.replace(/[.]/g, '\\.')}`));
      assert.doesNotMatch(result.outputs.verified ?? '', /sumdb/);
      assert.deepEqual(result.addedPath, []);
      assert.ok(!existsSync(ranMarkerOf(goRoot)), "the other workflow's go ran in this job");
    } finally {
      await proxy.stop();
      earlier.cleanup();
    }
  });

  test("a receipt made under another workflow's own go-signing-key does not satisfy a job that expects Google's key", async () => {
    const fixture = await startInstallFixture();
    const earlier = newJob();
    try {
      // The other workflow verified a Go with a key of its own.
      const first = await earlier.runAction({ inputs: { ...fixture.inputs(), cache: 'false', 'drift-check': 'off' } });
      assert.equal(first.code, 0, first.stdout + first.stderr);
      assert.match(first.outputs.verified!, new RegExp(`openpgp:${fixture.key.primaryFingerprint}`));
      const goRoot = first.outputs['go-root']!;

      // This job names no key of its own (Google's), and neither a database nor a download is in reach.
      const result = await newJob({ toolCache: earlier.toolCache }).runAction({
        inputs: {
          'go-version': fixture.version,
          'go-download-base-url': 'http://127.0.0.1:9',
          goproxy: 'off',
          gosumdb: `${GOOGLE_SUMDB_KEY} http://127.0.0.1:9`,
          cache: 'false',
          'drift-check': 'off',
        },
        env: SHORT_DEADLINES,
        timeoutMs: STEP_TIMEOUT_MS,
      });
      assert.notEqual(result.code, 0, result.stdout);
      assert.match(errorsOf(result), new RegExp(`in the tool cache at ${goRoot.replace(/[.]/g, '\\.')}`));
      assert.match(errorsOf(result), /not this job's signing key/);
      assert.deepEqual(result.addedPath, []);
      assert.equal(result.outputs.verified, undefined);

      // The workflow that made it, with its own key, still finds it: the same settings, the same trust.
      const same = await newJob({ toolCache: earlier.toolCache }).runAction({
        inputs: {
          ...fixture.inputs({ 'go-download-base-url': 'http://127.0.0.1:9' }),
          goproxy: 'off',
          gosumdb: `${GOOGLE_SUMDB_KEY} http://127.0.0.1:9`,
          cache: 'false',
          'drift-check': 'off',
        },
        env: SHORT_DEADLINES,
        timeoutMs: STEP_TIMEOUT_MS,
      });
      assert.equal(same.code, 0, same.stdout + same.stderr);
      assert.equal(same.outputs.verified, first.outputs.verified);
    } finally {
      earlier.cleanup();
      await fixture.server.close();
    }
  });

  test("a build of this job's own signing key stands on its receipt where the database records the Go project's release; a default job replaces it", async () => {
    const fixture = await startInstallFixture();
    const earlier = newJob();
    // A database that knows the Go project's release of this version, whose files are not this build's.
    const db = new TestSumdb('sum.test.example');
    db.addFiller(20);
    db.add(MODULE, `v0.0.1-go${fixture.version}.linux-amd64`, `h1:${Buffer.alloc(32, 3).toString('base64')}`, GO_MOD_HASH);
    const proxy = new ToolchainProxy(db);
    await proxy.start();
    const reachable = { goproxy: proxy.url, gosumdb: db.key.verifierKey, cache: 'false', 'drift-check': 'off' };
    try {
      const first = await earlier.runAction({ inputs: { ...fixture.inputs(), cache: 'false', 'drift-check': 'off' } });
      assert.equal(first.code, 0, first.stdout + first.stderr);
      const goRoot = first.outputs['go-root']!;

      const same = await newJob({ toolCache: earlier.toolCache }).runAction({
        inputs: { ...fixture.inputs({ 'go-download-base-url': 'http://127.0.0.1:9' }), ...reachable },
        env: SHORT_DEADLINES,
        timeoutMs: STEP_TIMEOUT_MS,
      });
      assert.equal(same.code, 0, same.stdout + same.stderr);
      assert.equal(same.outputs.verified, first.outputs.verified);
      assert.match(
        same.stdout,
        /records h1:\S+ for v0\.0\.1-go.*, the Go project's release, and this Go was signed by this job's own go-signing-key/,
      );
      assert.ok(
        db.requests.some((path) => path.startsWith('lookup/')),
        'the database was asked',
      );

      const other = await newJob({ toolCache: earlier.toolCache }).runAction({
        inputs: { 'go-version': fixture.version, 'go-download-base-url': 'http://127.0.0.1:9', ...reachable },
        env: SHORT_DEADLINES,
        timeoutMs: STEP_TIMEOUT_MS,
      });
      assert.notEqual(other.code, 0, other.stdout);
      assert.match(
        errorsOf(other),
        new RegExp(`Go \\S+ in the tool cache at ${goRoot.replace(/[.]/g, '\\.')} is not what it claims to be`),
      );
      assert.deepEqual(other.addedPath, []);
    } finally {
      await proxy.stop();
      earlier.cleanup();
      await fixture.server.close();
    }
  });
});
