// cgo cross-builds through the build/ sub-action's bundle (dist/build-main.js) under the runner
// emulator: examples/cgo (C code using <math.h>, and a name lookup) built with a zig the action
// downloads from a ziglang.org-like server on 127.0.0.1 and verifies with minisign, for musl
// (static) and glibc (dynamic) Linux targets and Windows; headers read, every Linux binary run
// under real qemu-user (dynamic ones with Debian's glibc cross sysroot).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, RunnerJob } from '../../harness/runner';
import { ZIG_TEST_VERSION, ZigServer } from '../../harness/zig-server';
import { ELF_MACHINE, PE_MACHINE, readExecutableHeader } from '../headers';

const ACTION_DIR = join(REPO_ROOT, 'build');
const EXAMPLE = join(REPO_ROOT, 'examples', 'cgo');
const GOCACHE = execFileSync('go', ['env', 'GOCACHE'], { encoding: 'utf8' }).trim();
// zig's own cache of the C libraries it builds per target (musl, glibc stubs, mingw): shared by the
// jobs of this file and across runs, as GOCACHE is. The first run on a machine builds them.
const ZIG_CACHE = join(tmpdir(), 'sgg-zig-cache');
// The first run on a machine builds zig's C libraries for five targets (minutes on 2 idle cores).
const STEP_TIMEOUT_MS = 30 * 60_000;
const MUSL_TARGETS = ['linux/amd64', 'linux/arm64', 'linux/arm/v7', 'linux/riscv64', 'windows/amd64'];

interface Artifact {
  goos: string;
  goarch: string;
  variant: string;
  path: string;
  linkage: string;
  interpreter: string;
  libc: string;
  cgo: boolean | null;
  cc: string;
  qemu: string;
}

const idOf = (a: Artifact) => [a.goos, a.goarch, a.variant].filter(Boolean).join('/');

describe('cgo cross-builds with a verified zig', () => {
  let server: ZigServer;
  // A fixed tool cache folder, emptied of zig first: zig keys its cache of built C libraries by
  // the zig's own path, so a new path every run would rebuild them all every run.
  const toolCache = join(tmpdir(), 'sgg-cgo-toolcache');
  const jobs: RunnerJob[] = [];
  /** `ownToolCache`: a job on a machine whose tool cache holds no zig yet. */
  const newJob = (env: Record<string, string | undefined> = {}, ownToolCache = false) => {
    const job = new RunnerJob({
      env: { GOCACHE, ZIG_GLOBAL_CACHE_DIR: ZIG_CACHE, ZIG_LOCAL_CACHE_DIR: ZIG_CACHE, ...env },
      ...(ownToolCache ? {} : { toolCache }),
    });
    jobs.push(job);
    cpSync(EXAMPLE, join(job.workspace, 'app'), { recursive: true, filter: (source) => !source.includes(`${EXAMPLE}/dist`) });
    return job;
  };
  const zigInputs = () => ({
    'zig-version': ZIG_TEST_VERSION,
    'zig-download-base-url': server.url,
    'zig-signing-key': server.key.publicKey,
  });

  before(async () => {
    rmSync(toolCache, { recursive: true, force: true });
    mkdirSync(ZIG_CACHE, { recursive: true });
    server = await new ZigServer().start();
  });
  after(async () => {
    await server.close();
    for (const job of jobs) job.cleanup();
  });

  describe('musl, static: linux/amd64, arm64, arm/v7, riscv64 and windows/amd64', () => {
    let job: RunnerJob;
    let step: Awaited<ReturnType<RunnerJob['runAction']>>;
    let artifacts: Artifact[];
    before(async () => {
      job = newJob();
      step = await job.runAction({
        actionDir: ACTION_DIR,
        inputs: { targets: MUSL_TARGETS.join('\n'), 'working-directory': 'app', cgo: '1', libc: 'musl', qemu: 'smoke', ...zigInputs() },
        timeoutMs: STEP_TIMEOUT_MS,
      });
      assert.equal(step.code, 0, step.stdout + step.stderr);
      artifacts = JSON.parse(step.outputs.artifacts!) as Artifact[];
    });

    test('zig came from the local server, verified, into the tool cache; the summary says so', () => {
      assert.ok(existsSync(join(toolCache, 'zig', ZIG_TEST_VERSION, `${process.arch}.complete`)));
      assert.ok(server.requests.some((path) => path.endsWith('.tar.xz.minisig')));
      assert.match(
        step.summary,
        new RegExp(
          `C cross compiler: zig ${ZIG_TEST_VERSION.replace(/\./g, '\\.')} \\(downloaded, verified: sha256:127\\.0\\.0\\.1:\\d+, minisign:[0-9A-F]{16}\\)`,
        ),
      );
    });

    test('headers: the machine of each target, static ELF without PT_INTERP, PE for windows', () => {
      const header = (target: string) =>
        readExecutableHeader(readFileSync(join(job.workspace, artifacts.find((a) => idOf(a) === target)!.path)));
      assert.deepEqual(header('linux/amd64'), { format: 'elf', machine: ELF_MACHINE.amd64, bits: 64, endian: 'little' });
      assert.deepEqual(header('linux/arm64'), { format: 'elf', machine: ELF_MACHINE.arm64, bits: 64, endian: 'little' });
      assert.deepEqual(header('linux/arm/v7'), { format: 'elf', machine: ELF_MACHINE.arm, bits: 32, endian: 'little' });
      assert.deepEqual(header('linux/riscv64'), { format: 'elf', machine: ELF_MACHINE.riscv64, bits: 64, endian: 'little' });
      assert.deepEqual(header('windows/amd64'), { format: 'pe', machine: PE_MACHINE.amd64 });
      for (const artifact of artifacts.filter((a) => a.goos === 'linux')) {
        const headers = execFileSync('readelf', ['-lW', join(job.workspace, artifact.path)], { encoding: 'utf8' });
        assert.doesNotMatch(headers, /INTERP/, `${idOf(artifact)} has no program interpreter`);
        assert.deepEqual(
          [artifact.linkage, artifact.interpreter, artifact.libc, artifact.cgo],
          ['static', '', 'musl', true],
          idOf(artifact),
        );
        assert.match(artifact.cc, /^zig 0\.17\.1 cc -target [a-z0-9_]+-linux-musl(eabihf)?$/);
      }
      const windows = artifacts.find((a) => a.goos === 'windows')!;
      assert.deepEqual([windows.cgo, windows.cc], [true, 'zig 0.17.1 cc -target x86_64-windows-gnu']);
    });

    test('the provenance statement names the zig the cgo targets used, with what verified it, and cgo per target', () => {
      const statement = JSON.parse(readFileSync(join(job.workspace, step.outputs['provenance-file']!), 'utf8'));
      const zig = statement.predicate.buildDefinition.resolvedDependencies.find(
        (dependency: { name?: string }) => dependency.name === 'zig',
      );
      assert.equal(zig.annotations.version, ZIG_TEST_VERSION);
      assert.equal(zig.annotations.origin, 'downloaded');
      assert.equal(zig.annotations.verified, true);
      assert.ok(
        zig.annotations.trustAnchors.some((anchor: string) => /^minisign:[0-9A-F]{16}$/.test(anchor)),
        JSON.stringify(zig),
      );
      assert.deepEqual(
        statement.predicate.buildDefinition.internalParameters.cgoEnabled,
        Object.fromEntries(MUSL_TARGETS.map((target) => [target, true])),
      );
    });

    test('cgo is on in every binary build info', () => {
      for (const artifact of artifacts) {
        assert.match(
          execFileSync('go', ['version', '-m', join(job.workspace, artifact.path)], { encoding: 'utf8' }),
          /build\tCGO_ENABLED=1/,
        );
      }
    });

    test('each Linux binary runs under qemu-user and prints the C result; the action smoke-ran it too', () => {
      const qemu: Record<string, string> = {
        'linux/arm64': 'qemu-aarch64-static',
        'linux/arm/v7': 'qemu-arm-static',
        'linux/riscv64': 'qemu-riscv64-static',
      };
      for (const artifact of artifacts.filter((a) => a.goos === 'linux')) {
        const binary = join(job.workspace, artifact.path);
        const runner = qemu[idOf(artifact)];
        const out = runner ? execFileSync(runner, [binary], { encoding: 'utf8' }) : execFileSync(binary, { encoding: 'utf8' });
        assert.equal(out, 'hypot(3, 4) = 5.0 computed by C\nlocalhost resolves\n', idOf(artifact));
        if (runner) {
          assert.equal(artifact.qemu, 'passed');
          assert.match(
            step.summary,
            new RegExp(
              `\\| \`${idOf(artifact)}\` \\|[^\\n]*\\| static \\| musl \\| on \\(zig[^|]*\\) \\| ✅ passed \\(smoke: hypot\\(3, 4\\) = 5\\.0 computed by C\\) \\|`,
            ),
          );
        }
      }
    });
  });

  test('glibc, dynamic: linux/arm64 with a 2.28 floor, PT_INTERP of glibc, run with the glibc sysroot', async () => {
    const job = newJob();
    const step = await job.runAction({
      actionDir: ACTION_DIR,
      inputs: {
        targets: 'linux/arm64',
        'working-directory': 'app',
        cgo: '1',
        libc: 'linux/arm64=glibc.2.28',
        qemu: 'smoke',
        ...zigInputs(),
      },
      timeoutMs: STEP_TIMEOUT_MS,
    });
    assert.equal(step.code, 0, step.stdout + step.stderr);
    const [artifact] = JSON.parse(step.outputs.artifacts!) as Artifact[];
    assert.deepEqual(
      [artifact!.linkage, artifact!.interpreter, artifact!.libc, artifact!.cgo],
      ['dynamic', '/lib/ld-linux-aarch64.so.1', 'glibc', true],
    );
    assert.equal(artifact!.cc, 'zig 0.17.1 cc -target aarch64-linux-gnu.2.28');
    const binary = join(job.workspace, artifact!.path);
    assert.match(
      execFileSync('readelf', ['-lW', binary], { encoding: 'utf8' }),
      /Requesting program interpreter: \/lib\/ld-linux-aarch64\.so\.1/,
    );
    // Symbol versions are the floor: nothing newer than GLIBC_2.28 is asked for.
    const versions = [...execFileSync('readelf', ['-VW', binary], { encoding: 'utf8' }).matchAll(/GLIBC_2\.([0-9]+)/g)].map((m) =>
      Number(m[1]),
    );
    assert.ok(versions.length > 0 && Math.max(...versions) <= 28, versions.join(','));
    assert.equal(
      execFileSync('qemu-aarch64-static', ['-L', '/usr/aarch64-linux-gnu', binary], { encoding: 'utf8' }),
      'hypot(3, 4) = 5.0 computed by C\nlocalhost resolves\n',
    );
    assert.equal(artifact!.qemu, 'passed');
    assert.match(
      step.summary,
      /\| `linux\/arm64` \|[^\n]*\| dynamic \(<code>\/lib\/ld-linux-aarch64\.so\.1<\/code>\) \| glibc \| on \(zig[^|]*\) \| ✅ passed \(smoke: hypot/,
    );
    assert.equal(
      server.requests.filter((path) => path.endsWith('.tar.xz')).length,
      1,
      'zig was downloaded once, by the first job; this one used the tool cache',
    );
  });

  test('CGO_ENABLED=0: the program links net, so a notice says what changes', async () => {
    const job = newJob();
    const step = await job.runAction({
      actionDir: ACTION_DIR,
      inputs: { targets: 'linux/arm64', 'working-directory': 'app', archive: 'none' },
    });
    assert.equal(step.code, 0, step.stdout + step.stderr);
    // Other notices (which go builds) may stand beside it: this test is about the cgo ones.
    const notices = step.annotations.filter((a) => a.level === 'notice' && a.message.startsWith('CGO_ENABLED=')).map((a) => a.message);
    assert.equal(notices.length, 1, notices.join('\n'));
    assert.match(notices[0]!, /^CGO_ENABLED=0 \(linux\/arm64\): net resolves names with Go's own resolver .*NSS modules/);
    const [artifact] = JSON.parse(step.outputs.artifacts!) as Artifact[];
    assert.deepEqual([artifact!.linkage, artifact!.libc, artifact!.cgo, artifact!.cc], ['static', 'none', false, '']);
  });

  test('cgo with no compiler and no zig reachable: a clear error naming the inputs, nothing built', async () => {
    // The shared tool cache holds the zig the tests above installed: this job's has none.
    const job = newJob({}, true);
    const step = await job.runAction({
      actionDir: ACTION_DIR,
      inputs: {
        targets: 'linux/arm64',
        'working-directory': 'app',
        cgo: '1',
        'zig-version': ZIG_TEST_VERSION,
        'zig-download-base-url': 'http://127.0.0.1:9/download',
      },
    });
    assert.equal(step.code, 1);
    const errors = step.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(
      errors[0]!,
      /cgo: 1 for linux\/arm64 needs a C cross compiler, and zig could not be provided: .*127\.0\.0\.1:9.*Put zig on PATH, set zig-version \(and zig-download-base-url for a mirror\), or name a compiler per target with input cc \(linux\/arm64=<command>\) or CC_FOR_<goos>_<goarch>/,
    );
    assert.equal(existsSync(join(job.workspace, 'app', 'dist', 'cgodemo-linux-arm64')), false);
  });
});
