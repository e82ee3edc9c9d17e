// GOSUMDB may name its database with credentials (`name+hash+key https://user:token@host`). The install
// phase must never print them: not in a log line, an annotation, an error or the job summary, and
// the runner is told to mask them (as it is for GOPROXY's) before anything could print them.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { TestSumdb } from '../harness/sumdb-server';
import { buildZip, fakeToolchainEntries, h1Of, MODULE, ToolchainProxy } from '../harness/proxy-server';
import type { StepResult } from '../harness/runner';
import { SHORT_DEADLINES, STEP_TIMEOUT_MS } from './fault-fixture';
import { newJob } from './fixture';

const VERSION = '1.99.1';
const MODULE_VERSION = 'v0.0.1-go1.99.1.linux-amd64';
const TOKEN = 'sumdb-t0ken-7f3a9c';

let db: TestSumdb;
let proxy: ToolchainProxy;
before(async () => {
  const entries = fakeToolchainEntries(MODULE_VERSION);
  db = new TestSumdb('sum.test.example');
  db.addFiller(10);
  db.add(MODULE, MODULE_VERSION, h1Of(entries), `h1:${Buffer.alloc(32, 7).toString('base64')}`);
  proxy = new ToolchainProxy(db);
  await proxy.start();
  proxy.addZip(MODULE_VERSION, buildZip(entries));
});
after(async () => {
  await proxy.stop();
});

/**
 * Everything a reader of the job sees: the token must be in none of it but the masks. Once the
 * install has read GOSUMDB (`masked`), the token is registered as a secret.
 */
function assertTokenNeverShown(result: StepResult, masked = true): void {
  if (masked) {
    assert.ok(
      result.masks.some((mask) => mask === TOKEN),
      `the token is registered as a secret (masks: ${JSON.stringify(result.masks)})`,
    );
  }
  const shown = [
    result.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n'),
    result.stderr,
    result.summary,
    JSON.stringify(result.annotations),
    JSON.stringify(result.outputs),
  ].join('\n');
  assert.ok(!shown.includes(TOKEN), `the token was printed:\n${shown}`);
}

async function install(gosumdb: string): Promise<StepResult> {
  const job = newJob();
  try {
    return await job.runAction({
      inputs: {
        'go-version': VERSION,
        'go-download-source': 'proxy',
        goproxy: proxy.url,
        gosumdb,
        cache: 'false',
        'drift-check': 'off',
      },
      env: SHORT_DEADLINES,
      timeoutMs: STEP_TIMEOUT_MS,
    });
  } finally {
    job.cleanup();
  }
}

test('a database reached through credentials it cannot be reached at: the failure names it without them', async () => {
  proxy.faults.noSumdb = true;
  try {
    const result = await install(`${db.key.verifierKey} http://ci:${TOKEN}@127.0.0.1:9`);
    assert.notEqual(result.code, 0, result.stdout);
    assertTokenNeverShown(result);
  } finally {
    proxy.faults.noSumdb = false;
  }
});

test('a GOSUMDB URL of a scheme no database speaks: the error names it without its credentials', async () => {
  const result = await install(`${db.key.verifierKey} ftp://ci:${TOKEN}@sumdb.example`);
  assert.notEqual(result.code, 0, result.stdout);
  assert.match(result.stdout + result.stderr, /malformed GOSUMDB URL "ftp:\/\/\*\*\*@sumdb\.example"/);
  // Refused while the inputs are read, before anything registers secrets: nothing may print it.
  assertTokenNeverShown(result, false);
});

test('a working install with credentials in GOSUMDB prints none of them', async () => {
  const result = await install(`${db.key.verifierKey} http://ci:${TOKEN}@127.0.0.1:9`);
  assert.equal(result.code, 0, result.stdout + result.stderr);
  assertTokenNeverShown(result);
});
