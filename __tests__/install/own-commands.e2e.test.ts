// An earlier step of the same job prepares the ground before the root action runs: a GOROOT in
// the job environment that points at another tree, GOFLAGS=-toolexec in the user's go env file or
// the job environment, a go planted in $HOME/go/bin on PATH. The action's own commands (its go env,
// its cross-build) run only the verified go, with GOROOT the verified tree; the summary and the
// annotations name what was found; env-policy: error fails the step. Each hostile program writes a
// line to a marker file when it runs, so "never ran" is observed, not assumed.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installedGo } from '../harness/go-archives';
import { REPO_ROOT, type RunnerJob, type StepResult } from '../harness/runner';
import { errorsOf, newJob, startInstallFixture, type InstallFixture } from './fixture';

let fixture: InstallFixture;
/** A tool cache holding the fixture's Go, installed and verified once by the action itself. */
let toolCache: RunnerJob;

before(async () => {
  fixture = await startInstallFixture();
  toolCache = newJob();
  const installed = await toolCache.runAction({ inputs: fixture.inputs({ cache: 'false', 'drift-check': 'off' }) });
  assert.equal(installed.code, 0, installed.stdout);
});

after(async () => {
  toolCache.cleanup();
  await fixture.server.close();
});

/** A job on the machine of the first one (same tool cache), with examples/hello in its workspace. */
function hostileJob(env: Record<string, string | undefined> = {}): RunnerJob {
  const job = newJob({ toolCache: toolCache.toolCache, env: { GOROOT: undefined, GOENV: undefined, XDG_CONFIG_HOME: undefined, ...env } });
  cpSync(join(REPO_ROOT, 'examples', 'hello'), join(job.workspace, 'hello'), { recursive: true });
  return job;
}

const markerOf = (job: RunnerJob) => join(job.root, 'hostile-ran');
const runsOf = (job: RunnerJob) => (existsSync(markerOf(job)) ? readFileSync(markerOf(job), 'utf8').split('\n').filter(Boolean) : []);

/** A shell script that records that it ran, then runs `then` with its arguments. */
function writeRecorder(job: RunnerJob, path: string, then: string): string {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, `#!/bin/sh\necho "${path} $*" >> '${markerOf(job)}'\nexec ${then} "$@"\n`);
  chmodSync(path, 0o755);
  return path;
}

function setup(job: RunnerJob, extra: Record<string, string> = {}): Promise<StepResult> {
  return job.runAction({
    inputs: fixture.inputs({
      targets: 'linux/amd64',
      'working-directory': 'hello',
      archive: 'none',
      cache: 'false',
      'drift-check': 'off',
      ...extra,
    }),
  });
}

const titled = (result: StepResult, level: 'warning' | 'error', setting: string) =>
  result.annotations.filter((annotation) => annotation.level === level && annotation.title === `Go environment: ${setting}`);

describe('a job GOROOT that is not the verified tree', () => {
  /** A GOROOT whose compiler records each run: a copy of the installed Go with a wrapped compile. */
  async function otherGoRoot(job: RunnerJob): Promise<string> {
    const go = await installedGo();
    const root = join(job.root, 'other-goroot');
    cpSync(go.goroot, root, { recursive: true, verbatimSymlinks: true });
    const compile = join(root, 'pkg', 'tool', `${go.os}_${go.arch}`, 'compile');
    rmSync(compile);
    writeRecorder(job, compile, join(go.goroot, 'pkg', 'tool', `${go.os}_${go.arch}`, 'compile'));
    return root;
  }

  test("the action's cross-build compiles with the verified tree; GOROOT is reported", async () => {
    const job = hostileJob();
    try {
      job.env.GOROOT = await otherGoRoot(job);
      const result = await setup(job);
      assert.equal(result.code, 0, result.stdout);
      assert.deepEqual(runsOf(job), [], 'the other tree compiled something');
      const [warning] = titled(result, 'warning', 'GOROOT');
      assert.match(warning?.message ?? '', /GOROOT=\S*other-goroot in the job environment is not the verified Go/);
      assert.match(result.summary, /\| GOROOT \| <code>\S*other-goroot<\/code> \| ⚠️ risky \|/);
    } finally {
      job.cleanup();
    }
  });

  test('env-policy: error fails the step and names GOROOT', async () => {
    const job = hostileJob();
    try {
      job.env.GOROOT = await otherGoRoot(job);
      const result = await setup(job, { 'env-policy': 'error' });
      assert.notEqual(result.code, 0);
      assert.match(errorsOf(result), /env-policy is error and the Go environment has risky settings: GOROOT/);
      assert.equal(titled(result, 'error', 'GOROOT').length, 1);
      assert.deepEqual(runsOf(job), []);
    } finally {
      job.cleanup();
    }
  });
});

describe('GOFLAGS with -toolexec', () => {
  const places: Array<[string, (job: RunnerJob, flags: string) => void, RegExp]> = [
    [
      "the user's go env file",
      (job, flags) => {
        mkdirSync(join(job.home, '.config', 'go'), { recursive: true });
        writeFileSync(join(job.home, '.config', 'go', 'env'), `GOFLAGS=${flags}\n`);
      },
      /GOFLAGS in the go env file \S+\/\.config\/go\/env has -toolexec=\S+/,
    ],
    [
      'the job environment',
      (job, flags) => {
        job.env.GOFLAGS = flags;
      },
      /GOFLAGS in the job environment has -toolexec=\S+/,
    ],
  ];
  for (const [place, plant, message] of places) {
    test(`in ${place}: the action's own commands never run the program; it is reported`, async () => {
      const job = hostileJob();
      const strictJob = hostileJob();
      try {
        plant(job, `-toolexec=${writeRecorder(job, join(job.root, 'toolexec.sh'), '')} -trimpath`);
        plant(strictJob, `-toolexec=${writeRecorder(strictJob, join(strictJob.root, 'toolexec.sh'), '')}`);
        const result = await setup(job);
        assert.equal(result.code, 0, result.stdout);
        assert.deepEqual(runsOf(job), [], 'the -toolexec program ran in the action');
        assert.ok(
          titled(result, 'warning', 'GOFLAGS').some((warning) => message.test(warning.message)),
          JSON.stringify(result.annotations),
        );
        assert.doesNotMatch(result.summary, /No risky Go settings found/);
        assert.match(result.summary, /-toolexec=/);
        const failed = await setup(strictJob, { 'env-policy': 'error' });
        assert.notEqual(failed.code, 0);
        assert.match(errorsOf(failed), /env-policy is error and the Go environment has risky settings: GOFLAGS/);
        assert.deepEqual(runsOf(strictJob), []);
      } finally {
        job.cleanup();
        strictJob.cleanup();
      }
    });
  }
});

describe('a go planted in $HOME/go/bin, on PATH before the step', () => {
  test('neither the action nor a later step runs it: the verified bin comes first', async () => {
    const job = hostileJob();
    try {
      const go = await installedGo();
      const planted = join(job.home, 'go', 'bin');
      writeRecorder(job, join(planted, 'go'), join(go.goroot, 'bin', 'go'));
      writeRecorder(job, join(planted, 'gofmt'), join(go.goroot, 'bin', 'gofmt'));
      job.env.PATH = `${planted}:${job.env.PATH}`;
      const result = await setup(job);
      assert.equal(result.code, 0, result.stdout);
      assert.deepEqual(runsOf(job), [], 'the planted go ran in the action');
      const goRoot = result.outputs['go-root']!;
      assert.equal(result.addedPath[result.addedPath.length - 1], join(goRoot, 'bin'), 'added last, so first on PATH');
      const later = await job.run('go', ['env', 'GOROOT']);
      assert.equal(later.stdout.trim(), goRoot);
      await job.run('gofmt', ['-l', job.workspace]);
      assert.deepEqual(runsOf(job), [], 'a later step ran the planted go or gofmt');
      assert.equal(titled(result, 'warning', 'PATH').length, 0);
    } finally {
      job.cleanup();
    }
  });
});
