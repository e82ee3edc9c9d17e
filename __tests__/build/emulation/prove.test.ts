// When a built target is proved under QEMU, and when a glibc sysroot (an apt install) is asked for:
// only for a dynamic glibc binary that will really run emulated.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { BinaryFacts } from '../../../src/build/artifacts/binary-facts';
import type { QemuMode } from '../../../src/build/plan/options';
import { proveTarget, type ProofContext } from '../../../src/build/emulation/prove';
import type { Emulator } from '../../../src/build/emulation/qemu';

const DYNAMIC_GLIBC: BinaryFacts = { linkage: 'dynamic', interpreter: '/lib/ld-linux-aarch64.so.1', libc: 'glibc', cgo: true };
const STATIC: BinaryFacts = { linkage: 'static', interpreter: undefined, libc: 'none', cgo: false };

function context(qemu: QemuMode, emulators: Array<[string, Emulator]>, sysroot?: string) {
  const asked: string[] = [];
  const proof: ProofContext = {
    qemu,
    smokeArgs: [],
    host: { goos: 'linux', goarch: 'amd64', version: '1.27.4' },
    emulators: new Map(emulators),
    workingDirectory: '.',
    sysroot: async (goarch) => {
      asked.push(goarch);
      return sysroot;
    },
  };
  return { proof, asked };
}

const request = (goarch: string, facts: BinaryFacts) => ({
  target: { goos: 'linux', goarch, variant: '' },
  binary: '/nonexistent/app',
  facts,
  env: {},
  flags: { trimpath: true, ldflags: '', tags: '' },
});

describe('proveTarget', () => {
  test('qemu: off proves nothing and provisions no sysroot', async () => {
    const { proof, asked } = context('off', [['arm64', { kind: 'binfmt' }]], '/sysroot');
    assert.deepEqual(await proveTarget(proof, request('arm64', DYNAMIC_GLIBC)), { status: 'not run', detail: '' });
    assert.deepEqual(asked, []);
  });

  test('a native target runs natively, with no sysroot', async () => {
    const { proof, asked } = context('smoke', [], '/sysroot');
    assert.deepEqual(await proveTarget(proof, request('amd64', DYNAMIC_GLIBC)), { status: 'native', detail: '' });
    assert.deepEqual(asked, []);
  });

  test('without an emulator the target is skipped before any sysroot is provisioned', async () => {
    const { proof, asked } = context('smoke', [], '/sysroot');
    assert.deepEqual(await proveTarget(proof, request('arm64', DYNAMIC_GLIBC)), { status: 'skipped', detail: 'no qemu-user' });
    assert.deepEqual(asked, []);
  });

  test('a dynamic glibc binary with an emulator asks for its sysroot, and is skipped when there is none', async () => {
    const { proof, asked } = context('smoke', [['arm64', { kind: 'binfmt' }]], undefined);
    const result = await proveTarget(proof, request('arm64', DYNAMIC_GLIBC));
    assert.equal(result.status, 'skipped');
    assert.match(result.detail, /no glibc sysroot for arm64/);
    assert.deepEqual(asked, ['arm64']);
  });

  test('a static binary never asks for a sysroot', async () => {
    const { proof, asked } = context('smoke', [['arm64', { kind: 'program', path: '/nonexistent/qemu-aarch64' }]], undefined);
    // The smoke run fails (no emulator binary exists here); what matters is that no sysroot was asked for.
    await proveTarget(proof, request('arm64', STATIC)).catch(() => undefined);
    assert.deepEqual(asked, []);
  });
});
