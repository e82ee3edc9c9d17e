// Values from a pull request's files reach the drift report: versions, paths and messages. From the
// position of the pull request's author, run through the drift/ bundle under the runner emulator
// and the command line: the job summary shows them as inert text (no comment that hides the rest,
// no heading, no table cell ended early), and no log line of the command line becomes a runner command.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { REPO_ROOT, RunnerJob, spawnCollect } from '../harness/runner';
import { underTest } from '../harness/action-under-test';

const DRIFT_ACTION = join(REPO_ROOT, 'drift');
const CLI = await underTest(join(REPO_ROOT, 'dist', 'cli.js'));
const jobs: RunnerJob[] = [];
after(() => {
  for (const job of jobs) job.cleanup();
});

function write(root: string, path: string, contents: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), contents);
}

function hostileRepository(): RunnerJob {
  const job = new RunnerJob({ eventName: 'pull_request' });
  jobs.push(job);
  write(job.workspace, 'go.mod', 'module example.com/app\n\ngo 1.22\n');
  write(
    job.workspace,
    '.github/workflows/ci.yml',
    `on: pull_request
jobs:
  comment:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/setup-go@v5
        with:
          go-version: '1.22<!--'
  heading:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/setup-go@v5
        with:
          go-version: '<h1>1.23</h1> | cell'
`,
  );
  // A module whose folder name is markup: its path is in the summary's Location column.
  write(job.workspace, 'x<img src=y>/go.mod', 'module example.com/x\n\ngo one.twenty\n');
  return job;
}

describe('drift summary from hostile repository values', () => {
  test('versions and paths are inert in the job summary', async () => {
    const step = await hostileRepository().runAction({ actionDir: DRIFT_ACTION, inputs: { mode: 'warn' } });
    assert.equal(step.code, 0, step.stdout + step.stderr);
    assert.match(step.summary, /<table>/);
    assert.match(step.summary, /^<h3>Go version drift<\/h3>$/m, 'one heading level for every section the action writes');
    for (const raw of ['<!--', '<h1>', '<img']) assert.ok(!step.summary.includes(raw), `${raw} reached the summary raw`);
    assert.match(step.summary, /1\.22&lt;!--/);
    assert.match(step.summary, /&lt;h1&gt;1\.23&lt;\/h1&gt; &#124; cell/);
    assert.match(step.summary, /x&lt;img src=y&gt;\/go\.mod/);
    // Every row still has its four cells: no value ended one early.
    for (const row of step.summary.match(/<tr>.*?<\/tr>/gs) ?? []) {
      assert.equal((row.match(/<t[dh]>/g) ?? []).length, 4, row);
    }
  });
});

describe('a drift step that fails', () => {
  test('writes the error to the job summary, inert, under its own heading', async () => {
    const step = await hostileRepository().runAction({ actionDir: DRIFT_ACTION, inputs: { mode: 'loud<!--' } });
    assert.notEqual(step.code, 0, step.stdout);
    assert.match(step.summary, /^### ❌ setup-go-golden\/drift failed$/m, step.summary);
    assert.match(step.summary, /^input mode: .*loud&lt;!--/m, step.summary);
    assert.ok(!step.summary.includes('<!--'), step.summary);
  });
});

describe('drift command line from hostile repository paths', () => {
  test('a finding line never starts a runner command', async () => {
    const job = new RunnerJob({ eventName: 'pull_request' });
    jobs.push(job);
    write(job.workspace, '::warning::forged/go.mod', 'module example.com/x\n\ngo one.twenty\n');
    const run = await spawnCollect(process.execPath, [CLI, 'drift', job.workspace]);
    assert.equal(run.code, 1, run.stdout + run.stderr);
    assert.match(run.stdout, /invalid-version/);
    for (const line of run.stdout.split('\n')) assert.ok(!/^\s*::/.test(line), `a runner command: ${line}`);
  });
});
