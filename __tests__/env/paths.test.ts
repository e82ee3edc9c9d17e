import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { goEnvFilePath, parseGoEnvFile, resolveGoPaths, userCacheDir } from '../../src/env/paths';
import { fileSystemOf, parseMounts } from '../../src/env/mounts';

describe('Go cache locations without running go', () => {
  test('Linux defaults: $HOME/go/pkg/mod and $HOME/.cache/go-build, XDG_CACHE_HOME when absolute', () => {
    assert.deepEqual(resolveGoPaths({ platform: 'linux', env: { HOME: '/home/u' } }), {
      gopath: '/home/u/go',
      gomodcache: '/home/u/go/pkg/mod',
      gocache: '/home/u/.cache/go-build',
    });
    assert.equal(resolveGoPaths({ platform: 'linux', env: { HOME: '/home/u', XDG_CACHE_HOME: '/xdg' } }).gocache, '/xdg/go-build');
    assert.equal(userCacheDir({ platform: 'linux', env: { HOME: '/home/u', XDG_CACHE_HOME: 'relative' } }), '/home/u/.cache');
  });
  test('macOS and Windows defaults', () => {
    assert.equal(resolveGoPaths({ platform: 'darwin', env: { HOME: '/Users/u' } }).gocache, '/Users/u/Library/Caches/go-build');
    const windows = resolveGoPaths({
      platform: 'win32',
      env: { USERPROFILE: 'C:\\Users\\u', LocalAppData: 'C:\\Users\\u\\AppData\\Local' },
    });
    assert.deepEqual(windows, {
      gopath: 'C:\\Users\\u\\go',
      gomodcache: 'C:\\Users\\u\\go\\pkg\\mod',
      gocache: 'C:\\Users\\u\\AppData\\Local\\go-build',
    });
  });
  test('GOMODCACHE follows the first GOPATH entry; the environment beats the go env file; inputs beat both', () => {
    assert.equal(resolveGoPaths({ platform: 'linux', env: { HOME: '/h', GOPATH: '/a:/b' } }).gomodcache, '/a/pkg/mod');
    const fromFile = resolveGoPaths({ platform: 'linux', env: { HOME: '/h' }, envFile: { GOPATH: '/file', GOCACHE: '/file-cache' } });
    assert.deepEqual([fromFile.gomodcache, fromFile.gocache], ['/file/pkg/mod', '/file-cache']);
    const fromEnv = resolveGoPaths({ platform: 'linux', env: { HOME: '/h', GOCACHE: '/env-cache' }, envFile: { GOCACHE: '/file-cache' } });
    assert.equal(fromEnv.gocache, '/env-cache');
    const fromInputs = resolveGoPaths({
      platform: 'linux',
      env: { HOME: '/h', GOMODCACHE: '/m' },
      overrides: { gomodcache: '/input-m', gocache: '/input-c' },
    });
    assert.deepEqual([fromInputs.gomodcache, fromInputs.gocache], ['/input-m', '/input-c']);
  });
  test('the go env file: GOENV, off, or the user config dir', () => {
    assert.equal(goEnvFilePath({ platform: 'linux', env: { HOME: '/h' } }), '/h/.config/go/env');
    assert.equal(goEnvFilePath({ platform: 'linux', env: { HOME: '/h', GOENV: '/custom' } }), '/custom');
    assert.equal(goEnvFilePath({ platform: 'linux', env: { HOME: '/h', GOENV: 'off' } }), undefined);
    assert.deepEqual(parseGoEnvFile('GOPROXY=https://p,direct\r\n\n# no\nGOFLAGS=-mod=mod -x\n'), {
      GOPROXY: 'https://p,direct',
      GOFLAGS: '-mod=mod -x',
    });
  });
  test('a missing HOME is an error, not a path under "undefined"', () => {
    assert.throws(() => resolveGoPaths({ platform: 'linux', env: {} }), /HOME/);
  });
});

describe('mounts', () => {
  test('finds the file system of the deepest mount holding a path', () => {
    const mounts = parseMounts('/dev/root / ext4 rw 0 0\nserver:/x /mnt/nfs nfs4 rw 0 0\ntmpfs /mnt/nfs\\040two tmpfs rw 0 0\n');
    assert.equal(fileSystemOf('/home/u/go', mounts), 'ext4');
    assert.equal(fileSystemOf('/mnt/nfs/go/pkg/mod', mounts), 'nfs4');
    assert.equal(fileSystemOf('/mnt/nfs two/x', mounts), 'tmpfs');
    assert.equal(fileSystemOf('/mnt/nfsother', mounts), 'ext4');
  });
});
