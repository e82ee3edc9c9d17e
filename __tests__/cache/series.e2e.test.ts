// The build cache follows the default branch: a series of jobs through the action's bundles, each
// on a new commit of a fixture module whose packages do not import one another, each commit
// touching one package. A job restores the newest entry saved for its dependencies, so it compiles
// what changed since that entry: its own commit's package when the job before it saved, and the
// packages of unsaved commits too when the job before added too little to be worth an upload
// (below the threshold, policy.ts BUILD_SAVE_THRESHOLD). A pull request restores and never saves.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Machine } from './helpers';

const MODULE = 'example.com/series';
const PACKAGES = ['alpha', 'beta', 'gamma', 'delta'] as const;
type Package = (typeof PACKAGES)[number];
const BUILD_PREFIX = 'setup-go-golden-build-linux-x64-go1.26.8-native-nosum-';

/** One package's source at a given edit; `http` makes it import net/http, whose standard library packages no job compiled before. */
function source(name: Package, edit: number, http = false): string {
  const body = http ? 'return http.StatusText(http.StatusOK)' : `return "${name} ${edit}"`;
  return `package ${name}\n\n${http ? 'import "net/http"\n\n' : ''}// Name changes with every commit that touches this package.\nfunc Name() string { ${body} }\n`;
}

function writeFixture(workspace: string): void {
  for (const entry of readdirSync(workspace)) rmSync(join(workspace, entry), { recursive: true, force: true });
  writeFileSync(join(workspace, 'go.mod'), `module ${MODULE}\n\ngo 1.26.0\n`);
  for (const name of PACKAGES) {
    mkdirSync(join(workspace, name));
    writeFileSync(join(workspace, name, `${name}.go`), source(name, 0));
  }
}

interface Commit {
  sha: string;
  /** The package this commit changes (none: the first commit, the whole module). */
  touches?: Package;
  http?: boolean;
  event?: 'push' | 'pull_request';
}

/**
 * One CI job on a commit: setup, `go build -v ./...` (which names each package it compiles, and
 * none it finds in the build cache), then the post step. Returns the fixture packages compiled,
 * the post step's log and the number of standard library packages compiled.
 */
async function runJob(machine: Machine, commit: Commit, edits: Map<Package, number>) {
  if (commit.touches) {
    const edit = (edits.get(commit.touches) ?? 0) + 1;
    edits.set(commit.touches, edit);
    writeFileSync(join(machine.workspace, commit.touches, `${commit.touches}.go`), source(commit.touches, edit, commit.http));
  }
  const pullRequest = commit.event === 'pull_request';
  const job = await machine.job({
    eventName: commit.event ?? 'push',
    ref: pullRequest ? 'refs/pull/7/merge' : 'refs/heads/main',
    env: { GITHUB_SHA: commit.sha },
  });
  const setup = await machine.runSetup(job);
  assert.equal(setup.code, 0, setup.stdout);
  const build = await job.run('go', ['build', '-v', './...']);
  assert.equal(build.code, 0, build.stderr);
  const [post] = await job.runPosts();
  assert.equal(post!.code, 0, post!.stdout);
  job.cleanup();
  const compiled = build.stderr.split('\n').filter(Boolean);
  return {
    setup,
    post: post!.stdout,
    ours: compiled
      .filter((name) => name.startsWith(`${MODULE}/`))
      .map((name) => name.slice(MODULE.length + 1))
      .sort(),
    standard: compiled.filter((name) => !name.includes('.')).length,
  };
}

function buildKeys(machine: Machine): string[] {
  return machine.server
    .listEntries()
    .filter((entry) => entry.key.startsWith(BUILD_PREFIX))
    .sort((a, b) => a.createdAt - b.createdAt)
    .map((entry) => entry.key);
}

const sha = (digit: string) => digit.repeat(40);

describe('a build cache that follows the default branch', () => {
  test('each job compiles what changed since the newest saved entry; small additions wait, large ones save, a pull request never saves', async () => {
    const machine = await Machine.start();
    const edits = new Map<Package, number>();
    try {
      writeFixture(machine.workspace);

      // Commit 1: nothing cached, everything compiles, and the entry is saved under the commit.
      const first = await runJob(machine, { sha: sha('1') }, edits);
      assert.deepEqual(first.ours, [...PACKAGES].sort());
      assert.deepEqual(buildKeys(machine), [`${BUILD_PREFIX}111111111111`], first.post);

      // Commit 2 touches alpha: only alpha compiles; two entries are below the threshold, so no upload.
      const second = await runJob(machine, { sha: sha('2'), touches: 'alpha' }, edits);
      assert.match(second.setup.stdout, new RegExp(`build cache: downloading ${BUILD_PREFIX}111111111111 \\(found by a restore key\\)`));
      assert.deepEqual(second.ours, ['alpha']);
      assert.equal(second.standard, 0, 'the standard library came from the restored entry');
      assert.match(
        second.post,
        new RegExp(
          `build cache: not saved \\(\\d+ new entries, [\\d.]+ KiB of [\\d.]+ [KM]iB since the restore of ${BUILD_PREFIX}111111111111: below the threshold of [\\d.]+ [KM]iB \\([\\d.]+ MiB \\+ \\d+ percent of the cache\\)\\)`,
        ),
      );
      assert.equal(buildKeys(machine).length, 1);

      // Commit 3 makes beta import net/http: beta and the standard library under net/http compile
      // (and alpha again: commit 2's job saved nothing); that is above the threshold and saved.
      const third = await runJob(machine, { sha: sha('3'), touches: 'beta', http: true }, edits);
      assert.deepEqual(third.ours, ['alpha', 'beta']);
      assert.ok(third.standard > 20, `${third.standard} standard library packages compiled`);
      assert.match(
        third.post,
        /build cache: saving .* \(content changed since the restore of .* \(\d+ new entries, [\d.]+ MiB of [\d.]+ MiB\)\)/,
      );
      assert.deepEqual(buildKeys(machine), [`${BUILD_PREFIX}111111111111`, `${BUILD_PREFIX}333333333333`]);

      // Commit 4 touches gamma: the newest entry (commit 3's) is restored, so gamma alone compiles.
      const fourth = await runJob(machine, { sha: sha('4'), touches: 'gamma' }, edits);
      assert.match(fourth.setup.stdout, new RegExp(`build cache: downloading ${BUILD_PREFIX}333333333333 \\(found by a restore key\\)`));
      assert.deepEqual(fourth.ours, ['gamma']);
      assert.equal(fourth.standard, 0);

      // A pull request touching delta restores the default branch's newest entry and saves nothing.
      const creates = machine.server.rpcCalls('CreateCacheEntry').length;
      const pull = await runJob(machine, { sha: sha('5'), touches: 'delta', event: 'pull_request' }, edits);
      assert.deepEqual(pull.ours, ['delta', 'gamma']);
      assert.match(pull.post, /caches not saved: cache-save is auto and the event is pull_request, not push/);
      assert.equal(machine.server.rpcCalls('CreateCacheEntry').length, creates, 'a pull request never uploads');

      // A re-run of commit 3 hits its own key exactly and saves nothing again.
      const rerun = await runJob(machine, { sha: sha('3') }, edits);
      assert.equal(rerun.setup.outputs['cache-build-hit'], 'true');
      assert.match(rerun.post, /build cache: exact hit on .*333333333333, not saved again/);
      assert.equal(buildKeys(machine).length, 2);
    } finally {
      await machine.close();
    }
  });
});
