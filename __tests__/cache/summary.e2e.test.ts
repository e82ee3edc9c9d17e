// The caches in the job summary and the log, end to end through the bundles: the main step's
// section after a miss and after an exact hit, the post step's saved / not saved lines, a key
// chosen by whoever wrote the entry kept inert, and the setup log in groups one after another.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, type StepResult } from '../harness/runner';
import { GO_VERSION, Machine } from './helpers';

const MOD_KEY = /setup-go-golden-mod-linux-x64-[0-9a-f]{32}/;
/** The build key may end with the commit too (issue 31): the emulator's GITHUB_SHA is zeros. */
const BUILD_KEY = /setup-go-golden-build-linux-x64-go1\.26\.8-native-[0-9a-f]{32}(?:-0{12})?/;

function section(summary: string, heading: string): string {
  const start = summary.indexOf(`### ${heading}`);
  assert.ok(start >= 0, `no section ${heading} in:\n${summary}`);
  const next = summary.indexOf('\n### ', start + 1);
  return summary.slice(start, next < 0 ? undefined : next);
}

/** The groups of a step's log, in order; fails on a group opened inside another or never closed. */
function groups(step: StepResult): { name: string; lines: string[] }[] {
  const found: { name: string; lines: string[] }[] = [];
  let open: { name: string; lines: string[] } | undefined;
  for (const line of step.stdout.split('\n')) {
    if (line.startsWith('::group::')) {
      assert.equal(open, undefined, `group ${line} opened inside ${open?.name}`);
      open = { name: line.slice('::group::'.length), lines: [] };
    } else if (line.startsWith('::endgroup::')) {
      assert.ok(open, 'an endgroup without a group');
      found.push(open);
      open = undefined;
    } else open?.lines.push(line);
  }
  assert.equal(open, undefined, 'a group left open');
  return found;
}

describe('caches in the job summary', () => {
  test('a miss, then an exact hit: the restore section, the post section, and the log in groups', async () => {
    const machine = await Machine.start();
    try {
      const cold = await machine.job();
      const setup = await machine.runSetup(cold);
      assert.equal(setup.code, 0, setup.stdout);
      const restored = section(setup.summary, 'Go caches restored');
      assert.match(
        restored,
        new RegExp(`\\| module cache \\| ➖ miss: no entry for <code>${MOD_KEY.source}</code> or its restore keys \\| \\| \\|`),
      );
      assert.match(restored, new RegExp(`\\| build cache \\| ➖ miss: no entry for <code>${BUILD_KEY.source}</code>`));
      const names = groups(setup).map((group) => group.name);
      assert.deepEqual(names, [`Install Go ${GO_VERSION}`, 'Restore caches', 'Go environment']);
      const restoreLog = groups(setup)[1]!.lines.join('\n');
      assert.match(restoreLog, /module cache \S+: key setup-go-golden-mod-/);
      assert.match(restoreLog, /build cache: no entry for setup-go-golden-build-/);
      for (const args of [
        ['mod', 'download'],
        ['env', '-json'],
      ])
        assert.equal((await cold.run('go', args)).code, 0);
      const [post] = await cold.runPosts();
      assert.equal(post!.code, 0, post!.stdout);
      const saved = section(post!.summary, 'Go caches saved');
      assert.match(
        saved,
        new RegExp(`\\| module cache \\| ✅ saved \\| <code>${MOD_KEY.source}</code> \\| \\d+\\.\\d [KM]iB \\(folder’s files\\) \\|`),
      );
      assert.match(
        saved,
        new RegExp(`\\| build cache \\| ✅ saved \\| <code>${BUILD_KEY.source}</code> \\| \\d+\\.\\d [KM]iB \\(folder’s files\\) \\|`),
      );

      const warm = await machine.job();
      const hit = await machine.runSetup(warm);
      assert.equal(hit.code, 0, hit.stdout);
      const hits = section(hit.summary, 'Go caches restored');
      for (const [label, key] of [
        ['module cache', MOD_KEY],
        ['build cache', BUILD_KEY],
      ] as const)
        assert.match(
          hits,
          new RegExp(
            `\\| ${label} \\| ✅ hit \\(exact key\\) \\| <code>${key.source}</code> \\| \\d+\\.\\d [KM]iB \\(archive downloaded\\) \\|`,
          ),
        );
      const [post2] = await warm.runPosts();
      assert.equal(post2!.code, 0, post2!.stdout);
      assert.match(
        section(post2!.summary, 'Go caches saved'),
        new RegExp(
          `\\| module cache \\| not saved: exact hit on this key, which is never saved again \\| <code>${MOD_KEY.source}</code> \\| \\|`,
        ),
      );
      console.log(`--- cold main step summary ---\n${setup.summary}\n--- cold post step summary ---\n${post!.summary}`);
      console.log(`--- warm main step summary ---\n${hit.summary}\n--- warm post step summary ---\n${post2!.summary}`);
    } finally {
      await machine.close();
    }
  });

  test('without go.sum the keys end in nosum; a module cache go never filled is not saved, so cache-hit stays false', async () => {
    const machine = await Machine.start();
    try {
      // A module with no requirements: go downloads nothing into the module cache.
      rmSync(join(machine.workspace, 'go.sum'));
      writeFileSync(join(machine.workspace, 'go.mod'), 'module example.com/nodeps\n\ngo 1.26.0\n');
      const cold = await machine.job();
      const setup = await machine.runSetup(cold);
      assert.equal(setup.code, 0, setup.stdout);
      assert.match(setup.stdout, /cache keys hash 0 file\(s\)/);
      assert.match(setup.summary, /no entry for <code>setup-go-golden-mod-linux-x64-nosum<\/code>/);
      assert.equal((await cold.run('go', ['env', '-json'])).code, 0);
      const [post] = await cold.runPosts();
      assert.equal(post!.code, 0, post!.stdout);
      const saved = section(post!.summary, 'Go caches saved');
      assert.match(saved, /\| module cache \| not saved: the cache is empty \| <code>setup-go-golden-mod-linux-x64-nosum<\/code> \|/);
      assert.match(
        saved,
        /\| build cache \| ✅ saved \| <code>setup-go-golden-build-linux-x64-go1\.26\.8-native-nosum(?:-0{12})?<\/code> \|/,
      );

      const warm = await machine.job();
      const hit = await machine.runSetup(warm);
      assert.equal(hit.code, 0, hit.stdout);
      assert.deepEqual(
        [hit.outputs['cache-hit'], hit.outputs['cache-mod-hit'], hit.outputs['cache-build-hit']],
        ['false', 'false', 'true'],
      );
    } finally {
      await machine.close();
    }
  });

  test('the post step on a pull request: not saved, with the way out', async () => {
    const machine = await Machine.start();
    try {
      const job = await machine.job({ eventName: 'pull_request', ref: 'refs/pull/1/merge' });
      assert.equal((await machine.runSetup(job)).code, 0);
      const [post] = await job.runPosts();
      assert.equal(post!.code, 0, post!.stdout);
      assert.match(
        section(post!.summary, 'Go caches saved'),
        /^Not saved: cache-save is auto and the event is pull&#95;request, not push; to save anyway, set cache-save: always$/m,
      );
    } finally {
      await machine.close();
    }
  });

  test('a restored key chosen by whoever saved the entry is inert in the summary', async () => {
    const machine = await Machine.start();
    try {
      // Any step of any workflow in the repository can save an entry under any key: this one
      // starts with the module cache's restore key, so the next setup restores it.
      const hostileKey = 'setup-go-golden-mod-linux-x64-<!-- <img src=x> | `code` *b* [l](http://e)';
      const writer = await machine.job();
      assert.equal((await writer.run('go', ['mod', 'download'], { env: { GOMODCACHE: machine.modcache } })).code, 0);
      const script = join(mkdtempSync(join(tmpdir(), 'sgg-writer-')), 'save.mjs');
      writeFileSync(
        script,
        `import { saveCache } from ${JSON.stringify(join(REPO_ROOT, 'node_modules/@actions/cache/lib/cache.js'))};\n` +
          `const id = await saveCache([process.argv[2]], process.argv[3]);\nif (id === -1) process.exit(1);\n`,
      );
      const saved = await writer.run(process.execPath, [script, machine.modcache, hostileKey]);
      assert.equal(saved.code, 0, saved.stdout + saved.stderr);

      const job = await machine.job();
      const setup = await machine.runSetup(job, { cache: 'true' });
      assert.equal(setup.code, 0, setup.stdout);
      assert.equal(setup.outputs['cache-mod-hit'], 'false');
      const restored = section(setup.summary, 'Go caches restored');
      for (const raw of ['<!--', '<img', '`code`', '[l]', '*b*'])
        assert.ok(!restored.includes(raw), `${raw} reached the summary:\n${restored}`);
      assert.match(
        restored,
        /\| module cache \| ↩️ restored from a restore-key match; <code>setup-go-golden-mod-\S+<\/code> missed \| <code>setup-go-golden-mod-linux-x64-&lt;!-- &lt;img src=x&gt; &#124; &#96;code&#96; &#42;b&#42; &#91;l&#93;\(http:\/\/e\)<\/code> \| \d+\.\d [KM]iB \(archive downloaded\) \|/,
      );
    } finally {
      await machine.close();
    }
  });
});
