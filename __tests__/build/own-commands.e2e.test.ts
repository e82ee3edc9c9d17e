// The build sub-action after setup-go-golden, with a hostile step in between: it points the job's
// GOROOT at another tree, puts GOFLAGS=-toolexec in the user's go env file and a go first on PATH
// (as a GITHUB_PATH line would). The build still runs only the Go the setup step verified; each
// finding is an annotation and a summary line; env-policy: error fails the step. Every hostile
// program records its runs in a marker file, so "never ran" is observed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installedGo } from '../harness/go-archives';
import { REPO_ROOT, type RunnerJob, type StepResult } from '../harness/runner';
import { errorsOf, newJob, startInstallFixture, type InstallFixture } from '../install/fixture';

const BUILD_ACTION = join(REPO_ROOT, 'build');
let fixture: InstallFixture;

before(async () => {
  fixture = await startInstallFixture();
});
after(async () => {
  await fixture.server.close();
});

const markerOf = (job: RunnerJob) => join(job.root, 'hostile-ran');
const runsOf = (job: RunnerJob) => (existsSync(markerOf(job)) ? readFileSync(markerOf(job), 'utf8').split('\n').filter(Boolean) : []);

/** A shell script that records that it ran, then runs `then` with its arguments. */
function writeRecorder(job: RunnerJob, path: string, then: string): string {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, `#!/bin/sh\necho "${path} $*" >> '${markerOf(job)}'\nexec ${then} "$@"\n`);
  chmodSync(path, 0o755);
  return path;
}

/** Sets up a verified Go, then does what a hostile step between it and the build would. */
async function jobAfterHostileStep(): Promise<{ job: RunnerJob; goRoot: string }> {
  const job = newJob({ env: { GOROOT: undefined, GOENV: undefined, XDG_CONFIG_HOME: undefined } });
  cpSync(join(REPO_ROOT, 'examples', 'hello'), join(job.workspace, 'hello'), { recursive: true });
  const setup = await job.runAction({ inputs: fixture.inputs({ cache: 'false', 'drift-check': 'off' }) });
  assert.equal(setup.code, 0, setup.stdout);
  const go = await installedGo();
  const otherRoot = join(job.root, 'other-goroot');
  cpSync(go.goroot, otherRoot, { recursive: true, verbatimSymlinks: true });
  const compile = join(otherRoot, 'pkg', 'tool', `${go.os}_${go.arch}`, 'compile');
  rmSync(compile);
  writeRecorder(job, compile, join(go.goroot, 'pkg', 'tool', `${go.os}_${go.arch}`, 'compile'));
  job.env.GOROOT = otherRoot;
  const toolexec = writeRecorder(job, join(job.root, 'toolexec.sh'), '');
  mkdirSync(join(job.home, '.config', 'go'), { recursive: true });
  writeFileSync(join(job.home, '.config', 'go', 'env'), `GOFLAGS=-toolexec=${toolexec}\n`);
  const planted = join(job.root, 'planted-bin');
  writeRecorder(job, join(planted, 'go'), join(go.goroot, 'bin', 'go'));
  job.pathPrefix.unshift(planted);
  return { job, goRoot: setup.outputs['go-root']! };
}

function build(job: RunnerJob, extra: Record<string, string> = {}): Promise<StepResult> {
  return job.runAction({
    actionDir: BUILD_ACTION,
    inputs: { targets: 'linux/amd64', 'working-directory': 'hello', archive: 'none', ...extra },
  });
}

const titles = (result: StepResult, level: 'warning' | 'error') =>
  result.annotations.filter((annotation) => annotation.level === level).map((annotation) => annotation.title);

test('the build runs only the verified Go and reports the job GOROOT, the -toolexec and the go on PATH', async () => {
  const { job, goRoot } = await jobAfterHostileStep();
  try {
    const result = await build(job);
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.deepEqual(runsOf(job), [], 'a hostile program ran in the build');
    for (const setting of ['GOROOT', 'GOFLAGS', 'PATH']) {
      assert.ok(titles(result, 'warning').includes(`Go environment: ${setting}`), `${setting}: ${JSON.stringify(result.annotations)}`);
    }
    assert.match(result.summary, /## Which go runs/);
    assert.match(result.summary, new RegExp(`The build runs <code>${goRoot.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</code> only`));
    assert.match(result.summary, /planted-bin\/go comes before the verified go/);
    const artifacts = JSON.parse(result.outputs.artifacts!) as { path: string }[];
    assert.equal(artifacts.length, 1);
  } finally {
    job.cleanup();
  }
});

test('env-policy: error fails the build step on them before anything is built', async () => {
  const { job } = await jobAfterHostileStep();
  try {
    const result = await build(job, { 'env-policy': 'error' });
    assert.notEqual(result.code, 0);
    assert.match(errorsOf(result), /env-policy is error and the Go environment has risky settings: GOROOT, GOFLAGS, PATH/);
    assert.deepEqual(runsOf(job), []);
    assert.equal(existsSync(join(job.workspace, 'hello', 'dist')), false);
  } finally {
    job.cleanup();
  }
});
