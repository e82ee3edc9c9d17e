// The pure parts of cgo cross-builds: compiler choice, zig triples, libc input, linker flags,
// what a binary's headers say, and the CGO_ENABLED=0 notices.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { binaryFacts, cgoFromBuildInfo } from '../../src/build/artifacts/binary-facts';
import { cCompilerIdentity, chooseCCompiler, zigLdflags, zigTriple, type CompilerInputs } from '../../src/build/cgo/choice';
import { noCgoNotices } from '../../src/build/cgo/nocgo-notices';
import { parseLibc, parsePerTarget } from '../../src/inputs/build';
import type { BuildTarget } from '../../src/build/plan/targets';
import { REPO_ROOT } from '../harness/runner';

const t = (goos: string, goarch: string, variant = ''): BuildTarget => ({ goos, goarch, variant });
const none: CompilerInputs = { cc: { byTarget: new Map() }, libc: { byTarget: new Map() }, env: {} };
const libc = (text: string) => parsePerTarget('libc', text, (value) => parseLibc('libc', value), true);

describe('C compiler choice', () => {
  test('order: input cc for the target, CC_FOR_<goos>_<goarch>, CC, then Go default (native) or zig', () => {
    const inputs: CompilerInputs = {
      cc: parsePerTarget('cc', 'linux/arm64=aarch64-linux-gnu-gcc', (value) => value, false),
      libc: { byTarget: new Map() },
      env: { CC_FOR_linux_arm64: 'ignored-for-arm64', CC_FOR_linux_riscv64: 'riscv64-linux-gnu-gcc' },
    };
    assert.deepEqual(chooseCCompiler(t('linux', 'arm64'), false, inputs), {
      kind: 'command',
      command: 'aarch64-linux-gnu-gcc',
      source: 'input cc (linux/arm64)',
    });
    assert.deepEqual(chooseCCompiler(t('linux', 'riscv64'), false, inputs), {
      kind: 'command',
      command: 'riscv64-linux-gnu-gcc',
      source: 'CC_FOR_linux_riscv64',
    });
    assert.deepEqual(chooseCCompiler(t('linux', 's390x'), false, { ...none, env: { CC: 'my-cc' } }), {
      kind: 'command',
      command: 'my-cc',
      source: 'CC',
    });
    assert.deepEqual(chooseCCompiler(t('linux', 'amd64'), true, none), { kind: 'go-default' });
    assert.deepEqual(chooseCCompiler(t('linux', 'arm64'), false, none), {
      kind: 'zig',
      triple: 'aarch64-linux-musl',
      libc: 'musl',
      linkage: 'static',
    });
  });

  test('libc: musl by default, glibc with a floor per target; a native target asked for a libc goes through zig', () => {
    const inputs = { ...none, libc: libc('musl\nlinux/arm64=glibc.2.28\nlinux/arm/v7=glibc') };
    assert.deepEqual(chooseCCompiler(t('linux', 'arm64'), false, inputs), {
      kind: 'zig',
      triple: 'aarch64-linux-gnu.2.28',
      libc: 'glibc',
      linkage: 'dynamic',
    });
    assert.deepEqual(chooseCCompiler(t('linux', 'arm', 'v7'), false, inputs), {
      kind: 'zig',
      triple: 'arm-linux-gnueabihf',
      libc: 'glibc',
      linkage: 'dynamic',
    });
    assert.deepEqual(chooseCCompiler(t('linux', 'amd64'), true, inputs), {
      kind: 'zig',
      triple: 'x86_64-linux-musl',
      libc: 'musl',
      linkage: 'static',
    });
    assert.deepEqual(chooseCCompiler(t('windows', 'arm64'), false, inputs), {
      kind: 'zig',
      triple: 'aarch64-windows-gnu',
      libc: 'none',
      linkage: 'dynamic',
    });
  });

  test('zig triples for the supported targets; none where zig cannot, with an error naming the inputs', () => {
    const musl = { kind: 'musl' } as const;
    const cases: [BuildTarget, string | undefined][] = [
      [t('linux', 'amd64'), 'x86_64-linux-musl'],
      [t('linux', '386'), 'x86-linux-musl'],
      [t('linux', 'arm', 'v5'), 'arm-linux-musleabi'],
      [t('linux', 'arm', 'v6'), 'arm-linux-musleabihf'],
      [t('linux', 'ppc64le'), 'powerpc64le-linux-musl'],
      [t('linux', 's390x'), 's390x-linux-musl'],
      [t('linux', 'riscv64'), 'riscv64-linux-musl'],
      [t('windows', 'amd64'), 'x86_64-windows-gnu'],
      [t('darwin', 'arm64'), 'aarch64-macos'],
      [t('freebsd', 'amd64'), undefined],
      [t('linux', 'mips64'), undefined],
    ];
    for (const [target, triple] of cases) assert.equal(zigTriple(target, musl), triple, `${target.goos}/${target.goarch}`);
    assert.throws(
      () => chooseCCompiler(t('freebsd', 'amd64'), false, none),
      /cgo: 1 for freebsd\/amd64: zig cannot cross-compile C for it; set input cc \(freebsd\/amd64=<compiler>\) or CC_FOR_freebsd_amd64/,
    );
  });

  test('static musl builds link externally with -static; the user ldflags come after ours so theirs win', () => {
    const zig = chooseCCompiler(t('linux', 'arm64'), false, none);
    assert.equal(zigLdflags(zig, '-s -w'), '-linkmode external -extldflags -static -s -w');
    assert.equal(zigLdflags(chooseCCompiler(t('linux', 'arm64'), false, { ...none, libc: libc('glibc') }), '-s -w'), '-s -w');
  });

  test('the cache identity changes with every input that changes the C compiler, and is empty without cgo', () => {
    const base = {
      cgo: '1' as const,
      zigVersion: '0.14.1',
      cc: parsePerTarget('cc', '', String, false),
      libc: parsePerTarget('libc', '', (value) => parseLibc('libc', value), true),
    };
    const id = cCompilerIdentity(base, {});
    assert.equal(cCompilerIdentity({ ...base, cgo: 'auto' }, {}), '');
    const changes = [
      cCompilerIdentity({ ...base, zigVersion: '0.13.0' }, {}),
      cCompilerIdentity({ ...base, libc: parsePerTarget('libc', 'glibc', (value) => parseLibc('libc', value), true) }, {}),
      cCompilerIdentity({ ...base, libc: parsePerTarget('libc', 'linux/arm64=glibc.2.28', (value) => parseLibc('libc', value), true) }, {}),
      cCompilerIdentity({ ...base, cc: parsePerTarget('cc', 'linux/arm64=aarch64-linux-gnu-gcc', String, false) }, {}),
      cCompilerIdentity(base, { CC_FOR_linux_arm64: 'gcc' }),
    ];
    assert.equal(new Set([id, ...changes]).size, changes.length + 1);
    for (const changed of changes) {
      assert.notEqual(changed, id);
    }
  });
});

describe('binary facts', () => {
  test('a Go binary built here: static without cgo or C code, dynamic with glibc and cgo (host gcc)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sgg-facts-'));
    try {
      const build = (name: string, cgo: string, example = 'cgo') => {
        const out = join(dir, name);
        execFileSync('go', ['build', '-o', out, '.'], {
          cwd: join(REPO_ROOT, 'examples', example),
          env: { ...process.env, CGO_ENABLED: cgo },
        });
        return binaryFacts(readFileSync(out), cgoFromBuildInfo(execFileSync('go', ['version', '-m', out], { encoding: 'utf8' })));
      };
      assert.deepEqual(build('plain', '0'), { linkage: 'static', interpreter: undefined, libc: 'none', cgo: false });
      const withCgo = build('cgo', '1');
      assert.equal(withCgo.linkage, 'dynamic');
      assert.match(withCgo.interpreter!, /^\/lib(64)?\/ld-linux-x86-64\.so\.2$/);
      assert.deepEqual([withCgo.libc, withCgo.cgo], ['glibc', true]);
      // cgo on, but no package that uses it: Go's own linker links it, with no C library inside.
      assert.deepEqual(build('no-c', '1', 'hello'), { linkage: 'static', interpreter: undefined, libc: 'none', cgo: true });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('non-ELF executables have no linkage; build info without the cgo line says nothing', () => {
    assert.deepEqual(binaryFacts(Buffer.from('MZ....'), true), { linkage: undefined, interpreter: undefined, libc: 'system', cgo: true });
    assert.equal(cgoFromBuildInfo('x: go1.26\n\tpath\tx\n'), undefined);
    assert.equal(cgoFromBuildInfo('x: go1.26\n\tbuild\tCGO_ENABLED=0\n'), false);
  });
});

describe('CGO_ENABLED=0 notices', () => {
  test('net on Linux, os/user on every Unix, plugin where plugins exist; nothing for packages not linked', () => {
    const all = new Set(['net', 'os/user', 'plugin', 'fmt']);
    assert.equal(noCgoNotices('linux', all).length, 3);
    assert.match(noCgoNotices('linux', new Set(['net']))[0]!, /Go's own resolver/);
    // macOS resolves through the system without cgo; os/user still loses directory users.
    assert.deepEqual(
      noCgoNotices('darwin', new Set(['net', 'os/user'])).map((line) => line.split(' ')[0]),
      ['os/user'],
    );
    assert.deepEqual(noCgoNotices('windows', all), []);
    assert.deepEqual(noCgoNotices('linux', new Set(['fmt', 'net/http/internal'])), []);
  });
});
