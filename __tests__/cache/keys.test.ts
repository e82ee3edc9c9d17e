import { describe, test } from 'node:test';
import { InputReader } from '../../src/inputs/reader';
import assert from 'node:assert/strict';
import {
  buildCacheKeys,
  hashDependencyFiles,
  isSameLineage,
  moduleCacheKeys,
  NO_DEPENDENCY_FILES,
  canonicalTargets,
  targetSetId,
  type CacheKeyContext,
} from '../../src/cache/keys';

const file = (path: string, text: string) => ({ path, content: new TextEncoder().encode(text) });
const context = (overrides: Partial<CacheKeyContext> = {}): CacheKeyContext => ({
  os: 'linux',
  arch: 'x64',
  goVersion: '1.22.5',
  targets: [],
  dependencyHash: 'abc123',
  suffix: '',
  ...overrides,
});

describe('hashDependencyFiles', () => {
  test('depends on content and path, not on the order found', () => {
    const a = [file('go.sum', 'x v1 h1:a\n'), file('tools/go.sum', 'y v2 h1:b\n')];
    assert.equal(hashDependencyFiles(a), hashDependencyFiles([...a].reverse()));
    assert.notEqual(hashDependencyFiles(a), hashDependencyFiles([file('go.sum', 'x v1 h1:c\n'), a[1]!]));
    assert.notEqual(hashDependencyFiles(a), hashDependencyFiles([file('other/go.sum', 'x v1 h1:a\n'), a[1]!]));
  });
  test('a workspace without go.sum has a fixed marker', () => {
    assert.equal(hashDependencyFiles([]), NO_DEPENDENCY_FILES);
  });
});

describe('targets', () => {
  test('canonicalTargets sorts and dedupes, ignoring case', () => {
    assert.deepEqual(canonicalTargets(['linux/arm64', 'linux/amd64', 'Linux/amd64']), ['linux/amd64', 'linux/arm64']);
  });
  test('a comment in the targets input does not change the build cache key (one parser for build and keys)', () => {
    const targets = (text: string) => new InputReader(() => text).list('targets');
    const plain = buildCacheKeys(context({ targets: targets('linux/amd64\nwindows/amd64') })).key;
    assert.equal(
      buildCacheKeys(context({ targets: targets('linux/amd64 # servers\n# desktops:\nwindows/amd64 # the .exe one') })).key,
      plain,
    );
    assert.equal(buildCacheKeys(context({ targets: targets('windows/amd64, linux/amd64') })).key, plain);
  });
  test('the target set id ignores order and is native without targets', () => {
    assert.equal(targetSetId([]), 'native');
    assert.equal(targetSetId(['linux/amd64', 'windows/amd64']), targetSetId(['windows/amd64', 'linux/amd64']));
    assert.notEqual(targetSetId(['linux/amd64']), targetSetId(['linux/arm64']));
  });
});

describe('cache keys', () => {
  test('module key: OS, arch and dependency hash; restore key is its prefix', () => {
    const keys = moduleCacheKeys(context());
    assert.equal(keys.key, 'setup-go-golden-mod-linux-x64-abc123');
    assert.deepEqual(keys.restoreKeys, ['setup-go-golden-mod-linux-x64-']);
    assert.equal(moduleCacheKeys(context({ goVersion: '1.23.0' })).key, keys.key, 'any Go shares the module cache');
  });
  test('build key includes the Go version and the target set; restore keys stay within that Go', () => {
    const keys = buildCacheKeys(context({ targets: ['linux/arm64'] }));
    const id = targetSetId(['linux/arm64']);
    assert.equal(keys.key, `setup-go-golden-build-linux-x64-go1.22.5-${id}-abc123`);
    assert.deepEqual(keys.restoreKeys, [`setup-go-golden-build-linux-x64-go1.22.5-${id}-`, 'setup-go-golden-build-linux-x64-go1.22.5-']);
    assert.notEqual(buildCacheKeys(context({ goVersion: '1.22.6' })).key, buildCacheKeys(context()).key);
    for (const restoreKey of keys.restoreKeys) assert.ok(keys.key.startsWith(restoreKey));
  });
  test('the C compiler identity of cgo builds separates build caches (none: the key is unchanged)', () => {
    const zig14 = buildCacheKeys(context({ targets: ['linux/arm64'], cCompiler: 'zig=0.14.1' }));
    const zig13 = buildCacheKeys(context({ targets: ['linux/arm64'], cCompiler: 'zig=0.13.0' }));
    assert.match(zig14.key, /^setup-go-golden-build-linux-x64-go1\.22\.5-t[0-9a-f]{12}-cc[0-9a-f]{8}-abc123$/);
    assert.notEqual(zig14.key, zig13.key);
    assert.ok(!zig13.key.startsWith(zig14.restoreKeys[0]!));
    assert.equal(buildCacheKeys(context({ cCompiler: '' })).key, buildCacheKeys(context()).key);
  });
  test('the suffix separates caches: restore keys never reach entries of another suffix', () => {
    const mod = moduleCacheKeys(context({ suffix: 'race' }));
    const build = buildCacheKeys(context({ suffix: 'race' }));
    assert.equal(mod.key, 'setup-go-golden-mod-linux-x64-race-abc123');
    assert.deepEqual(mod.restoreKeys, ['setup-go-golden-mod-linux-x64-race-']);
    assert.deepEqual(build.restoreKeys, ['setup-go-golden-build-linux-x64-go1.22.5-native-race-']);
    assert.ok(!moduleCacheKeys(context()).key.startsWith(mod.restoreKeys[0]!));
  });
  test('with the commit, the build key changes with the code and restores the newest entry of its dependencies first', () => {
    const sha = '0123456789abcdef0123456789abcdef01234567';
    const keys = buildCacheKeys(context({ revision: sha }));
    const fixed = 'setup-go-golden-build-linux-x64-go1.22.5-native';
    assert.equal(keys.key, `${fixed}-abc123-0123456789ab`);
    assert.deepEqual(keys.restoreKeys, [`${fixed}-abc123-`, `${fixed}-`, 'setup-go-golden-build-linux-x64-go1.22.5-']);
    assert.equal(keys.lineage, `${fixed}-abc123-`);
    assert.notEqual(buildCacheKeys(context({ revision: `f${sha.slice(1)}` })).key, keys.key, 'each commit has its own key');
    for (const restoreKey of keys.restoreKeys) assert.ok(keys.key.startsWith(restoreKey));
    assert.equal(moduleCacheKeys(context({ revision: sha })).key, moduleCacheKeys(context()).key, 'the module cache stays keyed on go.sum');
  });
  test('without a commit the build key ends with the dependency hash and has no lineage', () => {
    for (const revision of [undefined, '', 'main', '0123456789ab\n::warning::x']) {
      const keys = buildCacheKeys(context({ revision }));
      assert.equal(keys.key, 'setup-go-golden-build-linux-x64-go1.22.5-native-abc123', String(revision));
      assert.equal(keys.lineage, undefined);
    }
  });
  test('an entry of the same lineage is an earlier commit with the same dependencies and configuration', () => {
    const keys = buildCacheKeys(context({ revision: 'aaaaaaaaaaaa' }));
    const earlier = buildCacheKeys(context({ revision: 'bbbbbbbbbbbb' })).key;
    assert.ok(isSameLineage(keys.lineage, earlier));
    assert.ok(!isSameLineage(keys.lineage, buildCacheKeys(context({ revision: 'bbbbbbbbbbbb', dependencyHash: 'def456' })).key));
    assert.ok(!isSameLineage(keys.lineage, buildCacheKeys(context({ revision: 'bbbbbbbbbbbb', targets: ['linux/arm64'] })).key));
    assert.ok(!isSameLineage(keys.lineage, buildCacheKeys(context({ revision: 'bbbbbbbbbbbb', suffix: 'race' })).key));
    assert.ok(!isSameLineage(keys.lineage, undefined));
    assert.ok(!isSameLineage(undefined, earlier));
  });
  test('the runner image is part of the keys; commas and spaces never reach a key', () => {
    const keys = moduleCacheKeys(context({ image: 'ubuntu24', suffix: 'a, b' }));
    assert.equal(keys.key, 'setup-go-golden-mod-linux-x64-ubuntu24-a_b-abc123');
  });
});
