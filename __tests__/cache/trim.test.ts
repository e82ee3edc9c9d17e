import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { agedMtimeMs, GO_MTIME_INTERVAL_MS, isBuildCacheEntry, selectAddedEntries, selectUnusedEntries } from '../../src/cache/trim';
import { EMPTY_FINGERPRINT, fingerprint } from '../../src/cache/fingerprint';

const hash = 'a'.repeat(64);
const start = Date.UTC(2026, 0, 1, 12);

describe('build cache trim selection', () => {
  test('recognises action and output entries only', () => {
    assert.ok(isBuildCacheEntry(`aa/${hash}-a`));
    assert.ok(isBuildCacheEntry(`0f/${hash}-d`));
    for (const path of ['README', 'trim.txt', 'testexpire.txt', `fuzz/x/${hash}`, `aa/${hash}-x`, `aa/${hash.slice(1)}-a`]) {
      assert.equal(isBuildCacheEntry(path), false, path);
    }
  });
  test("selects entries older than the job start minus Go's refresh interval, never bookkeeping files", () => {
    const files = [
      { path: `aa/${hash}-a`, size: 1, mtimeMs: agedMtimeMs(start) },
      { path: `ab/${hash}-d`, size: 1, mtimeMs: start + 5000 },
      { path: `ac/${hash}-d`, size: 1, mtimeMs: start - GO_MTIME_INTERVAL_MS + 1 },
      { path: 'trim.txt', size: 1, mtimeMs: 0 },
    ];
    assert.deepEqual(
      selectUnusedEntries(files, start).map((file) => file.path),
      [`aa/${hash}-a`],
    );
  });
  test('added entries are the entries the restore did not bring, never bookkeeping files', () => {
    const restored = `aa/${hash}-a`;
    const files = [
      { path: restored, size: 10, mtimeMs: start + 1 },
      { path: `ab/${hash}-d`, size: 20, mtimeMs: start + 1 },
      { path: 'trim.txt', size: 1, mtimeMs: start + 1 },
    ];
    assert.deepEqual(
      selectAddedEntries(files, new Set([restored])).map((file) => file.path),
      [`ab/${hash}-d`],
    );
  });
  test('aged entries are old enough for Go to refresh them on first use', () => {
    assert.ok(start - agedMtimeMs(start) > GO_MTIME_INTERVAL_MS);
  });
});

describe('fingerprint', () => {
  test('changes with names and sizes, not with order or mtimes', () => {
    const a = [
      { path: 'x', size: 1 },
      { path: 'y', size: 2 },
    ];
    assert.equal(fingerprint(a), fingerprint([...a].reverse()));
    assert.notEqual(fingerprint(a), fingerprint([{ path: 'x', size: 1 }]));
    assert.notEqual(
      fingerprint(a),
      fingerprint([
        { path: 'x', size: 1 },
        { path: 'y', size: 3 },
      ]),
    );
    assert.equal(fingerprint([]), EMPTY_FINGERPRINT);
  });
});
