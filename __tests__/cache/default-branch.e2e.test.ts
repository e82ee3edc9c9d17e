// cache-save: auto under a runner whose event file names no repository (nektos/act's default
// event): the default branch then comes from the hidden default-branch input, which the runner
// fills from github.event.repository.default_branch. The emulator leaves expressions empty, so the
// tests pass the value the runner would.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { Machine } from './helpers';

/** Setup on a push to main with an event file holding no repository, a step that fills both caches, then the post step. */
async function pushWithoutRepository(inputs: Record<string, string>) {
  const machine = await Machine.start();
  try {
    const job = await machine.job();
    writeFileSync(job.env.GITHUB_EVENT_PATH!, '{}');
    const setup = await machine.runSetup(job, inputs);
    assert.equal(setup.code, 0, setup.stdout);
    for (const args of [
      ['mod', 'download'],
      ['env', '-json'],
    ]) {
      const step = await job.run('go', args);
      assert.equal(step.code, 0, step.stderr);
    }
    const [post] = await job.runPosts();
    assert.equal(post!.code, 0, post!.stdout);
    return { post: post!, saved: machine.server.listEntries().length };
  } finally {
    await machine.close();
  }
}

describe('cache-save: auto when the event file names no default branch', () => {
  test('the runner-filled default-branch input saves both caches on a push to that branch', async () => {
    const { post, saved } = await pushWithoutRepository({ 'default-branch': 'main' });
    assert.equal(saved, 2, post.stdout);
    assert.doesNotMatch(post.stdout, /caches not saved/);
  });

  test('with neither, nothing is saved and the log says how to save', async () => {
    const { post, saved } = await pushWithoutRepository({});
    assert.equal(saved, 0, post.stdout);
    assert.match(
      post.stdout,
      /caches not saved: cache-save is auto and neither the event file \(repository\.default_branch\) nor the runner names the default branch; to save anyway, set cache-save: always/,
    );
  });
});
