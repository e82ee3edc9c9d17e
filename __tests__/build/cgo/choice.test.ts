// The cgo choices of a cross-build: CGO_ENABLED per target, the C compiler, zig triples, the libc
// input and linker flags.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  cCompilerIdentity,
  cgoEnabledFor,
  chooseCCompiler,
  zigLdflags,
  zigTriple,
  type CompilerInputs,
} from '../../../src/build/cgo/choice';
import { parseLibc, parsePerTarget } from '../../../src/inputs/build';
import type { BuildTarget } from '../../../src/build/plan/targets';

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

describe('CGO_ENABLED per target', () => {
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
