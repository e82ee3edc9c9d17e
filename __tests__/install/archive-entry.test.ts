// Archive rules judged entry by entry in order: what several tars writing at once rely on.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ArchiveEntrySequence, type ArchiveEntry } from '../../src/install/archive-entry';

const limits = { maxEntries: 100, maxUnpackedBytes: 1000 };

/** The reason each entry gets, in order (undefined = admitted). */
function judge(entries: (ArchiveEntry & { size?: number })[], options = limits): (string | undefined)[] {
  const sequence = new ArchiveEntrySequence('go/', options);
  return entries.map((entry) => sequence.refuse({ size: 0, ...entry }));
}

describe('archive entries judged in sequence', () => {
  test('a Go-like tree passes, with or without folder entries, links inside it included', () => {
    assert.deepEqual(
      judge([
        { name: 'go/', kind: 'directory' },
        { name: 'go/bin/', kind: 'directory' },
        { name: 'go/bin/go', kind: 'file', size: 10 },
        { name: 'go/src/fmt/print.go', kind: 'file', size: 10 },
        { name: 'go/lib/VERSION', kind: 'symlink', linkTarget: '../bin/go' },
        { name: 'go/bin/gofmt', kind: 'hardlink', linkTarget: 'go/bin/go' },
      ]),
      [undefined, undefined, undefined, undefined, undefined, undefined],
    );
  });

  test('the single-entry rules still apply', () => {
    const [reason] = judge([{ name: 'go/../../etc/passwd', kind: 'file' }]);
    assert.match(reason!, /escapes the archive/);
  });

  test('a path seen twice is refused, however it is spelled', () => {
    const reasons = judge([
      { name: 'go/bin/go', kind: 'file' },
      { name: 'go/bin//go', kind: 'file' },
      { name: 'go/x/', kind: 'directory' },
      { name: 'go/x', kind: 'file' },
    ]);
    assert.equal(reasons[0], undefined);
    assert.match(reasons[1]!, /go\/bin\/go appears twice/);
    assert.equal(reasons[2], undefined);
    assert.match(reasons[3]!, /go\/x appears twice/);
  });

  test('nothing may be written through a symlink of the archive, even one that stays inside', () => {
    const reasons = judge([
      { name: 'go/pkg', kind: 'directory' },
      { name: 'go/alias', kind: 'symlink', linkTarget: 'pkg' },
      { name: 'go/alias/file', kind: 'file' },
      { name: 'go/alias/deeper/dir/', kind: 'directory' },
      { name: 'go/alias-not/file', kind: 'file' },
    ]);
    assert.deepEqual(reasons.slice(0, 2), [undefined, undefined]);
    assert.match(reasons[2]!, /go\/alias\/file would be written through the symlink go\/alias/);
    assert.match(reasons[3]!, /through the symlink go\/alias/);
    assert.equal(reasons[4], undefined, 'a sibling whose name merely starts the same is fine');
  });

  test('a hard link must name an entry already in the archive', () => {
    const reasons = judge([
      { name: 'go/early', kind: 'hardlink', linkTarget: 'go/bin/go' },
      { name: 'go/bin/go', kind: 'file' },
      { name: 'go/late', kind: 'hardlink', linkTarget: 'go/bin/go' },
    ]);
    assert.match(reasons[0]!, /hard link go\/early points to go\/bin\/go, which is not earlier in the archive/);
    assert.deepEqual(reasons.slice(1), [undefined, undefined]);
  });

  test('entry count and unpacked size are capped', () => {
    const tooMany = judge(
      Array.from({ length: 4 }, (_, index) => ({ name: `go/f${index}`, kind: 'file' as const })),
      { maxEntries: 3, maxUnpackedBytes: 1000 },
    );
    assert.deepEqual(tooMany.slice(0, 3), [undefined, undefined, undefined]);
    assert.match(tooMany[3]!, /more than 3 entries/);
    const tooBig = judge([
      { name: 'go/a', kind: 'file', size: 600 },
      { name: 'go/b', kind: 'file', size: 600 },
    ]);
    assert.equal(tooBig[0], undefined);
    assert.match(tooBig[1]!, /unpacks to more than 1000 bytes/);
  });
});
