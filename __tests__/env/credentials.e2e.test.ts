// GOSUMDB can name its database by URL, and a URL can carry credentials
// (`sum.golang.org+<key> https://user:token@host`). Wherever the setting comes from (the gosumdb
// input, or the user's go env file), the Go environment step masks the token before it prints
// anything and shows the URL as https://***@host in the job summary's table.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunnerJob, StepResult } from '../harness/runner';
import { newJob, startInstallFixture, type InstallFixture } from '../install/fixture';

const KEY = 'sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8';
let fixture: InstallFixture;

before(async () => {
  fixture = await startInstallFixture();
});
after(async () => {
  await fixture.server.close();
});

function assertMasked(result: StepResult, secret: string): void {
  assert.equal(result.code, 0, result.stdout);
  assert.ok(result.masks.includes(secret), result.masks.join(' '));
  const unmasked = result.stdout.split('\n').filter((line) => line.includes(secret) && !line.startsWith('::add-mask::'));
  assert.deepEqual(unmasked, []);
  assert.doesNotMatch(result.summary, new RegExp(secret));
  assert.match(
    result.summary,
    /\| GOSUMDB \| <code>sum\.golang\.org\+033de0ae\+\S+ https:\/\/&#42;&#42;&#42;@sumdb\.corp\.example<\/code>/,
  );
}

describe("GOSUMDB's credentials are masked everywhere the Go environment step prints", () => {
  const jobs: RunnerJob[] = [];
  after(() => {
    for (const job of jobs) job.cleanup();
  });

  test('from the gosumdb input', async () => {
    const job = newJob({ env: { GOENV: undefined, XDG_CONFIG_HOME: undefined } });
    jobs.push(job);
    const secret = 's3cr3t-sumdb-input';
    const result = await job.runAction({
      inputs: fixture.inputs({ cache: 'false', 'drift-check': 'off', gosumdb: `${KEY} https://ci:${secret}@sumdb.corp.example` }),
    });
    assertMasked(result, secret);
  });

  test("from the user's go env file", async () => {
    const job = newJob({ env: { GOENV: undefined, XDG_CONFIG_HOME: undefined, GOSUMDB: undefined } });
    jobs.push(job);
    const secret = 's3cr3t-sumdb-file';
    mkdirSync(join(job.home, '.config', 'go'), { recursive: true });
    writeFileSync(join(job.home, '.config', 'go', 'env'), `GOSUMDB=${KEY} https://ci:${secret}@sumdb.corp.example\n`);
    const result = await job.runAction({ inputs: fixture.inputs({ cache: 'false', 'drift-check': 'off' }) });
    assertMasked(result, secret);
  });
});
