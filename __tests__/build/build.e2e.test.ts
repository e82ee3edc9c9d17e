// Runs the build/ sub-action's bundle (dist/build-main.js) through the runner emulator on real Go
// builds of examples/hello, real archives, real sha256sum and real qemu-user.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, RunnerJob } from '../harness/runner';
import { ELF_MACHINE, MACHO_CPU, PE_MACHINE, readExecutableHeader } from './headers';

const ACTION_DIR = join(REPO_ROOT, 'build');
const EXAMPLE = join(REPO_ROOT, 'examples', 'hello');
// One build cache for every job of this file (and across runs): the jobs' HOME is fresh each time.
const GOCACHE = execFileSync('go', ['env', 'GOCACHE'], { encoding: 'utf8' }).trim();
const EIGHT = [
  'linux/amd64',
  'linux/arm/v7',
  'linux/arm64',
  'linux/riscv64',
  'linux/s390x',
  'windows/amd64',
  'darwin/arm64',
  'darwin/amd64',
];

interface Artifact {
  goos: string;
  goarch: string;
  variant: string;
  path: string;
  archive: string;
  sbom: string;
  sha256: string;
  size: number;
}

function newJob(env: Record<string, string | undefined> = {}): { job: RunnerJob; module: string } {
  const job = new RunnerJob({ env: { GOCACHE, ...env } });
  const module = join(job.workspace, 'hello');
  cpSync(EXAMPLE, module, { recursive: true, filter: (source) => !source.includes(`${EXAMPLE}/dist`) });
  return { job, module };
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const binfmtRegistered = (arch: string) => existsSync(`/proc/sys/fs/binfmt_misc/qemu-${arch}`);

describe('build/ sub-action on examples/hello', () => {
  const jobs: RunnerJob[] = [];
  const scratch: string[] = [];
  const scratchDir = (prefix: string) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    scratch.push(dir);
    return dir;
  };
  after(() => {
    for (const job of jobs) job.cleanup();
    for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
  });

  describe('eight targets with QEMU smoke runs', () => {
    let job: RunnerJob;
    let module: string;
    let step: Awaited<ReturnType<RunnerJob['runAction']>>;
    let artifacts: Artifact[];

    before(async () => {
      ({ job, module } = newJob());
      jobs.push(job);
      step = await job.runAction({
        actionDir: ACTION_DIR,
        inputs: {
          targets: EIGHT.join('\n'),
          'working-directory': 'hello',
          ldflags: '-s -w -X main.version=1.2.3',
          qemu: 'smoke',
          'smoke-args': '--version',
        },
      });
      assert.equal(step.code, 0, step.stdout + step.stderr);
      artifacts = JSON.parse(step.outputs.artifacts!) as Artifact[];
    });

    test('artifacts output: one entry per target, named with goos, goarch and variant, hashed and sized', () => {
      assert.deepEqual(
        artifacts.map((a) => [a.goos, a.goarch, a.variant].filter(Boolean).join('/')),
        EIGHT,
      );
      for (const artifact of artifacts) {
        const stem = ['hello', artifact.goos, artifact.goarch, artifact.variant].filter(Boolean).join('-');
        const windows = artifact.goos === 'windows';
        assert.equal(artifact.path, `hello/dist/${stem}${windows ? '.exe' : ''}`);
        assert.equal(artifact.archive, `hello/dist/${stem}.${windows ? 'zip' : 'tar.gz'}`);
        const binary = join(job.workspace, artifact.path);
        assert.equal(artifact.sha256, sha256(binary));
        assert.equal(artifact.size, statSync(binary).size);
      }
    });

    test('every binary is for the machine its name says (ELF, PE, Mach-O headers)', () => {
      const header = (target: string) => {
        const artifact = artifacts.find((a) => [a.goos, a.goarch, a.variant].filter(Boolean).join('/') === target)!;
        return readExecutableHeader(readFileSync(join(job.workspace, artifact.path)));
      };
      assert.deepEqual(header('linux/amd64'), { format: 'elf', machine: ELF_MACHINE.amd64, bits: 64, endian: 'little' });
      assert.deepEqual(header('linux/arm/v7'), { format: 'elf', machine: ELF_MACHINE.arm, bits: 32, endian: 'little' });
      assert.deepEqual(header('linux/arm64'), { format: 'elf', machine: ELF_MACHINE.arm64, bits: 64, endian: 'little' });
      assert.deepEqual(header('linux/riscv64'), { format: 'elf', machine: ELF_MACHINE.riscv64, bits: 64, endian: 'little' });
      assert.deepEqual(header('linux/s390x'), { format: 'elf', machine: ELF_MACHINE.s390x, bits: 64, endian: 'big' });
      assert.deepEqual(header('windows/amd64'), { format: 'pe', machine: PE_MACHINE.amd64 });
      assert.deepEqual(header('darwin/arm64'), { format: 'macho', cpuType: MACHO_CPU.arm64, bits: 64 });
      assert.deepEqual(header('darwin/amd64'), { format: 'macho', cpuType: MACHO_CPU.amd64, bits: 64 });
    });

    test('sha256sum -c accepts the checksums file, which covers every binary, archive and SBOM', () => {
      assert.equal(step.outputs['checksums-file'], 'hello/dist/SHA256SUMS');
      const dist = join(module, 'dist');
      const check = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dist, encoding: 'utf8' });
      const checked = check.trim().split('\n');
      assert.equal(checked.length, 24);
      assert.ok(checked.every((line) => line.endsWith(': OK')));
      const listed = readFileSync(join(dist, 'SHA256SUMS'), 'utf8')
        .trim()
        .split('\n')
        .map((line) => line.split('  ')[1]);
      assert.deepEqual(listed, [...listed].sort());
      for (const artifact of artifacts) {
        assert.ok(listed.includes(artifact.path.replace('hello/dist/', '')));
        assert.ok(listed.includes(artifact.archive.replace('hello/dist/', '')));
        assert.ok(listed.includes(artifact.sbom.replace('hello/dist/', '')));
      }
    });

    test('archives hold the binary under its program name', () => {
      const dist = join(module, 'dist');
      assert.equal(execFileSync('tar', ['tzf', 'hello-linux-arm-v7.tar.gz'], { cwd: dist, encoding: 'utf8' }), 'hello\n');
      const out = join(job.root, 'unpacked');
      mkdirSync(out);
      execFileSync('tar', ['xzf', join(dist, 'hello-linux-s390x.tar.gz'), '-C', out]);
      assert.equal(sha256(join(out, 'hello')), sha256(join(dist, 'hello-linux-s390x')));
      assert.equal(statSync(join(out, 'hello')).mode & 0o111, 0o111);
      execFileSync('unzip', ['-q', join(dist, 'hello-windows-amd64.zip'), '-d', out]);
      assert.equal(sha256(join(out, 'hello.exe')), sha256(join(dist, 'hello-windows-amd64.exe')));
    });

    test('the foreign Linux binaries really run under qemu-user and print what they should', () => {
      const dist = join(module, 'dist');
      // [target, binary suffix, qemu arch, GOOS/GOARCH the program prints, byte order]
      const cases: [string, string, string, string, string][] = [
        ['linux/arm64', 'arm64', 'aarch64', 'linux/arm64', 'little-endian'],
        ['linux/riscv64', 'riscv64', 'riscv64', 'linux/riscv64', 'little-endian'],
        ['linux/s390x', 's390x', 's390x', 'linux/s390x', 'big-endian'],
        ['linux/arm/v7', 'arm-v7', 'arm', 'linux/arm', 'little-endian'],
      ];
      for (const [target, suffix, qemuArch, platform, order] of cases) {
        const binary = join(dist, `hello-linux-${suffix}`);
        assert.equal(execFileSync(`qemu-${qemuArch}-static`, [binary, '--version'], { encoding: 'utf8' }), `hello 1.2.3 ${platform}\n`);
        assert.equal(
          execFileSync(`qemu-${qemuArch}-static`, [binary], { encoding: 'utf8' }),
          `hello from ${platform} (${order} byte order)\n`,
        );
        // The action's own smoke run saw the same output.
        assert.match(step.summary, new RegExp(`\\| \`${target}\` \\|[^\\n]*passed \\(smoke: hello 1\\.2\\.3 ${platform}\\)`));
      }
    });

    test('summary table: size, short sha256, time and QEMU result per target; matrix output', () => {
      for (const artifact of artifacts) {
        const id = [artifact.goos, artifact.goarch, artifact.variant].filter(Boolean).join('/');
        assert.match(step.summary, new RegExp(`\\| \`${id}\` \\| [0-9.]+ MiB \\| \`${artifact.sha256.slice(0, 12)}\` \\| [0-9.]+ s \\|`));
      }
      assert.match(step.summary, /\| `linux\/amd64` \|[^\n]*\| native \|/);
      assert.match(step.summary, /\| `windows\/amd64` \|[^\n]*\| not run \(not Linux\) \|/);
      assert.deepEqual(JSON.parse(step.outputs.matrix!), { include: [{ shard: 1, shards: 1, targets: EIGHT.join(',') }] });
    });
  });

  describe('qemu: test', () => {
    test('go test passes on linux/arm64 with the test binaries run through qemu-user', async () => {
      const { job } = newJob();
      jobs.push(job);
      const step = await job.runAction({
        actionDir: ACTION_DIR,
        inputs: { targets: 'linux/arm64', 'working-directory': 'hello', qemu: 'test' },
      });
      assert.equal(step.code, 0, step.stdout + step.stderr);
      assert.match(step.summary, /\| `linux\/arm64` \|[^\n]*passed \(go test: 1 package\(s\) ok\) \|/);
    });

    test('a test that only fails on a big-endian machine fails the step for linux/s390x, so the tests really ran emulated', async () => {
      const { job, module } = newJob();
      jobs.push(job);
      writeFileSync(
        join(module, 'internal', 'wire', 'little_test.go'),
        'package wire\n\nimport "testing"\n\nfunc TestAssumesLittleEndian(t *testing.T) {\n\tif NativeOrder() != "little-endian" {\n\t\tt.Fatalf("running on a %s machine", NativeOrder())\n\t}\n}\n',
      );
      const step = await job.runAction({
        actionDir: ACTION_DIR,
        inputs: { targets: 'linux/s390x, linux/arm64', 'working-directory': 'hello', qemu: 'test' },
      });
      assert.equal(step.code, 1);
      const errors = step.annotations.filter((a) => a.level === 'error').map((a) => a.message);
      assert.ok(
        errors.some((message) => /^linux\/s390x: go test failed: .*running on a big-endian machine/.test(message)),
        errors.join('\n'),
      );
      assert.ok(
        errors.some((message) => /cross-build: 1 target\(s\) failed: linux\/s390x$/.test(message)),
        errors.join('\n'),
      );
      assert.match(step.summary, /\| `linux\/arm64` \|[^\n]*passed \(go test/);
    });
  });

  test('shards: the plan lists every target once, and each shard builds exactly its slice', async () => {
    const { job } = newJob();
    jobs.push(job);
    const common = { targets: EIGHT.join(','), 'working-directory': 'hello', archive: 'none', shards: '3' };
    const plan = await job.runAction({ actionDir: ACTION_DIR, inputs: common });
    assert.equal(plan.code, 0, plan.stdout);
    assert.equal(plan.outputs.artifacts, '[]');
    const matrix = JSON.parse(plan.outputs.matrix!) as { include: { shard: number; shards: number; targets: string }[] };
    assert.deepEqual(
      matrix.include.map((entry) => entry.shard),
      [1, 2, 3],
    );
    assert.deepEqual(
      matrix.include.flatMap((entry) => entry.targets.split(',')),
      EIGHT,
    );

    const builtPerShard: string[][] = [];
    for (const entry of matrix.include) {
      const step = await job.runAction({
        actionDir: ACTION_DIR,
        inputs: { ...common, shard: String(entry.shard), 'output-dir': `dist-${entry.shard}` },
      });
      assert.equal(step.code, 0, step.stdout);
      const artifacts = JSON.parse(step.outputs.artifacts!) as Artifact[];
      builtPerShard.push(artifacts.map((a) => [a.goos, a.goarch, a.variant].filter(Boolean).join('/')));
      assert.ok(artifacts.every((a) => a.archive === '' && existsSync(join(job.workspace, a.path))));
    }
    assert.deepEqual(
      builtPerShard,
      matrix.include.map((entry) => entry.targets.split(',')),
    );
    assert.deepEqual(builtPerShard.flat(), EIGHT);
  });

  test('an absolute output-dir outside the workspace is built into and reported once in the summary, before the build table', async () => {
    const { job } = newJob();
    jobs.push(job);
    const outputDir = join(scratchDir('sgg-build-outside-'), 'dist');
    const step = await job.runAction({
      actionDir: ACTION_DIR,
      inputs: { targets: 'linux/amd64', 'working-directory': 'hello', archive: 'none', 'output-dir': outputDir },
    });
    assert.equal(step.code, 0, step.stdout + step.stderr);
    assert.ok(existsSync(join(outputDir, 'hello-linux-amd64')), 'the binary is in the output directory');
    const heading = '### Paths outside the workspace';
    assert.equal(step.summary.split(heading).length - 1, 1, step.summary);
    assert.ok(step.summary.includes(`- \`output-dir\`: <code>${outputDir}</code>`), step.summary);
    assert.ok(step.summary.indexOf(heading) < step.summary.indexOf('linux/amd64'), step.summary);
  });

  describe('garbage collector budget', () => {
    /**
     * A Go tree first on PATH whose bin/go records the collector settings it was started with, then
     * runs the real go: the action runs the go of the tree it finds on PATH (<tree>/bin/go beside
     * <tree>/pkg/tool), by that path.
     */
    function recordingGo(): { bin: string; log: string } {
      const tree = scratchDir('sgg-recording-go-');
      const bin = join(tree, 'bin');
      const log = join(tree, 'gc.log');
      const realRoot = execFileSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).trim();
      mkdirSync(join(tree, 'pkg'), { recursive: true });
      mkdirSync(bin);
      symlinkSync(join(realRoot, 'pkg', 'tool'), join(tree, 'pkg', 'tool'));
      writeFileSync(
        join(bin, 'go'),
        `#!/bin/sh\necho "$1 GOGC=\${GOGC-unset} GOMEMLIMIT=\${GOMEMLIMIT-unset}" >> '${log}'\nunset GOROOT\nexec '${realRoot}/bin/go' "$@"\n`,
      );
      chmodSync(join(bin, 'go'), 0o755);
      return { bin, log };
    }
    const target = ['linux/arm64'];

    test('go build runs with collection off and a memory limit, go test does not, and the binary is byte for byte what a plain go build makes', async () => {
      const { bin, log } = recordingGo();
      // Cold caches on both sides, so both binaries are really compiled under their own settings.
      const { job, module } = newJob({ PATH: `${bin}:${process.env.PATH}`, GOCACHE: scratchDir('sgg-gocache-') });
      jobs.push(job);
      const step = await job.runAction({
        actionDir: ACTION_DIR,
        inputs: { targets: target.join(','), 'working-directory': 'hello', archive: 'none', ldflags: '-s -w', qemu: 'test' },
      });
      assert.equal(step.code, 0, step.stdout + step.stderr);
      const calls = readFileSync(log, 'utf8').split('\n');
      const builds = calls.filter((line) => line.startsWith('build '));
      assert.equal(builds.length, 1, calls.join('\n'));
      assert.match(builds[0]!, /^build GOGC=off GOMEMLIMIT=\d+MiB$/);
      // go test hands its environment to the user's test binaries: they keep Go's default collector.
      assert.deepEqual(
        calls.filter((line) => line.startsWith('test ')),
        ['test GOGC=unset GOMEMLIMIT=unset'],
      );
      assert.match(step.summary, /GOGC=off and GOMEMLIMIT=\d+MiB/);

      const plain = join(scratchDir('sgg-plain-build-'), 'hello');
      execFileSync('go', ['build', '-o', plain, '-trimpath', '-ldflags', '-s -w', '.'], {
        cwd: module,
        env: { ...process.env, GOOS: 'linux', GOARCH: 'arm64', CGO_ENABLED: '0', GOGC: '100', GOCACHE: scratchDir('sgg-gocache-') },
      });
      assert.equal(sha256(join(module, 'dist', 'hello-linux-arm64')), sha256(plain));
    });

    test('a GOGC set by the workflow is what go build gets', async () => {
      const { bin, log } = recordingGo();
      const { job } = newJob({ PATH: `${bin}:${process.env.PATH}`, GOGC: '150' });
      jobs.push(job);
      const step = await job.runAction({
        actionDir: ACTION_DIR,
        inputs: { targets: target.join(','), 'working-directory': 'hello', archive: 'none' },
      });
      assert.equal(step.code, 0, step.stdout + step.stderr);
      const builds = readFileSync(log, 'utf8')
        .split('\n')
        .filter((line) => line.startsWith('build '));
      assert.deepEqual(builds, ['build GOGC=150 GOMEMLIMIT=unset']);
    });
  });

  describe('bad inputs fail the step with a clear error', () => {
    const failing: [string, Record<string, string>, RegExp][] = [
      [
        'unknown target',
        { targets: 'linux/amd64, linux/armv7' },
        /unknown target "linux\/armv7" for this Go\. Valid targets: aix\/ppc64, .*linux\/arm, /,
      ],
      ['unknown variant', { targets: 'linux/amd64/v5' }, /unknown variant "v5"; amd64 variants \(GOAMD64\): v1, v2, v3, v4/],
      ['bad qemu mode', { targets: 'linux/amd64', qemu: 'full' }, /input qemu: "full" is not one of off, smoke, test/],
      ['shard beyond shards', { targets: 'linux/amd64', shard: '4', shards: '3' }, /input shard: 4 is more than shards \(3\)/],
      [
        'image platform that was not built',
        { targets: 'linux/amd64', image: 'x/y', platforms: 'linux/arm64' },
        /input platforms: linux\/arm64 is not among the built Linux targets/,
      ],
      [
        'no main package',
        { targets: 'linux/amd64', packages: './internal/wire' },
        /input packages: "\.\/internal\/wire" must name exactly one main package, found 0/,
      ],
      ['empty targets', { targets: ' ' }, /input targets: nothing to build/],
    ];
    for (const [title, inputs, message] of failing) {
      test(title, async () => {
        const { job } = newJob();
        jobs.push(job);
        const step = await job.runAction({ actionDir: ACTION_DIR, inputs: { 'working-directory': 'hello', ...inputs } });
        assert.equal(step.code, 1);
        const errors = step.annotations.filter((a) => a.level === 'error');
        assert.equal(errors.length, 1, JSON.stringify(step.annotations));
        assert.match(errors[0]!.message, message);
        assert.equal(existsSync(join(job.workspace, 'hello', 'dist', 'hello-linux-amd64')), false, 'nothing is built after a bad input');
      });
    }
  });

  test('no qemu-user and no way to install it: a warning and a summary line, and the build still succeeds', async () => {
    const bin = scratchDir('sgg-go-only-');
    const goPath = `${execFileSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).trim()}/bin/go`;
    symlinkSync(goPath, join(bin, 'go'));
    const { job } = newJob({ PATH: bin });
    jobs.push(job);
    const step = await job.runAction({
      actionDir: ACTION_DIR,
      inputs: { targets: 'linux/arm64', 'working-directory': 'hello', qemu: 'smoke', archive: 'zip' },
    });
    assert.equal(step.code, 0, step.stdout + step.stderr);
    if (binfmtRegistered('aarch64')) {
      // A runner with binfmt_misc registered runs the foreign binary directly.
      assert.match(step.summary, /\| `linux\/arm64` \|[^\n]*passed \(smoke: hello from linux\/arm64/);
    } else {
      const warnings = step.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
      assert.deepEqual(warnings, [
        'QEMU: no qemu-user for arm64 and no way to install it (needs root or passwordless sudo with apt-get, or a Docker engine); those binaries were not run',
      ]);
      assert.match(step.summary, /\| `linux\/arm64` \|[^\n]*⚠️ skipped \(no qemu-user\) \|/);
      assert.match(step.summary, /^- QEMU: no qemu-user for arm64/m);
    }
    // archive: zip applies to every target, not only windows
    assert.equal(JSON.parse(step.outputs.artifacts!)[0].archive, 'hello/dist/hello-linux-arm64.zip');
  });

  test('image: binaries laid out per platform and the exact docker buildx build invocation', async () => {
    const bin = scratchDir('sgg-fake-docker-');
    const calls = join(bin, 'calls');
    // A stand-in for the Docker CLI (there is no Docker engine here): records each call's argv,
    // answers buildx's availability probe, and writes the metadata file buildx would write.
    writeFileSync(
      join(bin, 'docker'),
      `#!/bin/sh
{ printf '%s\\0' "$@"; printf '\\n'; } >> '${calls}'
if [ "$1" = buildx ] && [ "$2" = build ]; then
  while [ $# -gt 0 ]; do
    if [ "$1" = --metadata-file ]; then printf '{"containerimage.digest":"sha256:%064d"}' 7 > "$2"; fi
    shift
  done
fi
exit 0
`,
    );
    chmodSync(join(bin, 'docker'), 0o755);
    writeFileSync(calls, '');
    const { job, module } = newJob({ PATH: `${bin}:${process.env.PATH}` });
    jobs.push(job);
    const step = await job.runAction({
      actionDir: ACTION_DIR,
      inputs: {
        targets: 'linux/amd64,linux/arm/v7,windows/amd64,linux/arm64',
        'working-directory': 'hello',
        image: 'ghcr.io/acme/hello:1.2.3',
      },
    });
    assert.equal(step.code, 0, step.stdout + step.stderr);

    const context = join(module, 'dist', 'image-context');
    for (const [platform, file] of [
      ['linux/amd64', 'hello-linux-amd64'],
      ['linux/arm/v7', 'hello-linux-arm-v7'],
      ['linux/arm64', 'hello-linux-arm64'],
    ]) {
      assert.equal(sha256(join(context, platform!, 'hello')), sha256(join(module, 'dist', file!)), platform);
    }
    assert.equal(existsSync(join(context, 'windows')), false);
    assert.equal(
      readFileSync(join(context, 'Dockerfile'), 'utf8'),
      'FROM scratch\nARG TARGETPLATFORM\nCOPY $TARGETPLATFORM/hello /hello\nENTRYPOINT ["/hello"]\n',
    );

    const argvs = readFileSync(calls, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split('\0').slice(0, -1));
    const build = argvs.filter((argv) => argv[1] === 'build');
    assert.equal(build.length, 1, JSON.stringify(argvs));
    const metadata = build[0]![9]!;
    assert.match(metadata, /docker-actions-toolkit-[^/]+\/build-metadata-[^/]+\.json$/);
    assert.deepEqual(build[0], [
      'buildx',
      'build',
      '--platform',
      'linux/amd64,linux/arm/v7,linux/arm64',
      '--file',
      join(context, 'Dockerfile'),
      '--tag',
      'ghcr.io/acme/hello:1.2.3',
      '--metadata-file',
      metadata,
      context,
    ]);
    assert.match(
      step.summary,
      new RegExp(
        `^- Image ghcr.io/acme/hello:1.2.3: built \\(kept in the builder cache only: set push or image-output\\); digest sha256:${'0'.repeat(63)}7; platforms linux/amd64, linux/arm/v7, linux/arm64$`,
        'm',
      ),
    );
  });
});
