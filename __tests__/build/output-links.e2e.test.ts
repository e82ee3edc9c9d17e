// The build/ sub-action's bundle from the position of a pull request's author, who can commit
// symbolic links into the checkout: a link as the output folder, in a parent of it, or at a name
// the build writes (a binary, an archive, the checksums file) must never lead a write outside.
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, RunnerJob } from '../harness/runner';
import { REMOTE_DRIVER_INSPECT } from './image-inspect';

const ACTION_DIR = join(REPO_ROOT, 'build');
const EXAMPLE = join(REPO_ROOT, 'examples', 'hello');
const GOCACHE = execFileSync('go', ['env', 'GOCACHE'], { encoding: 'utf8' }).trim();
const PRECIOUS = 'a file of the runner the pull request must not touch\n';

describe('build outputs never follow links committed in the checkout', () => {
  const cleanups: (() => void)[] = [];
  after(() => {
    for (const cleanup of cleanups) cleanup();
  });

  /**
   * A `docker` first on PATH that acts as buildx does with the files it is given: it writes the
   * metadata file and the OCI tarball (`--output type=oci,dest=`) through whatever stands there.
   */
  function standInDocker(): string {
    const bin = mkdtempSync(join(tmpdir(), 'sgg-stand-in-docker-'));
    cleanups.push(() => rmSync(bin, { recursive: true, force: true }));
    writeFileSync(join(bin, 'inspect.txt'), REMOTE_DRIVER_INSPECT);
    writeFileSync(
      join(bin, 'docker'),
      `#!/bin/sh
[ "$1" = buildx ] || exit 0
case "$2" in
  inspect) cat '${join(bin, 'inspect.txt')}' ;;
  build)
    while [ $# -gt 0 ]; do
      case "$1" in
        --metadata-file) printf '{"containerimage.digest":"sha256:%064d"}' 5 > "$2" ;;
        --file) echo "Dockerfile parse error: unknown instruction: $(head -c 200 "$2")" >&2; exit 1 ;;
        type=oci,dest=*) printf 'an OCI layout' > "\${1#type=oci,dest=}" ;;
      esac
      shift
    done ;;
esac
exit 0
`,
    );
    chmodSync(join(bin, 'docker'), 0o755);
    return bin;
  }

  /** A job with examples/hello checked out, and a folder outside the workspace holding one precious file. */
  function setUp(env: Record<string, string | undefined> = {}): { job: RunnerJob; module: string; outside: string; precious: string } {
    const job = new RunnerJob({ env: { GOCACHE, ...env } });
    const module = join(job.workspace, 'hello');
    cpSync(EXAMPLE, module, { recursive: true, filter: (source) => !source.includes(`${EXAMPLE}/dist`) });
    const outside = mkdtempSync(join(tmpdir(), 'sgg-outside-'));
    const precious = join(outside, 'precious');
    writeFileSync(precious, PRECIOUS);
    cleanups.push(
      () => job.cleanup(),
      () => rmSync(outside, { recursive: true, force: true }),
    );
    return { job, module, outside, precious };
  }

  const build = (job: RunnerJob, inputs: Record<string, string> = {}) =>
    job.runAction({ actionDir: ACTION_DIR, inputs: { targets: 'linux/amd64', 'working-directory': 'hello', ...inputs } });

  const errors = (step: Awaited<ReturnType<typeof build>>) =>
    step.annotations.filter((annotation) => annotation.level === 'error').map((annotation) => annotation.message);

  function assertUntouched(outside: string, precious: string): void {
    assert.deepEqual(readdirSync(outside), ['precious'], 'nothing was written outside the workspace');
    assert.equal(readFileSync(precious, 'utf8'), PRECIOUS);
  }

  test('the output folder committed as a link out of the workspace is refused, naming output-dir and the path', async () => {
    const { job, module, outside, precious } = setUp();
    symlinkSync(outside, join(module, 'dist'));
    const step = await build(job);
    assertUntouched(outside, precious);
    assert.equal(step.code, 1, step.stdout + step.stderr);
    assert.ok(
      errors(step).some(
        (message) => message.includes('input output-dir') && message.includes(join(module, 'dist')) && /link/.test(message),
      ),
      errors(step).join('\n'),
    );
  });

  test('a link in a parent folder of the output folder is refused the same way', async () => {
    const { job, module, outside, precious } = setUp();
    symlinkSync(outside, join(module, 'out'));
    const step = await build(job, { 'output-dir': 'out/bin' });
    assertUntouched(outside, precious);
    assert.equal(step.code, 1, step.stdout + step.stderr);
    assert.ok(
      errors(step).some((message) => message.includes('input output-dir') && message.includes(join(module, 'out')) && /link/.test(message)),
      errors(step).join('\n'),
    );
  });

  test('an absolute output-dir inside the workspace is refused when a committed link leads it out', async () => {
    const { job, module, outside, precious } = setUp();
    symlinkSync(outside, join(module, 'dist'));
    const step = await build(job, { 'output-dir': join(module, 'dist', 'bin') });
    assertUntouched(outside, precious);
    assert.equal(step.code, 1, step.stdout + step.stderr);
    assert.ok(
      errors(step).some((message) => message.includes('input output-dir') && /link/.test(message)),
      errors(step).join('\n'),
    );
  });

  test('dist/SHA256SUMS committed as a link to a file outside: that file is unchanged and nothing is written outside', async () => {
    const { job, module, outside, precious } = setUp();
    mkdirSync(join(module, 'dist'));
    symlinkSync(precious, join(module, 'dist', 'SHA256SUMS'));
    const step = await build(job);
    assertUntouched(outside, precious);
    assert.equal(step.code, 1, step.stdout + step.stderr);
    assert.ok(
      errors(step).some((message) => message.includes(join(module, 'dist', 'SHA256SUMS')) && /link/.test(message)),
      errors(step).join('\n'),
    );
  });

  for (const name of ['hello-linux-amd64.spdx.json', 'hello.intoto.json']) {
    test(`a link at ${name} (an SBOM, the provenance statement) is refused before the build and its target is unchanged`, async () => {
      const { job, module, outside, precious } = setUp();
      mkdirSync(join(module, 'dist'));
      symlinkSync(precious, join(module, 'dist', name));
      const step = await build(job);
      assertUntouched(outside, precious);
      assert.equal(step.code, 1, step.stdout + step.stderr);
      assert.ok(
        errors(step).some((message) => message.includes(join(module, 'dist', name)) && /link/.test(message)),
        errors(step).join('\n'),
      );
      assert.equal(existsSync(join(module, 'dist', 'hello-linux-amd64')), false, 'nothing was built');
    });
  }

  test('a link at the archive name is refused and its target is unchanged', async () => {
    const { job, module, outside, precious } = setUp();
    mkdirSync(join(module, 'dist'));
    symlinkSync(precious, join(module, 'dist', 'hello-linux-amd64.tar.gz'));
    const step = await build(job);
    assertUntouched(outside, precious);
    assert.equal(step.code, 1, step.stdout + step.stderr);
    assert.ok(
      errors(step).some((message) => message.includes(join(module, 'dist', 'hello-linux-amd64.tar.gz')) && /link/.test(message)),
      errors(step).join('\n'),
    );
  });

  test('a link at the binary name pointing to a folder outside is refused: go build never writes into it', async () => {
    const { job, module, outside, precious } = setUp();
    mkdirSync(join(module, 'dist'));
    symlinkSync(outside, join(module, 'dist', 'hello-linux-amd64'));
    const step = await build(job, { archive: 'none' });
    assertUntouched(outside, precious);
    assert.equal(step.code, 1, step.stdout + step.stderr);
    assert.ok(
      errors(step).some((message) => message.includes(join(module, 'dist', 'hello-linux-amd64')) && /link/.test(message)),
      errors(step).join('\n'),
    );
  });

  test('the image context folder committed as a link out of the workspace is refused: no binary or Dockerfile lands outside', async () => {
    const { job, module, outside, precious } = setUp({ PATH: `${standInDocker()}:${process.env.PATH}`, BUILDX_BUILDER: undefined });
    mkdirSync(join(module, 'dist'));
    symlinkSync(outside, join(module, 'dist', 'image-context'));
    const step = await build(job, { image: 'ghcr.io/acme/hello:1', archive: 'none' });
    assertUntouched(outside, precious);
    assert.equal(step.code, 1, step.stdout + step.stderr);
    assert.ok(
      errors(step).some((message) => message.includes(join(module, 'dist', 'image-context')) && /link/.test(message)),
      errors(step).join('\n'),
    );
  });

  test('image-output committed as a link to a file outside is refused before buildx writes through it', async () => {
    const { job, module, outside, precious } = setUp({ PATH: `${standInDocker()}:${process.env.PATH}`, BUILDX_BUILDER: undefined });
    mkdirSync(join(module, 'dist'));
    symlinkSync(precious, join(module, 'dist', 'image.tar'));
    const step = await build(job, { image: 'ghcr.io/acme/hello:1', archive: 'none', 'image-output': 'dist/image.tar' });
    assertUntouched(outside, precious);
    assert.equal(step.code, 1, step.stdout + step.stderr);
    assert.ok(
      errors(step).some(
        (message) => message.includes('image-output') && message.includes(join(module, 'dist', 'image.tar')) && /link/.test(message),
      ),
      errors(step).join('\n'),
    );
  });

  test('a dockerfile committed as a link to a runner file is refused before buildx reads it', async () => {
    const { job, module, outside, precious } = setUp({ PATH: `${standInDocker()}:${process.env.PATH}`, BUILDX_BUILDER: undefined });
    symlinkSync(precious, join(module, 'Dockerfile'));
    const step = await build(job, { image: 'ghcr.io/acme/hello:1', archive: 'none', dockerfile: 'Dockerfile' });
    assertUntouched(outside, precious);
    assert.ok(!(step.stdout + step.stderr).includes(PRECIOUS.trim()), 'the runner file was never read out');
    assert.equal(step.code, 1, step.stdout + step.stderr);
    assert.ok(
      errors(step).some(
        (message) => message.startsWith('input dockerfile:') && message.includes(join(module, 'Dockerfile')) && /link/.test(message),
      ),
      errors(step).join('\n'),
    );
  });

  test('without links the build writes its files as regular files into the output folder', async () => {
    const { job, module } = setUp();
    const step = await build(job);
    assert.equal(step.code, 0, step.stdout + step.stderr);
    assert.deepEqual(readdirSync(join(module, 'dist')).sort(), [
      'SHA256SUMS',
      'hello-linux-amd64',
      'hello-linux-amd64.spdx.json',
      'hello-linux-amd64.tar.gz',
      'hello.intoto.json',
    ]);
  });
});
