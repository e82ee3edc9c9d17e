// The path a hosted runner takes: its default buildx builder (the docker driver without the
// containerd image store) cannot build several platforms, so the step creates a docker-container
// builder for the job and the post step removes it. A docker-container builder needs a Docker
// engine, which this machine cannot run (no engine, and CAP_SYS_RESOURCE is missing for one), so
// this path is checked at the level of the exact commands, through a stand-in `docker` that answers
// `buildx inspect` as a hosted runner's Docker does and records every call. The build itself is
// checked against a real BuildKit in image-buildkit.test.ts.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedToolCache, GO_VERSION } from '../../cache/helpers';
import { actionUnderTest } from '../../harness/action-under-test';
import { REPO_ROOT, RunnerJob, type StepResult } from '../../harness/runner';
import { DOCKER_DRIVER_INSPECT } from '../image-inspect';

const EXAMPLE = join(REPO_ROOT, 'examples', 'hello');
const GOCACHE = execFileSync('go', ['env', 'GOCACHE'], { encoding: 'utf8' }).trim();
const IMAGE_INPUTS = {
  targets: 'linux/amd64,linux/arm64,windows/amd64',
  'working-directory': 'hello',
  image: 'ghcr.io/acme/hello:1',
  push: 'true',
};

/** The docker driver as `docker buildx inspect` shows it, with or without the containerd image store. */
function dockerDriverInspect(containerdStore: boolean): string {
  return containerdStore
    ? DOCKER_DRIVER_INSPECT.replace(/(Multi-platform build|OCI exporter)(: +)false/g, '$1$2true')
    : DOCKER_DRIVER_INSPECT;
}

function standInDocker(dir: string, calls: string, containerdStore: boolean): void {
  // buildx prints the features only in debug mode.
  writeFileSync(join(dir, 'inspect.txt'), DOCKER_DRIVER_INSPECT.replace(/^Features:[\s\S]*$/m, ''));
  writeFileSync(join(dir, 'inspect-debug.txt'), dockerDriverInspect(containerdStore));
  writeFileSync(
    join(dir, 'docker'),
    `#!/bin/sh
{ printf '%s\\0' "$@"; printf '\\n'; } >> '${calls}'
[ "$1" = buildx ] || exit 0
case "$2" in
  inspect) [ "$3" = --bootstrap ] || cat '${join(dir, 'inspect')}'\${DEBUG:+-debug}.txt ;;
  build)
    if [ -n "$STAND_IN_BUILD_FAILS" ]; then echo 'ERROR: failed to build: failed to solve: something broke' >&2; exit 1; fi
    while [ $# -gt 0 ]; do
      if [ "$1" = --metadata-file ]; then printf '{"containerimage.digest":"sha256:%064d"}' 5 > "$2"; fi
      shift
    done ;;
esac
exit 0
`,
  );
  chmodSync(join(dir, 'docker'), 0o755);
  writeFileSync(calls, '');
}

describe('a job builder where the current builder cannot build several platforms (stand-in docker)', () => {
  const cleanups: (() => void)[] = [];
  after(() => {
    for (const cleanup of cleanups) cleanup();
  });

  const setUp = (containerdStore = false) => {
    const bin = mkdtempSync(join(tmpdir(), 'sgg-stand-in-docker-'));
    const calls = join(bin, 'calls');
    standInDocker(bin, calls, containerdStore);
    const job = new RunnerJob({
      env: { GOCACHE, PATH: `${bin}:${process.env.PATH}`, BUILDX_BUILDER: undefined },
      toolCache: sharedToolCache(),
    });
    cpSync(EXAMPLE, join(job.workspace, 'hello'), { recursive: true, filter: (source) => !source.includes(`${EXAMPLE}/dist`) });
    cleanups.push(
      () => job.cleanup(),
      () => rmSync(bin, { recursive: true, force: true }),
    );
    /** The buildx calls so far (argv after `docker buildx`), less the availability probe. */
    const buildxCalls = () =>
      readFileSync(calls, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split('\0').slice(0, -1))
        .filter((argv) => argv[0] === 'buildx' && argv.length > 1)
        .map((argv) => argv.slice(1));
    return { job, buildxCalls };
  };
  const ok = (step: StepResult) => assert.equal(step.code, 0, step.stdout + step.stderr);

  for (const entry of ['build/', 'root action'] as const) {
    test(`${entry}: inspect, create a docker-container builder, bootstrap it, build on it; the post step removes it`, async () => {
      const { job, buildxCalls } = setUp();
      const step =
        entry === 'build/'
          ? await job.runAction({ actionDir: join(REPO_ROOT, 'build'), inputs: IMAGE_INPUTS })
          : await job.runAction({
              actionDir: await actionUnderTest(),
              inputs: { 'go-version': GO_VERSION, 'check-latest': 'false', 'drift-check': 'off', cache: 'false', ...IMAGE_INPUTS },
            });
      ok(step);
      const builder = step.state['image-job-builder']!;
      assert.match(builder, /^setup-go-golden-[A-Za-z0-9]+-[0-9a-f]{8}$/);
      const calls = buildxCalls();
      const build = calls[3]!;
      assert.deepEqual(calls.slice(0, 3), [
        ['inspect'],
        ['create', '--name', builder, '--driver', 'docker-container'],
        ['inspect', '--bootstrap', '--builder', builder],
      ]);
      assert.deepEqual(build.slice(0, 5), ['build', '--builder', builder, '--platform', 'linux/amd64,linux/arm64']);
      assert.deepEqual(build.slice(-3, -1), ['--output', 'type=registry']);
      assert.equal(calls.length, 4);
      assert.equal(step.outputs.digest, `sha256:${'0'.repeat(63)}5`);
      assert.match(step.summary, new RegExp(`; builder ${builder} \\(created for this job\\)$`, 'm'));

      const [post] = await job.runPosts();
      ok(post!);
      assert.deepEqual(buildxCalls().slice(4), [['rm', '--builder', builder]]);
      assert.match(post!.stdout, new RegExp(`removed the buildx builder ${builder} created for this job`));
    });
  }

  test('a failed build removes the job builder at once (the root post step runs only after success)', async () => {
    const { job, buildxCalls } = setUp();
    const step = await job.runAction({ actionDir: join(REPO_ROOT, 'build'), inputs: IMAGE_INPUTS, env: { STAND_IN_BUILD_FAILS: '1' } });
    assert.notEqual(step.code, 0);
    assert.match(
      step.stdout,
      /::error::image: building and pushing ghcr.io\/acme\/hello:1 failed \(docker buildx build, exit 1\): ERROR: failed to build: failed to solve: something broke/,
    );
    const calls = buildxCalls();
    const builder = calls[1]![2]!;
    assert.deepEqual(calls.at(-1), ['rm', '--builder', builder]);
    assert.equal(step.state['image-job-builder'], '');
    await job.runPosts();
    assert.equal(buildxCalls().length, calls.length, 'nothing left for the post step');
  });

  test('a builder the workflow chose that cannot build several platforms is refused, not replaced', async () => {
    const { job, buildxCalls } = setUp();
    const step = await job.runAction({ actionDir: join(REPO_ROOT, 'build'), inputs: IMAGE_INPUTS, env: { BUILDX_BUILDER: 'default' } });
    assert.notEqual(step.code, 0);
    assert.match(
      step.stdout,
      /::error::BUILDX_BUILDER: builder default \(driver docker\) lacks multi-platform builds; use a docker-container or remote builder/,
    );
    assert.deepEqual(buildxCalls(), [['inspect', '--builder', 'default']]);
  });

  for (const [what, containerdStore, inputs] of [
    ['one platform, no OCI tarball', false, { platforms: 'linux/amd64' }],
    ['the containerd image store, several platforms and an OCI tarball', true, { 'image-output': 'dist/image.tar' }],
  ] as const) {
    test(`${what}: the docker driver builds it, no builder is created`, async () => {
      const { job, buildxCalls } = setUp(containerdStore);
      const step = await job.runAction({ actionDir: join(REPO_ROOT, 'build'), inputs: { ...IMAGE_INPUTS, ...inputs } });
      ok(step);
      assert.deepEqual(
        buildxCalls().map((argv) => argv.slice(0, 2)),
        [['inspect'], ['build', '--platform']],
      );
      assert.equal(step.state['image-job-builder'] ?? '', '');
    });
  }
});
