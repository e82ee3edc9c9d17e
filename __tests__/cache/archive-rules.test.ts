import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cacheArchiveRules, type CacheArchive } from '../../src/cache/archive-rules';
import type { HeaderView } from '../../src/archive/checked-unpacker';

const MOD: CacheArchive = { prefix: '../../go/pkg/mod', root: 'GOMODCACHE', label: 'module cache', container: 'zstd' };

function entry(name: string, fields: Partial<HeaderView> = {}): HeaderView {
  return { name, kind: 'file', size: 0, mode: 0o444, ...fields };
}

test('entries inside the cache folder land under the staging root, the folder itself included', () => {
  const rules = cacheArchiveRules(MOD);
  assert.deepEqual(rules.judge(entry('../../go/pkg/mod/', { kind: 'directory', mode: 0o755 })), { path: 'GOMODCACHE' });
  assert.deepEqual(rules.judge(entry('../../go/pkg/mod/cache/download/', { kind: 'directory' })), { path: 'GOMODCACHE/cache/download' });
  assert.deepEqual(rules.judge(entry('../../go/pkg/mod/golang.org/x/text@v0.43.0/go.mod', { size: 30 })), {
    path: 'GOMODCACHE/golang.org/x/text@v0.43.0/go.mod',
  });
});

test('a cache folder that is the workspace itself', () => {
  const rules = cacheArchiveRules({ ...MOD, prefix: '.' });
  assert.deepEqual(rules.judge(entry('./', { kind: 'directory' })), { path: 'GOMODCACHE' });
  assert.deepEqual(rules.judge(entry('./a/b')), { path: 'GOMODCACHE/a/b' });
  assert.match(String(rules.judge(entry('../x'))), /outside the module cache/);
});

const refused: [string, HeaderView, RegExp][] = [
  ['an absolute path', entry('/home/runner/.bashrc'), /absolute path/],
  ['a sibling of the cache folder', entry('../../.config/go/env'), /outside the module cache \(\.\.\/\.\.\/go\/pkg\/mod\)/],
  ['a name that only starts like the folder', entry('../../go/pkg/modx/a'), /outside the module cache/],
  ['`..` after the folder', entry('../../go/pkg/mod/../../../workspace/go.sum'), /escapes the archive with '\.\.'/],
  [
    'a symlink, even inside',
    entry('../../go/pkg/mod/link', { kind: 'symlink', linkTarget: 'cache' }),
    /symlink to cache: a module cache holds only files and folders/,
  ],
  ['a hard link', entry('../../go/pkg/mod/h', { kind: 'hardlink', linkTarget: '../../go/pkg/mod/a' }), /hard link/],
  ['a device node', entry('../../go/pkg/mod/null', { kind: 'other' }), /device, FIFO or other special file/],
  ['a setuid file', entry('../../go/pkg/mod/suid', { mode: 0o4755 }), /setuid or setgid bit \(mode 4755\)/],
  ['a setgid folder', entry('../../go/pkg/mod/d/', { kind: 'directory', mode: 0o2775 }), /setuid or setgid/],
  ['a NUL in a name', entry('../../go/pkg/mod/a\0b'), /NUL/],
];
for (const [name, header, reason] of refused) {
  test(`refused: ${name}`, () => {
    const verdict = cacheArchiveRules(MOD).judge(header);
    assert.equal(typeof verdict, 'string', `admitted: ${JSON.stringify(verdict)}`);
    assert.match(verdict as string, reason);
  });
}

test('a path seen twice (as a case-insensitive file system would) is refused', () => {
  const rules = cacheArchiveRules(MOD);
  assert.equal(typeof rules.judge(entry('../../go/pkg/mod/a/README')), 'object');
  assert.match(String(rules.judge(entry('../../go/pkg/mod/a/readme'))), /appears twice/);
});

test('a file where a folder was needed, or the reverse, is refused', () => {
  const rules = cacheArchiveRules(MOD);
  assert.equal(typeof rules.judge(entry('../../go/pkg/mod/x')), 'object');
  assert.match(String(rules.judge(entry('../../go/pkg/mod/x/y'))), /under the file/);
});

test('limits bound the entries and the bytes', () => {
  const rules = cacheArchiveRules(MOD, { maxEntries: 3, maxUnpackedBytes: 100 });
  assert.match(String(rules.judge(entry('../../go/pkg/mod/big', { size: 101 }))), /more than 100 bytes/);
  const few = cacheArchiveRules(MOD, { maxEntries: 3, maxUnpackedBytes: 100 });
  for (const name of ['a', 'b']) assert.equal(typeof few.judge(entry(`../../go/pkg/mod/${name}`)), 'object');
  assert.match(String(few.judge(entry('../../go/pkg/mod/c/d'))), /more than 3 entries/);
});
