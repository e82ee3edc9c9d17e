// Which targets run under QEMU, and under which program names.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { needsEmulation, qemuProgramNames } from '../../../src/build/emulation/foreign-targets';
import type { BuildTarget } from '../../../src/build/plan/targets';

const t = (goos: string, goarch: string, variant = ''): BuildTarget => ({ goos, goarch, variant });

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
});
