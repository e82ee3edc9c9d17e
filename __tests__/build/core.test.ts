import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { shardMatrix, shardTargets } from '../../src/build/plan/shards';
import { archiveFileName, archiveFormatFor, binaryFileName, programFileName, programNameFromImportPath } from '../../src/build/plan/naming';
import { formatChecksums } from '../../src/build/artifacts/checksums';
import { cgoEnabledFor } from '../../src/build/cgo/choice';
import { needsEmulation, qemuProgramNames } from '../../src/build/emulation/foreign-targets';
import { gcBudgetEnv } from '../../src/build/plan/gc-budget';
import { goBuildArgs, goTestArgs } from '../../src/build/plan/go-arguments';
import { parseBuildOptions, splitArguments } from '../../src/inputs/build';
import { InputReader } from '../../src/inputs/reader';
import { artifactsJson, summaryMarkdown, type BuiltTarget } from '../../src/build/artifacts/summary';
import type { BuildTarget } from '../../src/build/plan/targets';

const t = (goos: string, goarch: string, variant = ''): BuildTarget => ({ goos, goarch, variant });

describe('shards', () => {
  test('every split of up to 20 targets into up to 25 shards is an exact, ordered, balanced partition', () => {
    for (let count = 0; count <= 20; count++) {
      const targets = Array.from({ length: count }, (_, i) => i);
      for (let shards = 1; shards <= 25; shards++) {
        const slices = Array.from({ length: shards }, (_, i) => shardTargets(targets, { shard: i + 1, shards }));
        assert.deepEqual(slices.flat(), targets, `${count} targets in ${shards} shards`);
        const sizes = slices.map((slice) => slice.length);
        assert.ok(Math.max(...sizes) - Math.min(...sizes) <= 1, `unbalanced: ${sizes.join(',')}`);
      }
    }
  });

  test('out-of-range shards are errors', () => {
    assert.throws(() => shardTargets([1, 2], { shard: 0, shards: 2 }), /shard must be a whole number from 1 to 2, got 0/);
    assert.throws(() => shardTargets([1, 2], { shard: 3, shards: 2 }), /got 3/);
    assert.throws(() => shardTargets([1, 2], { shard: 1, shards: 0 }), /shards must be a whole number >= 1/);
  });

  test('the matrix has one entry per non-empty shard, with its targets ready for the targets input', () => {
    const targets = [t('linux', 'amd64'), t('linux', 'arm', 'v7'), t('windows', 'amd64'), t('darwin', 'arm64'), t('linux', 's390x')];
    assert.deepEqual(shardMatrix(targets, 2), {
      include: [
        { shard: 1, shards: 2, targets: 'linux/amd64,linux/arm/v7,windows/amd64' },
        { shard: 2, shards: 2, targets: 'darwin/arm64,linux/s390x' },
      ],
    });
    assert.equal(shardMatrix(targets.slice(0, 2), 3).include.length, 2);
  });
});

describe('names', () => {
  test('binaries carry goos, goarch and variant, and .exe on windows', () => {
    assert.equal(binaryFileName('hello', t('linux', 'arm', 'v7')), 'hello-linux-arm-v7');
    assert.equal(binaryFileName('hello', t('linux', 'amd64')), 'hello-linux-amd64');
    assert.equal(binaryFileName('hello', t('windows', 'arm64')), 'hello-windows-arm64.exe');
    assert.equal(programFileName('hello', t('windows', 'arm64')), 'hello.exe');
    assert.equal(programFileName('hello', t('darwin', 'arm64')), 'hello');
  });

  test('archives: auto is zip for windows and tar.gz elsewhere; explicit choices win', () => {
    assert.equal(archiveFormatFor('auto', t('windows', 'amd64')), 'zip');
    assert.equal(archiveFormatFor('auto', t('linux', 'amd64')), 'tar.gz');
    assert.equal(archiveFormatFor('zip', t('linux', 'amd64')), 'zip');
    assert.equal(archiveFormatFor('tar.gz', t('windows', 'amd64')), 'tar.gz');
    assert.equal(archiveFormatFor('none', t('windows', 'amd64')), undefined);
    assert.equal(archiveFileName('hello', t('linux', 'amd64', 'v3'), 'tar.gz'), 'hello-linux-amd64-v3.tar.gz');
  });

  test('the default name is the last element of the main package path, without a major-version suffix', () => {
    assert.equal(programNameFromImportPath('example.com/hello'), 'hello');
    assert.equal(programNameFromImportPath('github.com/acme/tool/cmd/tool-cli'), 'tool-cli');
    assert.equal(programNameFromImportPath('github.com/acme/tool/v3'), 'tool');
    assert.equal(programNameFromImportPath('hello'), 'hello');
  });
});

describe('checksums', () => {
  test('lines are sha256sum -c format, sorted by name', () => {
    const a = 'a'.repeat(64);
    const b = 'b'.repeat(64);
    assert.equal(
      formatChecksums([
        { name: 'z.zip', sha256: a },
        { name: 'B.tar.gz', sha256: b },
        { name: 'a', sha256: b },
      ]),
      `${b}  B.tar.gz\n${b}  a\n${a}  z.zip\n`,
    );
    assert.equal(formatChecksums([]), '');
  });

  test('malformed digests and names are refused', () => {
    assert.throws(() => formatChecksums([{ name: 'x', sha256: 'A'.repeat(64) }]), /not a lowercase SHA-256/);
    assert.throws(() => formatChecksums([{ name: 'x\ny', sha256: 'a'.repeat(64) }]), /unfit for a checksums file/);
  });
});

describe('cgo', () => {
  const host = { hostOs: 'linux', hostArch: 'amd64', cgoSupported: true };
  test('auto leaves the native target to Go and turns cgo off for cross targets', () => {
    assert.equal(cgoEnabledFor('auto', t('linux', 'amd64'), host), undefined);
    assert.equal(cgoEnabledFor('auto', t('linux', 'amd64', 'v3'), host), undefined);
    assert.equal(cgoEnabledFor('auto', t('linux', 'arm64'), host), '0');
    assert.equal(cgoEnabledFor('0', t('linux', 'amd64'), host), '0');
  });

  test('cgo 1 turns cgo on wherever Go supports it (the C compiler is chosen separately)', () => {
    assert.equal(cgoEnabledFor('1', t('linux', 'arm64'), host), '1');
    assert.equal(cgoEnabledFor('1', t('linux', 'amd64'), host), '1');
    assert.throws(() => cgoEnabledFor('1', t('js', 'wasm'), { ...host, cgoSupported: false }), /Go has no cgo support for it/);
  });
});

describe('emulation', () => {
  test('only foreign Linux targets on a Linux host need QEMU', () => {
    assert.equal(needsEmulation(t('linux', 'arm64'), 'linux', 'amd64'), true);
    assert.equal(needsEmulation(t('linux', 'amd64', 'v3'), 'linux', 'amd64'), false);
    assert.equal(needsEmulation(t('windows', 'arm64'), 'linux', 'amd64'), false);
    assert.equal(needsEmulation(t('linux', 'arm64'), 'darwin', 'arm64'), false);
  });

  test('QEMU names: the -static name first, then the plain one', () => {
    assert.deepEqual(qemuProgramNames('arm64'), ['qemu-aarch64-static', 'qemu-aarch64']);
    assert.deepEqual(qemuProgramNames('mips64le'), ['qemu-mips64el-static', 'qemu-mips64el']);
    assert.deepEqual(qemuProgramNames('loong64'), ['qemu-loongarch64-static', 'qemu-loongarch64']);
    assert.deepEqual(qemuProgramNames('wasm'), []);
  });

  test('smoke arguments split on spaces and keep quoted words', () => {
    assert.deepEqual(splitArguments(`--version  -name "two words" 'x y'`), ['--version', '-name', 'two words', 'x y']);
    assert.deepEqual(splitArguments(''), []);
  });
});

describe('go commands', () => {
  test('build flags are passed only when set', () => {
    assert.deepEqual(goBuildArgs('/o/hello', ['.'], { trimpath: true, ldflags: '-s -w -X main.version=1.0', tags: 'netgo' }), [
      'build',
      '-o',
      '/o/hello',
      '-trimpath',
      '-ldflags',
      '-s -w -X main.version=1.0',
      '-tags',
      'netgo',
      '.',
    ]);
    assert.deepEqual(goBuildArgs('/o/hello', ['./cmd/hello'], { trimpath: false, ldflags: '', tags: '' }), [
      'build',
      '-o',
      '/o/hello',
      './cmd/hello',
    ]);
  });

  test('go test runs through the emulator, quoted when its path has spaces; binfmt needs no -exec', () => {
    const flags = { trimpath: true, ldflags: '', tags: '' };
    assert.deepEqual(goTestArgs('/usr/bin/qemu-aarch64-static', flags), [
      'test',
      '-exec',
      '/usr/bin/qemu-aarch64-static',
      '-trimpath',
      './...',
    ]);
    assert.deepEqual(goTestArgs('/opt/my tools/qemu-aarch64', flags), [
      'test',
      '-exec',
      `'/opt/my tools/qemu-aarch64'`,
      '-trimpath',
      './...',
    ]);
    assert.deepEqual(goTestArgs(undefined, flags), ['test', '-trimpath', './...']);
  });
});

describe('garbage collector budget of the build processes', () => {
  const GiB = 1024 ** 3;
  test('collection off, with half the memory shared among the processes that run at once as the limit', () => {
    assert.deepEqual(gcBudgetEnv({}, { totalMemoryBytes: 16 * GiB, goVersion: 'go1.22.5', parallel: 2, cores: 4 }), {
      GOGC: 'off',
      GOMEMLIMIT: '1024MiB',
    });
    assert.deepEqual(gcBudgetEnv({}, { totalMemoryBytes: 7 * GiB, goVersion: 'devel go1.27-abcdef', parallel: 2, cores: 2 }), {
      GOGC: 'off',
      GOMEMLIMIT: '896MiB',
    });
  });
  test('a GOGC or GOMEMLIMIT the workflow set is left alone', () => {
    assert.deepEqual(gcBudgetEnv({ GOGC: '100' }, { totalMemoryBytes: 16 * GiB, goVersion: 'go1.22.5', parallel: 2, cores: 4 }), {});
    assert.deepEqual(gcBudgetEnv({ GOMEMLIMIT: '2GiB' }, { totalMemoryBytes: 16 * GiB, goVersion: 'go1.22.5', parallel: 2, cores: 4 }), {});
  });
  test('too little memory per process: the default collector', () => {
    assert.deepEqual(gcBudgetEnv({}, { totalMemoryBytes: 4 * GiB, goVersion: 'go1.22.5', parallel: 4, cores: 4 }), {});
  });
  test('a Go without GOMEMLIMIT (before 1.19) keeps the default collector: collection off would have no backstop', () => {
    assert.deepEqual(gcBudgetEnv({}, { totalMemoryBytes: 16 * GiB, goVersion: 'go1.18.10', parallel: 2, cores: 4 }), {});
    assert.deepEqual(gcBudgetEnv({}, { totalMemoryBytes: 16 * GiB, goVersion: 'go1.19', parallel: 2, cores: 4 }), {
      GOGC: 'off',
      GOMEMLIMIT: '1024MiB',
    });
  });
});

describe('inputs', () => {
  const parse = (inputs: Record<string, string>) => parseBuildOptions(new InputReader((name) => inputs[name] ?? ''), 4);

  test('defaults', () => {
    const options = parse({ targets: 'linux/amd64' });
    assert.deepEqual(options, {
      targets: ['linux/amd64'],
      workingDirectory: '.',
      packages: ['.'],
      name: '',
      outputDir: 'dist',
      ldflags: '',
      tags: '',
      trimpath: true,
      cgo: 'auto',
      cc: { byTarget: new Map() },
      libc: { byTarget: new Map() },
      zigVersion: '',
      zigDownloadBaseUrl: '',
      zigSigningKey: '',
      archive: 'auto',
      checksums: 'SHA256SUMS',
      parallel: 4,
      qemu: 'off',
      smokeArgs: [],
      shard: undefined,
      shards: 1,
      image: '',
      platforms: [],
      dockerfile: '',
      push: false,
      imageOutput: '',
      builder: '',
      attestations: 'auto',
    });
  });

  test('ldflags, tags and smoke-args may span lines (go splits them on any white space)', () => {
    const options = parse({ targets: 'linux/amd64', ldflags: '-s -w\n-X main.version=1', tags: 'a\nb', 'smoke-args': '--version\n--json' });
    assert.equal(options.ldflags, '-s -w\n-X main.version=1');
    assert.equal(options.tags, 'a\nb');
    assert.deepEqual(options.smokeArgs, ['--version', '--json']);
  });

  test('every bad value names its input', () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ qemu: 'emulate' }, /input qemu: "emulate" is not one of off, smoke, test/],
      [{ cgo: 'yes' }, /input cgo: "yes" is not one of auto, 0, 1/],
      [{ archive: 'rar' }, /input archive: "rar" is not one of auto, tar.gz, zip, none/],
      [{ trimpath: 'maybe' }, /input trimpath: "maybe" is not a boolean/],
      [{ parallel: '0' }, /input parallel: "0" is not a whole number >= 1/],
      [{ shards: '2', shard: '3' }, /input shard: 3 is more than shards \(2\)/],
      [{ shard: 'first' }, /input shard: "first" is not a whole number >= 1/],
      [{ checksums: '../SUMS' }, /input checksums: "..\/SUMS" must be a plain file name/],
      [{ name: 'my app' }, /input name: "my app" may only hold/],
      [{ trimpath: 'yes' }, /input trimpath: "yes" is not a boolean: use true or false/],
      [{ packages: '-toolexec=/tmp/x' }, /input packages: "-toolexec=\/tmp\/x" is not a package path or pattern/],
      [{ packages: './cmd/a "b"' }, /input packages: "\\"b\\"" is not a package path/],
      [{ targets: 'linux' }, /input targets: "linux" is not goos\/goarch/],
      [{ platforms: 'linux/amd64/v3/x' }, /input platforms: "linux\/amd64\/v3\/x" is not goos\/goarch/],
      [
        { checksums: 'S'.repeat(300) },
        /input checksums: the path element "S{60}… \(300 characters\)" is too long \(300 bytes; at most 255\)/,
      ],
      [{ 'output-dir': 'é'.repeat(2100) }, /input output-dir: the path is too long \(4200 bytes; at most 4095\)/],
      [{ push: 'sure' }, /input push: "sure" is not a boolean/],
      [{ libc: 'uclibc' }, /input libc: "uclibc" is not musl, glibc or glibc\.2\.<minor>/],
      [{ libc: 'linux/arm64=glibc.3' }, /input libc: "glibc\.3" is not musl, glibc/],
      [{ libc: 'musl\nglibc' }, /input libc: "glibc" is not goos\/goarch\[\/variant\]=value/],
      [{ cc: 'gcc' }, /input cc: "gcc" is not goos\/goarch\[\/variant\]=value/],
      [{ cc: 'linux/arm64=a\nlinux/arm64=b' }, /input cc: linux\/arm64 is given twice/],
      [{ 'zig-version': '0.14' }, /input zig-version: "0\.14" is not an exact version like 0\.14\.1 or latest/],
      [{ 'zig-download-base-url': 'ftp://mirror' }, /input zig-download-base-url: "ftp:\/\/mirror" is not an http\(s\) URL/],
    ];
    for (const [inputs, message] of cases) assert.throws(() => parse({ targets: 'linux/amd64', ...inputs }), message);
  });
});

describe('report', () => {
  const built: BuiltTarget = {
    target: t('linux', 'arm', 'v7'),
    path: 'dist/hello-linux-arm-v7',
    archive: 'dist/hello-linux-arm-v7.tar.gz',
    sha256: 'c'.repeat(64),
    size: 2_500_000,
    millis: 1234,
    qemu: { status: 'passed', detail: 'smoke: hello 1.0 linux/arm' },
    facts: { linkage: 'static', interpreter: undefined, libc: 'musl', cgo: true },
    cc: 'zig 0.17.1 cc -target arm-linux-musleabihf',
  };
  const dynamic: BuiltTarget = {
    ...built,
    target: t('linux', 'arm64'),
    cc: 'zig 0.17.1 cc -target aarch64-linux-gnu.2.28',
    facts: { linkage: 'dynamic', interpreter: '/lib/ld-linux-aarch64.so.1', libc: 'glibc', cgo: true },
  };

  test('artifacts output carries what later steps need', () => {
    const windows: BuiltTarget = {
      ...built,
      target: t('windows', 'amd64'),
      archive: undefined,
      cc: '',
      qemu: { status: 'not run', detail: '' },
      facts: { linkage: undefined, interpreter: undefined, libc: 'none', cgo: false },
    };
    assert.deepEqual(JSON.parse(artifactsJson([built, windows, dynamic])), [
      {
        goos: 'linux',
        goarch: 'arm',
        variant: 'v7',
        path: 'dist/hello-linux-arm-v7',
        archive: 'dist/hello-linux-arm-v7.tar.gz',
        sha256: 'c'.repeat(64),
        size: 2_500_000,
        linkage: 'static',
        interpreter: '',
        libc: 'musl',
        cgo: true,
        cc: 'zig 0.17.1 cc -target arm-linux-musleabihf',
        qemu: 'passed',
      },
      {
        goos: 'windows',
        goarch: 'amd64',
        variant: '',
        path: 'dist/hello-linux-arm-v7',
        archive: '',
        sha256: 'c'.repeat(64),
        size: 2_500_000,
        linkage: '',
        interpreter: '',
        libc: 'none',
        cgo: false,
        cc: '',
        qemu: 'not run',
      },
      {
        goos: 'linux',
        goarch: 'arm64',
        variant: '',
        path: 'dist/hello-linux-arm-v7',
        archive: 'dist/hello-linux-arm-v7.tar.gz',
        sha256: 'c'.repeat(64),
        size: 2_500_000,
        linkage: 'dynamic',
        interpreter: '/lib/ld-linux-aarch64.so.1',
        libc: 'glibc',
        cgo: true,
        cc: 'zig 0.17.1 cc -target aarch64-linux-gnu.2.28',
        qemu: 'passed',
      },
    ]);
  });

  test('summary row: target, size, short sha256, time, linkage, libc, cgo, QEMU result; notes below', () => {
    const markdown = summaryMarkdown([built, dynamic], ['QEMU: no qemu-user for s390x']);
    assert.match(
      markdown,
      /\| `linux\/arm\/v7` \| 2\.4 MiB \| `cccccccccccc` \| 1\.2 s \| static \| musl \| on \(zig 0\.17\.1 cc -target arm-linux-musleabihf\) \| ✅ passed \(smoke: hello 1\.0 linux\/arm\) \|/,
    );
    assert.match(
      markdown,
      /\| `linux\/arm64` \| [^|]+\| [^|]+\| [^|]+\| dynamic \(`\/lib\/ld-linux-aarch64\.so\.1`\) \| glibc \| on \(zig 0\.17\.1 cc -target aarch64-linux-gnu\.2\.28\) \|/,
    );
    assert.match(markdown, /^- QEMU: no qemu-user for s390x$/m);
  });
});

test('a planning run has no table, only its notes', () => {
  assert.equal(
    summaryMarkdown([], ['Planned 3 shard(s) of 8 targets; set shard to build one.']),
    '### Cross-build\n\n- Planned 3 shard(s) of 8 targets; set shard to build one.\n',
  );
});
