// The root action's go-version-file is a file of the checkout, so of a pull request's author: a
// link to a runner file or to /proc/self/environ, a linked parent directory, a named pipe or a
// /proc file without end must fail the step at once with an error naming the input and the path,
// and nothing of the target may reach the log. Run through the bundle under the runner emulator;
// every case fails before anything is downloaded, so no server is needed.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { RunnerJob, type StepResult } from '../harness/runner';

const SECRET = 'ghs_PullRequestMustNeverSeeThis0123456789';
const PROMPTLY_MS = 20_000;
const scratch: string[] = [];
const jobs: RunnerJob[] = [];
after(() => {
  for (const job of jobs) job.cleanup();
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

function outsideDirectory(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sgg-outside-'));
  scratch.push(dir);
  writeFileSync(join(dir, '.go-version'), `${SECRET}\n`);
  return dir;
}

function checkout(plant: (workspace: string) => void): RunnerJob {
  const job = new RunnerJob({ eventName: 'pull_request' });
  jobs.push(job);
  plant(job.workspace);
  return job;
}

function link(workspace: string, path: string, target: string): void {
  mkdirSync(dirname(join(workspace, path)), { recursive: true });
  symlinkSync(target, join(workspace, path));
}

async function runWithVersionFile(job: RunnerJob, file: string): Promise<{ step: StepResult; ms: number }> {
  const start = Date.now();
  const step = await job.runAction({
    inputs: { 'go-version-file': file, cache: 'false', 'drift-check': 'off' },
    env: { DEPLOY_TOKEN: SECRET },
    timeoutMs: PROMPTLY_MS,
  });
  return { step, ms: Date.now() - start };
}

function assertRefused(step: StepResult, ms: number, message: RegExp): void {
  assert.ok(ms < PROMPTLY_MS, `took ${ms} ms`);
  assert.equal(step.code, 1, step.stdout + step.stderr);
  const everything = [step.stdout, step.stderr, step.summary, JSON.stringify(step.outputs)].join('\n');
  assert.ok(!everything.includes(SECRET), 'the target of the go-version-file reached the step output');
  const errors = step.annotations.filter((a) => a.level === 'error').map((a) => a.message);
  assert.equal(errors.length, 1, errors.join('\n'));
  assert.match(errors[0]!, message);
  assert.deepEqual(step.addedPath, [], 'no Go was set up');
}

describe('root action go-version-file from a pull request', () => {
  test('-> a runner file outside the checkout: refused, naming the input and the path', async () => {
    const job = checkout((workspace) => link(workspace, '.go-version', join(outsideDirectory(), '.go-version')));
    const { step, ms } = await runWithVersionFile(job, '.go-version');
    assertRefused(step, ms, /^input go-version-file: \.go-version is a symbolic link; not followed, nothing in it was read$/);
  });

  test('-> /proc/self/environ: the step environment shown nowhere', async () => {
    const job = checkout((workspace) => link(workspace, '.go-version', '/proc/self/environ'));
    const { step, ms } = await runWithVersionFile(job, '.go-version');
    assertRefused(step, ms, /^input go-version-file: \.go-version is a symbolic link/);
    assert.ok(!step.stdout.includes('DEPLOY_TOKEN'));
  });

  test('-> /proc/self/pagemap: refused promptly', async () => {
    const job = checkout((workspace) => link(workspace, '.go-version', '/proc/self/pagemap'));
    const { step, ms } = await runWithVersionFile(job, '.go-version');
    assertRefused(step, ms, /^input go-version-file: \.go-version is a symbolic link/);
  });

  test('below a linked directory: the link is named', async () => {
    const job = checkout((workspace) => link(workspace, 'ci', outsideDirectory()));
    const { step, ms } = await runWithVersionFile(job, 'ci/.go-version');
    assertRefused(
      step,
      ms,
      /^input go-version-file: ci is a symbolic link to a directory; not followed, so ci\/\.go-version was not read$/,
    );
  });

  test('a named pipe: not opened for reading, never hangs', async () => {
    const job = checkout((workspace) => execFileSync('mkfifo', [join(workspace, '.go-version')]));
    const { step, ms } = await runWithVersionFile(job, '.go-version');
    assertRefused(step, ms, /^input go-version-file: \.go-version is a named pipe; not followed/);
  });

  test('larger than 1 MiB: refused without reading it all', async () => {
    const job = checkout((workspace) => writeFileSync(join(workspace, 'go.mod'), `module m\n\ngo 1.22\n${'// padding\n'.repeat(110_000)}`));
    const { step, ms } = await runWithVersionFile(job, 'go.mod');
    assertRefused(step, ms, /^input go-version-file: go\.mod is larger than 1 MiB; not read$/);
  });
});
