// The Go environment step end to end: exports, masking, the job summary and env-policy.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Machine } from '../cache/helpers';

const SECRET = 's3cr3t-proxy-token';

describe('Go environment', () => {
  test('exports the inputs, masks proxy credentials and reports risky settings as warnings', async () => {
    const machine = await Machine.start();
    try {
      const job = await machine.job();
      const goproxy = `https://ci:${SECRET}@proxy.corp.example/go,direct`;
      const setup = await machine.runSetup(job, {
        cache: 'false',
        goproxy,
        gosumdb: 'off',
        goprivate: 'corp.example',
        gonosumdb: 'corp.example,github.com/elsewhere',
        goflags: '-mod=mod',
      });
      assert.equal(setup.code, 0, setup.stdout);
      assert.equal(setup.exportedEnv.GOPROXY, goproxy);
      assert.equal(setup.exportedEnv.GOSUMDB, 'off');
      assert.equal(setup.exportedEnv.GOFLAGS, '-mod=mod');
      assert.equal(setup.exportedEnv.GOMODCACHE, machine.modcache);
      assert.ok(setup.masks.includes(SECRET) && setup.masks.includes(`https://ci:${SECRET}@proxy.corp.example/go`), setup.masks.join(' '));
      const unmasked = setup.stdout.split('\n').filter((line) => line.includes(SECRET) && !line.startsWith('::add-mask::'));
      assert.deepEqual(unmasked, []);
      assert.doesNotMatch(setup.summary, new RegExp(SECRET));
      const titles = setup.annotations.filter((annotation) => annotation.level === 'warning').map((annotation) => annotation.title);
      for (const setting of ['GOSUMDB', 'GONOSUMDB', 'GOFLAGS'])
        assert.ok(titles.includes(`Go environment: ${setting}`), titles.join(', '));
      assert.match(setup.summary, /^### Go environment$/m);
      // Only what is set, exported or flagged: GO111MODULE and GOINSECURE are unset here.
      assert.doesNotMatch(setup.summary, /_unset_|\| GO111MODULE \||\| GOINSECURE \|/);
      assert.match(setup.summary, /\| GOPRIVATE \| <code>corp\.example<\/code> \(exported\) \|/);
      assert.match(setup.summary, /\| GOVERSION \| <code>go1\.26\.8<\/code> \|/, 'the report comes from go env of the installed Go');
      assert.match(setup.summary, /\| GOSUMDB \| <code>off<\/code> \(exported\) \| ⚠️ risky \|/);
      assert.match(setup.summary, /https:\/\/&#42;&#42;&#42;@proxy\.corp\.example\/go,direct/);
      // Later steps see the exported settings.
      const env = await job.run('go', ['env', 'GOSUMDB', 'GOFLAGS']);
      assert.deepEqual(env.stdout.trim().split('\n'), ['off', '-mod=mod']);
    } finally {
      await machine.close();
    }
  });

  test('env-policy: error fails the step on a risky setting; a safe environment passes', async () => {
    const machine = await Machine.start();
    try {
      const risky = await machine.runSetup(await machine.job(), { cache: 'false', 'env-policy': 'error', goinsecure: 'corp.example' });
      assert.notEqual(risky.code, 0);
      assert.ok(
        risky.annotations.some((annotation) => annotation.level === 'error' && /env-policy is error.*GOINSECURE/.test(annotation.message)),
        risky.stdout,
      );
      const safe = await machine.runSetup(await machine.job(), { cache: 'false', 'env-policy': 'error' });
      assert.equal(safe.code, 0, safe.stdout);
      assert.match(safe.summary, /No risky Go settings found/);
    } finally {
      await machine.close();
    }
  });

  test('GOTOOLCHAIN from the workflow is reported and flagged without go switching toolchains', async () => {
    const machine = await Machine.start();
    try {
      const job = await machine.job({ env: { GOTOOLCHAIN: 'go1.99.0' } });
      const setup = await machine.runSetup(job, { cache: 'false' });
      assert.equal(setup.code, 0, setup.stdout);
      assert.match(setup.summary, /\| GOTOOLCHAIN \| <code>go1\.99\.0<\/code> \| ⚠️ risky \|/);
      assert.match(setup.summary, /\| GOVERSION \| <code>go1\.26\.8<\/code> \|/);
    } finally {
      await machine.close();
    }
  });
});
