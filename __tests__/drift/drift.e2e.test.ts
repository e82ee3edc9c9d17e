// End to end: the drift/ sub-action's bundle (drift-main.js) run through the runner emulator,
// and the command line (cli.js) run as a process, on fixture repositories.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, RunnerJob, spawnCollect } from '../harness/runner';
import { underTest } from '../harness/action-under-test';
import type { Finding } from '../../src/drift/types';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const DRIFT_ACTION = join(REPO_ROOT, 'drift');
const CLI = await underTest(join(REPO_ROOT, 'dist', 'cli.js'));

const jobs: RunnerJob[] = [];
after(() => {
  for (const job of jobs) job.cleanup();
});

function jobWith(fixture: string, subdirectory = ''): RunnerJob {
  const job = new RunnerJob({ eventName: 'pull_request' });
  jobs.push(job);
  const target = join(job.workspace, subdirectory);
  mkdirSync(target, { recursive: true });
  cpSync(join(FIXTURES, fixture), target, { recursive: true });
  return job;
}

describe('drift sub-action', () => {
  test('mode error: annotations on the exact lines, the drift output, a summary table, a failed step', async () => {
    const job = jobWith('below-minimum');
    const step = await job.runAction({ actionDir: DRIFT_ACTION });
    assert.equal(step.code, 1, step.stdout + step.stderr);
    const drift = JSON.parse(step.outputs.drift!) as Finding[];
    assert.deepEqual(
      drift.map((f) => [f.file, f.line, f.rule]),
      [10, 13, 16, 19].map((line) => ['.github/workflows/ci.yml', line, 'ci-below-minimum']),
    );
    const located = step.annotations.filter((a) => a.file);
    const failure = step.annotations.filter((a) => !a.file);
    assert.deepEqual(
      located.map((a) => [a.level, a.file, a.line, a.col]),
      drift.map((f) => ['error', f.file, f.line, f.column]),
    );
    assert.deepEqual(
      failure.map((a) => a.message),
      ['Go version drift: 4 error(s), 0 warning(s), 0 notice(s)'],
    );
    assert.equal(step.annotations[0]!.col, 23);
    assert.equal(step.annotations[0]!.title, 'drift: ci-below-minimum');
    assert.match(step.annotations[0]!.message, /go 1\.22\.3/);
    assert.match(step.summary, /<table>/);
    assert.match(step.summary, /go\.mod:3:4/);
    assert.match(step.summary, /error: ci-below-minimum/);
  });

  test('mode warn: same findings, the step passes', async () => {
    const job = jobWith('below-minimum');
    const step = await job.runAction({ actionDir: DRIFT_ACTION, inputs: { mode: 'warn' } });
    assert.equal(step.code, 0, step.stdout + step.stderr);
    assert.equal(JSON.parse(step.outputs.drift!).length, 4);
    assert.equal(step.annotations.filter((a) => a.level === 'error').length, 4);
  });

  test('a repository that agrees passes with an empty drift list', async () => {
    const step = await jobWith('aligned').runAction({ actionDir: DRIFT_ACTION });
    assert.equal(step.code, 0, step.stdout + step.stderr);
    assert.deepEqual(JSON.parse(step.outputs.drift!), []);
    assert.deepEqual(step.annotations, []);
  });

  test('working-directory and ignore: paths stay relative to the workspace; ignored files are not read', async () => {
    const job = jobWith('dockerfile-below', 'service');
    const step = await job.runAction({ actionDir: DRIFT_ACTION, inputs: { 'working-directory': 'service', ignore: 'build/**' } });
    assert.equal(step.code, 1, step.stdout + step.stderr);
    const files = step.annotations.filter((a) => a.file).map((a) => `${a.file}:${a.line}:${a.col}`);
    assert.deepEqual(files, ['service/Dockerfile:2:16', 'service/Dockerfile:8:39']);
  });

  test('malformed files fail the gate, each with an annotation at its line; YAML GitHub may read is a notice', async () => {
    const step = await jobWith('malformed').runAction({ actionDir: DRIFT_ACTION });
    assert.equal(step.code, 1);
    const level = (file: string) => step.annotations.filter((a) => a.file === file).map((a) => [a.level, a.line]);
    assert.deepEqual(level('go.mod'), [['error', 4]]);
    assert.deepEqual(level('.github/workflows/broken.yml'), [['notice', 10]]);
  });

  test('an invalid mode fails with a message naming the input', async () => {
    const step = await jobWith('aligned').runAction({ actionDir: DRIFT_ACTION, inputs: { mode: 'strict' } });
    assert.equal(step.code, 1);
    assert.match(step.stdout, /input mode/);
  });
});

describe('drift command line', () => {
  test('human-readable findings and exit 1 on errors', async () => {
    const result = await spawnCollect(process.execPath, [CLI, 'drift', join(FIXTURES, 'yaml-number')]);
    assert.equal(result.code, 1, result.stderr);
    const lines = result.stdout.trim().split('\n');
    assert.equal(lines[0], `.github/workflows/ci.yml:7:14 error yaml-number ${lines[0]!.split(' yaml-number ')[1]}`);
    assert.match(lines[0]!, /quote it: '1\.20'/);
    assert.match(lines.at(-1)!, /2 error\(s\)/);
  });

  test('--json prints the same findings as the engine, exit 0 when nothing is an error', async () => {
    const result = await spawnCollect(process.execPath, [CLI, 'drift', '--json', join(FIXTURES, 'unverified')]);
    assert.equal(result.code, 0, result.stderr);
    const findings = JSON.parse(result.stdout) as Finding[];
    assert.ok(findings.filter((f) => f.severity === 'notice' && f.rule === 'unverified').length >= 6);
    // Jobs whose Go the check cannot resolve build the module: no claim that its go line is untested.
    assert.deepEqual(
      findings.filter((f) => f.severity !== 'notice').map((f) => [f.severity, f.rule]),
      [],
    );
  });

  test('the current directory by default, and usage errors exit 2', async () => {
    const clean = await spawnCollect(process.execPath, [CLI, 'drift'], { cwd: join(FIXTURES, 'aligned') });
    assert.equal(clean.code, 0, clean.stdout + clean.stderr);
    assert.match(clean.stdout, /0 error\(s\), 0 warning\(s\), 0 notice\(s\)/);
    const usage = await spawnCollect(process.execPath, [CLI, 'lint']);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /usage: setup-go-golden drift/);
  });
});
