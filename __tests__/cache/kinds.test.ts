// The cache kind table: every kind has one descriptor, and no two descriptors share a name,
// a folder or an output, so restore and save (which only walk the table) cannot mix them up.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ALL_HIT_OUTPUT, CACHE_KINDS, cacheKind, type CacheKind } from '../../src/cache/kinds';
import type { CacheKeyContext } from '../../src/cache/keys';

// A Record over the union: the type check fails when a kind is added to CacheKind but not here.
const EVERY_KIND: Record<CacheKind, true> = { mod: true, build: true };

const context: CacheKeyContext = { os: 'linux', arch: 'x64', goVersion: '1.22.5', targets: [], dependencyHash: 'abc123', suffix: '' };

function assertDistinct(field: string, values: string[]): void {
  assert.equal(new Set(values).size, values.length, `two cache kinds share a ${field}: ${values.join(', ')}`);
}

describe('cache kind table', () => {
  test('has exactly one descriptor for every kind', () => {
    assert.deepEqual(CACHE_KINDS.map((descriptor) => descriptor.kind).sort(), Object.keys(EVERY_KIND).sort());
    for (const kind of Object.keys(EVERY_KIND) as CacheKind[]) assert.equal(cacheKind(kind).kind, kind);
  });

  test('labels, Go settings, paths and hit outputs are distinct', () => {
    assertDistinct(
      'label',
      CACHE_KINDS.map((descriptor) => descriptor.label),
    );
    assertDistinct(
      'Go setting',
      CACHE_KINDS.map((descriptor) => descriptor.goSetting),
    );
    assertDistinct(
      'path',
      CACHE_KINDS.map((descriptor) => descriptor.path),
    );
    assertDistinct('output', [...CACHE_KINDS.map((descriptor) => descriptor.hitOutput), ALL_HIT_OUTPUT]);
  });

  test('each kind makes keys of its own kind, and no key is a restore key of another kind', () => {
    const keySets = CACHE_KINDS.map((descriptor) => ({ kind: descriptor.kind, keys: descriptor.keys(context) }));
    for (const { kind, keys } of keySets) {
      assert.ok(keys.key.startsWith(`setup-go-golden-${kind}-`), `${kind} key ${keys.key}`);
      for (const other of keySets.filter((entry) => entry.kind !== kind)) {
        assert.ok(!other.keys.restoreKeys.some((prefix) => keys.key.startsWith(prefix)), `${other.kind} restore keys find ${keys.key}`);
      }
    }
  });

  test('every hit output is declared in action.yml', () => {
    const action = parse(readFileSync(join(import.meta.dirname, '../../action.yml'), 'utf8')) as { outputs: Record<string, unknown> };
    for (const output of [...CACHE_KINDS.map((descriptor) => descriptor.hitOutput), ALL_HIT_OUTPUT])
      assert.ok(output in action.outputs, `${output} not in action.yml`);
  });
});
