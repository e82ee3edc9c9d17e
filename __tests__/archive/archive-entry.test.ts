// Archive rules judged entry by entry in order: what several tars writing at once rely on.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ArchiveEntrySequence, type ArchiveEntry } from '../../src/archive/archive-entry';

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
    assert.match(reasons[0]!, /hard link go\/early points to go\/bin\/go, which is not a file earlier in the archive/);
    assert.deepEqual(reasons.slice(1), [undefined, undefined]);
  });

  test('a hard link to a symlink or a folder is refused: it would be one too', () => {
    const reasons = judge([
      { name: 'go/alias', kind: 'symlink', linkTarget: 'bin' },
      { name: 'go/second-alias', kind: 'hardlink', linkTarget: 'go/alias' },
      { name: 'go/bin/', kind: 'directory' },
      { name: 'go/folder-link', kind: 'hardlink', linkTarget: 'go/bin' },
      { name: 'go/bin/go', kind: 'file' },
      { name: 'go/gofmt', kind: 'hardlink', linkTarget: 'go/./bin/go' },
      { name: 'go/gofmt-again', kind: 'hardlink', linkTarget: 'go/gofmt' },
    ]);
    assert.match(reasons[1]!, /points to go\/alias, which is not a file/);
    assert.match(reasons[3]!, /points to go\/bin, which is not a file/);
    assert.deepEqual([reasons[0], reasons[2], reasons[4], reasons[5], reasons[6]], [undefined, undefined, undefined, undefined, undefined]);
  });

  test('no symlink, file or link where earlier entries needed a folder, and nothing under a file', () => {
    const reasons = judge([
      { name: 'go/lib/file', kind: 'file' },
      { name: 'go/lib', kind: 'symlink', linkTarget: 'bin' },
      { name: 'go', kind: 'file' },
      { name: 'go/VERSION', kind: 'file' },
      { name: 'go/VERSION/inside', kind: 'file' },
      { name: 'go/lib/', kind: 'directory' },
    ]);
    assert.equal(reasons[0], undefined);
    assert.match(reasons[1]!, /symlink go\/lib is where earlier entries needed a folder/);
    assert.match(reasons[2]!, /file go is where earlier entries needed a folder/);
    assert.equal(reasons[3], undefined);
    assert.match(reasons[4]!, /go\/VERSION\/inside would be written under the file go\/VERSION/);
    assert.equal(reasons[5], undefined, 'a folder entry after its files is fine');
  });

  test('a symlink target may not pass through a symlink or file of the archive, now or later', () => {
    const reasons = judge([
      { name: 'go/a/b/s', kind: 'symlink', linkTarget: '../..' },
      // Lexically inside go/, but the kernel follows go/a/b/s first: the parent of go/.
      { name: 'go/t', kind: 'symlink', linkTarget: 'a/b/s/../../..' },
      { name: 'go/u', kind: 'symlink', linkTarget: 'x/y/file' },
      { name: 'go/x/y', kind: 'symlink', linkTarget: '../a' },
      { name: 'go/VERSION', kind: 'file' },
      { name: 'go/v', kind: 'symlink', linkTarget: 'VERSION/../bin' },
      { name: 'go/w', kind: 'symlink', linkTarget: 'a/b/s' },
    ]);
    assert.equal(reasons[0], undefined);
    assert.match(reasons[1]!, /symlink go\/t points through the symlink go\/a\/b\/s/);
    assert.equal(reasons[2], undefined);
    assert.match(reasons[3]!, /symlink go\/x\/y is where earlier entries needed a folder/);
    assert.equal(reasons[4], undefined);
    assert.match(reasons[5]!, /symlink go\/v points under the file go\/VERSION/);
    assert.equal(reasons[6], undefined, 'a symlink may name another as its last step');
  });

  test('a hard link names its target exactly as the archive spells it', () => {
    const reasons = judge([
      { name: 'go/f', kind: 'file' },
      { name: 'go/link', kind: 'hardlink', linkTarget: 'go/F' },
    ]);
    assert.match(reasons[1]!, /hard link go\/link points to go\/F, but the archive spells that file go\/f/);
  });

  test('files and folders name no link target; names have a sane length', () => {
    const reasons = judge([
      { name: 'go/evil', kind: 'file', linkTarget: '/etc/passwd' },
      { name: 'go/dir/', kind: 'directory', linkTarget: 'x' },
      { name: `go/${'d/'.repeat(3000)}f`, kind: 'file' },
      { name: 'go/l', kind: 'symlink', linkTarget: 'x/'.repeat(3000) },
    ]);
    assert.match(reasons[0]!, /file go\/evil names a link target: \/etc\/passwd/);
    assert.match(reasons[1]!, /folder go\/dir\/ names a link target/);
    assert.match(reasons[2]!, /entry name is longer than 4096 characters/);
    assert.match(reasons[3]!, /link target of go\/l is longer than 4096 characters/);
  });

  test('names are compared as a case-insensitive file system would', () => {
    const reasons = judge([
      { name: 'go/Alias', kind: 'symlink', linkTarget: 'bin' },
      { name: 'go/alias/go', kind: 'file' },
      { name: 'go/caf\u00e9', kind: 'file' },
      { name: 'go/cafe\u0301', kind: 'file' },
      { name: 'go/README', kind: 'file' },
      { name: 'go/readme', kind: 'file' },
      // Capital sigma lower-cases to a final sigma in JavaScript: folding must still meet σ.
      { name: 'go/a\u03a3', kind: 'symlink', linkTarget: 'bin' },
      { name: 'go/a\u03c3/x', kind: 'file' },
      { name: 'go/stra\u00dfe', kind: 'file' },
      { name: 'go/STRASSE', kind: 'file' },
    ]);
    assert.match(reasons[1]!, /go\/alias\/go would be written through the symlink go\/Alias/);
    assert.match(reasons[3]!, /appears twice/);
    assert.match(reasons[5]!, /appears twice/);
    assert.match(reasons[7]!, /through the symlink go\/a\u03a3/);
    assert.match(reasons[9]!, /appears twice/);
  });

  test('only files carry data, and sizes are whole numbers', () => {
    const reasons = judge([
      { name: 'go/bin/go', kind: 'file', size: 10 },
      { name: 'go/gofmt', kind: 'hardlink', linkTarget: 'go/bin/go', size: 1024 },
      { name: 'go/link', kind: 'symlink', linkTarget: 'bin', size: 512 },
      { name: 'go/dir/', kind: 'directory', size: 1 },
      { name: 'go/half', kind: 'file', size: 1.5 },
      { name: 'go/negative', kind: 'file', size: -1 },
    ]);
    assert.equal(reasons[0], undefined);
    assert.match(reasons[1]!, /hard link go\/gofmt carries 1024 bytes of data/);
    assert.match(reasons[2]!, /symlink go\/link carries 512 bytes of data/);
    assert.match(reasons[3]!, /folder go\/dir carries 1 bytes of data/);
    assert.match(reasons[4]!, /file go\/half has an invalid size \(1\.5\)/);
    assert.match(reasons[5]!, /file go\/negative has an invalid size \(-1\)/);
  });

  test('entries and the folders they imply count against the cap, as does unpacked size', () => {
    const tooMany = judge(
      Array.from({ length: 3 }, (_, index) => ({ name: `go/f${index}`, kind: 'file' as const })),
      { maxEntries: 3, maxUnpackedBytes: 1000 },
    );
    assert.deepEqual(tooMany.slice(0, 2), [undefined, undefined], 'go/ and two files');
    assert.match(tooMany[2]!, /more than 3 entries and folders/);
    const deep = judge([{ name: 'go/a/b/c/d/e/file', kind: 'file' }], { maxEntries: 5, maxUnpackedBytes: 1000 });
    assert.match(deep[0]!, /more than 5 entries and folders/, 'one file, six folders');
    const tooBig = judge([
      { name: 'go/a', kind: 'file', size: 600 },
      { name: 'go/b', kind: 'file', size: 600 },
    ]);
    assert.equal(tooBig[0], undefined);
    assert.match(tooBig[1]!, /unpacks to more than 1000 bytes/);
  });
});
