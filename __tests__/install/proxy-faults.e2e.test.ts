// Hostile and broken servers on the proxy route, through dist/main.js: a local module proxy serving
// small golang.org/toolchain zips, proved by a local checksum database (real tlog, real Ed25519).
// Every failure must end in one clear error annotation, no stack trace and an empty staging.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { generateSigningKey, TestSumdb } from '../harness/sumdb-server';
import { buildZip, fakeToolchainEntries, h1Of, MODULE, ToolchainProxy, type FakeZipEntry } from '../harness/proxy-server';
import type { RunnerJob, StepResult } from '../harness/runner';
import { assertCleanFailure, SHORT_DEADLINES, STEP_TIMEOUT_MS } from './fault-fixture';
import { newJob } from './fixture';

const VERSION = '1.99.1';
const MODULE_VERSION = 'v0.0.1-go1.99.1.linux-amd64';
const PREFIX = `${MODULE}@${MODULE_VERSION}/`;
const GO_MOD_HASH = `h1:${Buffer.alloc(32, 7).toString('base64')}`;
const WRONG_HASH = `h1:${Buffer.alloc(32, 1).toString('base64')}`;

let db: TestSumdb;
let proxy: ToolchainProxy;

/** Serves `entries` as release 1.99.1, recorded in the database with `recordedHash` (default: their real h1). */
async function serve(entries: FakeZipEntry[], recordedHash?: string): Promise<void> {
  await proxy?.stop();
  db = new TestSumdb('sum.test.example');
  db.addFiller(300);
  db.add(MODULE, MODULE_VERSION, recordedHash ?? h1Of(entries), GO_MOD_HASH);
  db.addFiller(100);
  proxy = new ToolchainProxy(db);
  await proxy.start();
  proxy.addZip(MODULE_VERSION, buildZip(entries));
}

before(async () => {
  await serve(fakeToolchainEntries(MODULE_VERSION));
});
after(async () => {
  await proxy.stop();
});

/** Runs the action against the local proxy and database; `check` looks at the result before the job's folders go. */
async function install(check: (job: RunnerJob, result: StepResult) => void, extraEnv: Record<string, string> = {}): Promise<void> {
  const job = newJob();
  try {
    const result = await job.runAction({
      inputs: {
        'go-version': VERSION,
        'go-download-source': 'proxy',
        goproxy: proxy.url,
        gosumdb: db.key.verifierKey,
        cache: 'false',
        'drift-check': 'off',
      },
      env: { ...SHORT_DEADLINES, ...extraEnv },
      timeoutMs: STEP_TIMEOUT_MS,
    });
    check(job, result);
  } finally {
    job.cleanup();
  }
}

/** The action must fail with `message`, cleanly. */
const failsWith = (message: RegExp) => install((job, result) => assertCleanFailure(job, result, message));

test('the local proxy and database install a verified tree through the action (the baseline of this file)', async () => {
  await serve(fakeToolchainEntries(MODULE_VERSION));
  await install((_job, result) => {
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.equal(result.outputs['go-version'], VERSION);
    // Not Google's database: named by its key hash as well.
    assert.equal(result.outputs.verified, `sumdb:sum.test.example+${db.key.keyHash.toString('hex')}`);
  });
});

describe('class 1: every line of @v/list must be a module version', () => {
  const lists: Array<[string, string, RegExp]> = [
    [
      'a path',
      `${MODULE_VERSION}\nv0.0.1-go1.99.1.linux-amd64/../../../workspace/app\n`,
      /line 2 is "v0\.0\.1-go1\.99\.1\.linux-amd64\/\.\.\/\.\.\/\.\.\/workspace\/app", not a module version/,
    ],
    [
      'a control character',
      `${MODULE_VERSION}\nv0.0.1-go1.99.2.linux-amd64\u001b[31m\n`,
      /line 2 is "v0\.0\.1-go1\.99\.2\.linux-amd64\\u001b\[31m", not a module version/,
    ],
  ];
  for (const [name, body, message] of lists) {
    test(`a @v/list line with ${name} fails the run before anything is downloaded`, async () => {
      await serve(fakeToolchainEntries(MODULE_VERSION));
      proxy.faults.list = { body };
      await failsWith(message);
      assert.ok(!proxy.requests.some((path) => path.endsWith('.zip')), 'no zip was asked for');
    });
  }
});

describe('class 3: zip entries that collide when written end in one clear error and an empty staging', () => {
  const collisions: Array<[string, FakeZipEntry[], RegExp]> = [
    [
      'src/_go.mod beside src/go.mod',
      [{ name: `${PREFIX}src/go.mod`, data: Buffer.from('module other\n') }],
      /refusing zip entry .*src\/(_)?go\.mod": .*src\/go\.mod appears twice/,
    ],
    [
      'a file conf beside conf/x',
      [
        { name: `${PREFIX}conf`, data: Buffer.from('x') },
        { name: `${PREFIX}conf/x`, data: Buffer.from('y') },
      ],
      /refusing zip entry .*conf\/x": .*would be written under the file .*conf/,
    ],
    [
      'conf/x, then a file conf',
      [
        { name: `${PREFIX}conf/x`, data: Buffer.from('y') },
        { name: `${PREFIX}conf`, data: Buffer.from('x') },
      ],
      /refusing zip entry .*conf": .*is where earlier entries needed a folder/,
    ],
  ];
  for (const [name, extra, message] of collisions) {
    for (const record of ['recorded in the database', 'with a wrong database record']) {
      test(`${name}, ${record}`, async () => {
        const entries = [...fakeToolchainEntries(MODULE_VERSION), ...extra];
        await serve(entries, record === 'recorded in the database' ? undefined : WRONG_HASH);
        await failsWith(message);
      });
    }
  }
});

describe('class 4: a recorded zip whose bin/go does not run as the release is not installed', () => {
  test('bin/go prints another version', async () => {
    const entries = fakeToolchainEntries(MODULE_VERSION).map((entry) =>
      entry.name.endsWith('/bin/go') ? { ...entry, data: Buffer.from('#!/bin/sh\necho "go version go1.2.3 linux/amd64"\n') } : entry,
    );
    await serve(entries);
    await failsWith(
      /the verified go1\.99\.1 tree does not run: .*bin\/go version printed "go version go1\.2\.3 linux\/amd64", not go1\.99\.1/,
    );
  });

  test('no bin/go at all', async () => {
    await serve(fakeToolchainEntries(MODULE_VERSION).filter((entry) => !entry.name.endsWith('/bin/go')));
    await failsWith(/the verified go1\.99\.1 tree does not run: .*bin\/go is missing/);
  });
});

describe('class 5: proxy and database downloads have deadlines', () => {
  const slow: Array<[string, string, RegExp]> = [
    ['the module zip', `${MODULE_VERSION}.zip`, /\.zip failed after 4 attempts: .*took longer than its deadline of [\d.]+ s/],
    ['@v/list', '@v/list', /@v\/list failed after 4 attempts: .*took longer than its deadline of [\d.]+ s/],
    [
      'the database lookup',
      '/lookup/',
      /lookup failed: download of .*\/lookup\/.* failed after 4 attempts: .*took longer than its deadline of [\d.]+ s/,
    ],
  ];
  for (const [name, pathContains, message] of slow) {
    test(`${name} sent at one byte per 300 ms fails in bounded time`, async () => {
      await serve(fakeToolchainEntries(MODULE_VERSION));
      proxy.faults.trickle = { pathContains, intervalMs: 300 };
      await failsWith(message);
    });
  }
});

describe('class 7: what was wrong with the proxy answer is said', () => {
  test('an HTML page as @v/list is reported as such, not as "no release matches"', async () => {
    await serve(fakeToolchainEntries(MODULE_VERSION));
    proxy.faults.list = { body: '<!doctype html>\n<html><body>Sign in</body></html>\n', contentType: 'text/html; charset=utf-8' };
    await failsWith(/@v\/list answered an HTML page \(text\/html; charset=utf-8(, \d+ bytes)?\) instead of a version list; not retried/);
  });

  test('an HTML page as @v/list, served as text/plain, is not a version list either', async () => {
    await serve(fakeToolchainEntries(MODULE_VERSION));
    proxy.faults.list = { body: '<!doctype html>\n<html><body>Sign in</body></html>\n' };
    await failsWith(/@v\/list is not a version list: line 1 is "<!doctype html>", not a module version \(an HTML page\?\)/);
  });

  const damaged: Array<[string, () => FakeZipEntry[], RegExp]> = [
    [
      'damaged deflate data',
      () =>
        fakeToolchainEntries(MODULE_VERSION).map((entry) =>
          entry.name.endsWith('print.go') ? { ...entry, rawCompressed: Buffer.from([0x00, 0x05, 0x00, 0x05, 0x00, 1, 2, 3, 4, 5]) } : entry,
        ),
      /golang\.org\/toolchain@v0\.0\.1-go1\.99\.1\.linux-amd64 from http:\/\/127\.0\.0\.1:\d+ is not a usable module zip: .*print\.go": the compressed data is damaged \(invalid stored block lengths\); not retried/,
    ],
    [
      'a strongly encrypted entry',
      () => fakeToolchainEntries(MODULE_VERSION).map((entry) => (entry.name.endsWith('print.go') ? { ...entry, flags: 0x0041 } : entry)),
      /golang\.org\/toolchain@v0\.0\.1-go1\.99\.1\.linux-amd64 from http:\/\/127\.0\.0\.1:\d+ is not a usable module zip: an entry is encrypted, which no Go archive is \(strong encryption is not supported\); not retried/,
    ],
  ];
  for (const [name, entries, message] of damaged) {
    test(`a zip with ${name} says which download and what is wrong`, async () => {
      await serve(entries());
      await failsWith(message);
    });
  }

  test('a zip cut short (matching Content-Length) says which download', async () => {
    await serve(fakeToolchainEntries(MODULE_VERSION));
    proxy.faults.cutZipTo = 300;
    await failsWith(
      /golang\.org\/toolchain@v0\.0\.1-go1\.99\.1\.linux-amd64 from http:\/\/127\.0\.0\.1:\d+ is not a usable module zip: not a zip file, or cut short/,
    );
  });

  test('a database signed by another key is still refused clearly (unchanged by the deadlines)', async () => {
    await serve(fakeToolchainEntries(MODULE_VERSION));
    db.faults.signWith = generateSigningKey('sum.test.example');
    await failsWith(/signed only by unknown key/);
  });
});
