// The arguments of the go commands the engine runs.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { goBuildArgs, goTestArgs } from '../../../src/build/plan/go-arguments';

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
