// The drift gate reads only the pull request's own files. From the position of a pull request's
// author, who commits links and special files: `.go-version -> <a runner file>`, `-> /proc/self/environ`,
// `-> /proc/self/pagemap`, a named pipe, a linked `.github/actions` directory. Run through the
// bundles: the drift/ sub-action and the root action's default drift phase under the runner
// emulator, and the command line as a process. Nothing of a link's target may reach an annotation,
// an output, the summary or the log; every such file is a `not-followed` finding naming only its path.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { REPO_ROOT, RunnerJob, spawnCollect, type StepResult } from '../harness/runner';
import { underTest } from '../harness/action-under-test';
import type { Finding } from '../../src/drift/types';

const DRIFT_ACTION = join(REPO_ROOT, 'drift');
const CLI = await underTest(join(REPO_ROOT, 'dist', 'cli.js'));
const SECRET = 'ghs_PullRequestMustNeverSeeThis0123456789';
/** A step that reads until memory runs out would pass this; a bounded read ends within seconds. */
const PROMPTLY_MS = 20_000;

const scratch: string[] = [];
const jobs: RunnerJob[] = [];
after(() => {
  for (const job of jobs) job.cleanup();
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

/** A file of the runner outside the checkout, holding a secret-looking line. */
function runnerFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sgg-runner-file-'));
  scratch.push(dir);
  const path = join(dir, 'credentials');
  writeFileSync(path, `${SECRET}\n`);
  return path;
}

function write(root: string, path: string, contents: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), contents);
}

/** A checkout with a module and a workflow that reads .go-version, plus what `plant` adds. */
function pullRequest(plant: (workspace: string) => void): RunnerJob {
  const job = new RunnerJob({ eventName: 'pull_request' });
  jobs.push(job);
  write(job.workspace, 'go.mod', 'module example.com/app\n\ngo 1.22\n');
  write(job.workspace, 'main.go', 'package main\n\nfunc main() {}\n');
  write(
    job.workspace,
    '.github/workflows/ci.yml',
    `on: pull_request
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-go@v5
        with:
          go-version-file: .go-version
      - run: go test ./...
`,
  );
  plant(job.workspace);
  return job;
}

function link(workspace: string, path: string, target: string): void {
  mkdirSync(dirname(join(workspace, path)), { recursive: true });
  symlinkSync(target, join(workspace, path));
}

/** Everything the step showed: log, annotations, outputs, summary. */
function everything(step: StepResult): string {
  return [step.stdout, step.stderr, step.summary, JSON.stringify(step.outputs), JSON.stringify(step.annotations)].join('\n');
}

function driftOutput(step: StepResult): Finding[] {
  return JSON.parse(step.outputs.drift ?? '[]') as Finding[];
}

function notFollowed(findings: Array<Pick<Finding, 'file' | 'rule'>>): string[] {
  return findings.filter((f) => f.rule === 'not-followed').map((f) => f.file);
}

async function timed<T>(run: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = Date.now();
  const result = await run();
  return { result, ms: Date.now() - start };
}

describe('drift sub-action: links and special files in a pull request', () => {
  test('.go-version -> a runner file outside the checkout: not followed, its line shown nowhere', async () => {
    const job = pullRequest((workspace) => link(workspace, '.go-version', runnerFile()));
    const step = await job.runAction({ actionDir: DRIFT_ACTION });
    assert.ok(!everything(step).includes(SECRET), 'the runner file reached the step output');
    assert.deepEqual(notFollowed(driftOutput(step)), ['.go-version']);
    const annotation = step.annotations.find((a) => a.title === 'drift: not-followed');
    assert.equal(annotation?.file, '.go-version');
    assert.match(annotation!.message, /\.go-version is a symbolic link; not followed/);
    assert.equal(step.code, 1, 'an unread version file fails the gate');
  });

  test('.go-version -> /proc/self/environ: the step environment shown nowhere', async () => {
    const job = pullRequest((workspace) => link(workspace, '.go-version', '/proc/self/environ'));
    const step = await job.runAction({ actionDir: DRIFT_ACTION, env: { DEPLOY_TOKEN: SECRET } });
    assert.ok(!everything(step).includes(SECRET), 'the step environment reached the step output');
    assert.ok(!everything(step).includes('DEPLOY_TOKEN'), 'a variable name reached the step output');
    assert.deepEqual(notFollowed(driftOutput(step)), ['.go-version']);
  });

  test('.go-version -> /proc/self/pagemap: finishes promptly', async () => {
    const job = pullRequest((workspace) => link(workspace, '.go-version', '/proc/self/pagemap'));
    const { result: step, ms } = await timed(() => job.runAction({ actionDir: DRIFT_ACTION, timeoutMs: PROMPTLY_MS }));
    assert.ok(ms < PROMPTLY_MS, `took ${ms} ms`);
    assert.deepEqual(notFollowed(driftOutput(step)), ['.go-version'], step.stdout + step.stderr);
  });

  test('a named pipe as .go-version: not opened for reading, never hangs', async () => {
    const job = pullRequest((workspace) => execFileSync('mkfifo', [join(workspace, '.go-version')]));
    const { result: step, ms } = await timed(() => job.runAction({ actionDir: DRIFT_ACTION, timeoutMs: PROMPTLY_MS }));
    assert.ok(ms < PROMPTLY_MS, `took ${ms} ms`);
    const findings = driftOutput(step);
    assert.deepEqual(notFollowed(findings), ['.go-version'], step.stdout + step.stderr);
    assert.match(findings.find((f) => f.rule === 'not-followed')!.message, /is a named pipe/);
    // Not mistaken for a missing file: the workflow's go-version-file exists, it is just not read.
    assert.deepEqual(
      findings.filter((f) => f.rule === 'version-file-missing'),
      [],
    );
  });

  test('a linked .github/actions directory: the local action behind it is not read', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'sgg-elsewhere-'));
    scratch.push(elsewhere);
    write(
      elsewhere,
      'setup/action.yml',
      `runs:
  using: composite
  steps:
    - uses: actions/setup-go@v5
      with:
        go-version: '${SECRET}'
`,
    );
    const job = pullRequest((workspace) => {
      link(workspace, '.github/actions', elsewhere);
      write(workspace, '.go-version', '1.22.5\n');
      write(
        workspace,
        '.github/workflows/local.yml',
        `on: pull_request
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: ./.github/actions/setup
`,
      );
    });
    const step = await job.runAction({ actionDir: DRIFT_ACTION });
    assert.ok(!everything(step).includes(SECRET), 'the linked action reached the step output');
    assert.deepEqual(notFollowed(driftOutput(step)), ['.github/actions']);
  });

  test('a linked .github/workflows directory is not entered, and is named', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'sgg-elsewhere-'));
    scratch.push(elsewhere);
    write(
      elsewhere,
      'ci.yml',
      `on: push\njobs:\n  t:\n    runs-on: x\n    steps:\n      - uses: actions/setup-go@v5\n        with:\n          go-version: '${SECRET}'\n`,
    );
    const job = new RunnerJob({ eventName: 'pull_request' });
    jobs.push(job);
    write(job.workspace, 'go.mod', 'module example.com/app\n\ngo 1.22\n');
    link(job.workspace, '.github/workflows', elsewhere);
    const step = await job.runAction({ actionDir: DRIFT_ACTION });
    assert.ok(!everything(step).includes(SECRET), 'a workflow behind the link reached the step output');
    assert.deepEqual(notFollowed(driftOutput(step)), ['.github/workflows']);
  });
});

describe('drift sub-action: a working-directory the pull request made a link', () => {
  test('working-directory -> a directory outside the checkout: not entered, named', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'sgg-elsewhere-'));
    scratch.push(elsewhere);
    write(elsewhere, '.go-version', `${SECRET}\n`);
    write(elsewhere, 'go.mod', 'module example.com/elsewhere\n\ngo 1.22\n');
    const job = pullRequest((workspace) => link(workspace, 'service', elsewhere));
    const step = await job.runAction({ actionDir: DRIFT_ACTION, inputs: { 'working-directory': 'service' } });
    assert.ok(!everything(step).includes(SECRET), 'a file behind the link reached the step output');
    assert.deepEqual(
      driftOutput(step).map((f) => [f.rule, f.file]),
      [['not-followed', 'service']],
    );
    assert.equal(step.code, 1);
  });
});

describe("root action's default drift phase: links in a pull request", () => {
  test('.go-version -> /proc/self/environ: not followed, the environment shown nowhere', async () => {
    const job = pullRequest((workspace) => link(workspace, '.go-version', '/proc/self/environ'));
    // No go-version: the Go on PATH is used and only the drift phase (default mode warn) runs.
    const step = await job.runAction({ env: { DEPLOY_TOKEN: SECRET }, timeoutMs: PROMPTLY_MS });
    assert.ok(!everything(step).includes(SECRET), 'the step environment reached the step output');
    assert.deepEqual(notFollowed(driftOutput(step)), ['.go-version'], step.stdout + step.stderr);
    assert.equal(step.code, 0, 'drift-check defaults to warn');
  });
});

describe('command line: links in a checkout', () => {
  test('.go-version -> /proc/self/environ and -> a runner file: neither printed, both named', async () => {
    const job = pullRequest((workspace) => {
      link(workspace, '.go-version', '/proc/self/environ');
      link(workspace, 'tools/.tool-versions', runnerFile());
    });
    const env = { ...process.env, DEPLOY_TOKEN: SECRET };
    const text = await spawnCollect(process.execPath, [CLI, 'drift', job.workspace], { env, timeoutMs: PROMPTLY_MS });
    const json = await spawnCollect(process.execPath, [CLI, 'drift', '--json', job.workspace], { env, timeoutMs: PROMPTLY_MS });
    for (const run of [text, json]) {
      assert.ok(!(run.stdout + run.stderr).includes(SECRET), 'a link target reached the command line output');
      assert.equal(run.code, 1, run.stdout + run.stderr);
    }
    assert.deepEqual(notFollowed(JSON.parse(json.stdout) as Finding[]).sort(), ['.go-version', 'tools/.tool-versions']);
    assert.match(text.stdout, /^\.go-version:1:1 error not-followed \.go-version is a symbolic link; not followed/m);
  });
});
