// Where the cache entries are filed, from the position of runners other than GitHub's: a host-mode
// act runner (Gitea's, Forgejo's) gives every job a workspace at a new path, and a self-hosted one
// may keep HOME, with its caches, from earlier jobs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { Machine } from './helpers';

test('a cache inside the workspace is restored in a job whose workspace has another path', async () => {
  const machine = await Machine.start();
  try {
    const inputs = { gomodcache: '.gomodcache', gocache: '.gocache' };
    const first = await machine.job({ workspace: machine.newWorkspace() });
    assert.equal((await machine.runSetup(first, inputs)).code, 0);
    assert.equal((await first.run('go', ['build', './...'])).code, 0);
    const [post] = await first.runPosts();
    assert.equal(post!.code, 0, post!.stdout);
    assert.equal(machine.server.listEntries().length, 2, post!.stdout);

    const second = await machine.job({ workspace: machine.newWorkspace() });
    const setup = await machine.runSetup(second, inputs);
    assert.equal(setup.code, 0, setup.stdout);
    assert.equal(setup.exportedEnv.GOMODCACHE, join(second.workspace, '.gomodcache'));
    assert.equal(setup.outputs['cache-mod-hit'], 'true', setup.stdout);
    assert.equal(setup.outputs['cache-build-hit'], 'true', setup.stdout);
  } finally {
    await machine.close();
  }
});

test('a job that finds the module cache already full saves it to a cache service without the entry', async () => {
  const machine = await Machine.start();
  try {
    const job = await machine.job();
    // What an earlier job on a runner that keeps HOME left behind.
    const download = await job.run('go', ['mod', 'download'], {
      env: { GOMODCACHE: machine.modcache, GOFLAGS: '-modcacherw', GOTOOLCHAIN: 'local' },
    });
    assert.equal(download.code, 0, download.stderr);
    const setup = await machine.runSetup(job);
    assert.equal(setup.outputs['cache-mod-hit'], 'false');
    const [post] = await job.runPosts();
    assert.equal(post!.code, 0, post!.stdout);
    assert.match(post!.stdout, /module cache saved as setup-go-golden-mod-/);
    assert.ok(
      machine.server.listEntries().some((entry) => entry.key.startsWith('setup-go-golden-mod-')),
      'the module cache reached the service',
    );
  } finally {
    await machine.close();
  }
});
