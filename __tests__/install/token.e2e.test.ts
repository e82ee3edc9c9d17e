// The `token` input through dist/main.js: actions/setup-go sends it with downloads, we send it only
// to a mirror GitHub serves (token-scope.ts; the rule itself is unit-tested in setup-go-compat.test.ts).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { newJob, startInstallFixture, type InstallFixture } from './fixture';

let fixture: InstallFixture;

before(async () => {
  fixture = await startInstallFixture();
});
after(async () => {
  await fixture.server.close();
});

test('the token is sent with none of the requests to a mirror GitHub does not serve', async () => {
  const job = newJob();
  try {
    fixture.server.clearRequests();
    const result = await job.runAction({ inputs: fixture.inputs({ token: 'ghs_not-for-mirrors', 'drift-check': 'off', cache: 'false' }) });
    assert.equal(result.code, 0, result.stdout + result.stderr);
    const requests = fixture.server.requests;
    assert.ok(
      requests.some((request) => request.resource === fixture.archive.filename),
      'the archive was downloaded from the mirror',
    );
    assert.deepEqual(
      requests.filter((request) => request.headers.authorization !== undefined).map((request) => request.url),
      [],
    );
  } finally {
    job.cleanup();
  }
});
