import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { parseLookupRecord, parseTree, proveRecordInclusion, recordHash, tilePath, type TileReader } from '../../src/sumdb/tlog';
import { TestSumdb } from '../harness/sumdb-server';

// A lookup answer as sum.golang.org served it (through proxy.golang.org).
const REAL_LOOKUP =
  '27869929\n' +
  'golang.org/toolchain v0.0.1-go1.22.5.linux-amd64 h1:LQChnsjY/4sr12W+7pci1Qg1+X/n7vmLOOaq2aTBG0w=\n' +
  'golang.org/toolchain v0.0.1-go1.22.5.linux-amd64/go.mod h1:8wlg68NqwW7eMnI1aABk/C2pDYXj8mrMY4TyRfiLeS0=\n' +
  '\n' +
  'go.sum database tree\n66398721\n5oXTdOltbW8oy+WAHSPYkUE7FskIY/5ZJCYGy+buJ3g=\n\n' +
  '\u2014 sum.golang.org Az3grkwAPWdf0j0QaqFdZ3Hg/pDusO9we04GR+upDAujfj+kau8VzeyO7Xqw0j0qZNnwMvwiV98DluG2iyB8t4v4WQU=\n';

describe('formats', () => {
  test('tile paths write the index in x-prefixed 3-digit groups and mark partial tiles', () => {
    assert.equal(tilePath(0, 1234067, 256), 'tile/8/0/x001/x234/067');
    assert.equal(tilePath(1, 5, 23), 'tile/8/1/005.p/23');
    assert.equal(tilePath(2, 0, 256), 'tile/8/2/000');
    assert.equal(tilePath(0, 1000, 1), 'tile/8/0/x001/000.p/1');
  });

  test('record hash is SHA-256 of 0x00 and the record (RFC 6962 empty leaf vector)', () => {
    assert.equal(recordHash(Buffer.alloc(0)).toString('hex'), '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d');
  });

  test('a real lookup answer splits into id, record text and tree note', () => {
    const record = parseLookupRecord(REAL_LOOKUP);
    assert.equal(record.id, 27869929);
    assert.equal(record.text.split('\n').length, 3);
    assert.ok(record.text.endsWith('/go.mod h1:8wlg68NqwW7eMnI1aABk/C2pDYXj8mrMY4TyRfiLeS0=\n'));
    assert.ok(record.treeNote.startsWith('go.sum database tree\n66398721\n'));
  });

  test('tree text parses; malformed ones are refused', () => {
    const tree = parseTree('go.sum database tree\n66398721\n5oXTdOltbW8oy+WAHSPYkUE7FskIY/5ZJCYGy+buJ3g=\n');
    assert.equal(tree.size, 66398721);
    assert.equal(tree.rootHash.length, 32);
    assert.throws(() => parseTree('go.sum database tree\n012\n5oXTdOltbW8oy+WAHSPYkUE7FskIY/5ZJCYGy+buJ3g=\n'), /bad size/);
    assert.throws(() => parseTree('go.sum database tree\n12\nAAAA\n'), /bad root hash/);
    assert.throws(() => parseTree('other tree\n12\n'), /header/);
  });
});

function tileReader(db: TestSumdb): TileReader {
  return async ({ level, index, width }) => {
    const answer = db.handle(tilePath(level, index, width));
    if (answer.status !== 200) throw new Error(`tile ${tilePath(level, index, width)}: ${answer.status}`);
    return answer.body;
  };
}

function leafOf(db: TestSumdb, id: number): Buffer {
  const body = db.handle(`lookup/example.com/m${id}@v1.0.0`).body.toString();
  return recordHash(Buffer.from(parseLookupRecord(body).text));
}

describe('inclusion proofs from tiles', () => {
  for (const size of [1, 2, 3, 7, 255, 256, 257, 600]) {
    test(`records of a tree of ${size} are proved (every one up to 9, then a spread)`, async () => {
      const db = new TestSumdb();
      for (let i = 0; i < size; i++) db.add(`example.com/m${i}`, 'v1.0.0', `h1:${'A'.repeat(43)}=`, `h1:${'B'.repeat(43)}=`);
      const tree = parseTree(`${db.treeNote().split('\n\n')[0]}\n`);
      for (let id = 0; id < size; id += size < 10 ? 1 : 7) await proveRecordInclusion(tree, id, leafOf(db, id), tileReader(db));
    });
  }

  test('records deep in a tree over 65536 are proved with level 1 and 2 tiles', async () => {
    const db = new TestSumdb();
    db.addFiller(70_000);
    const ids = [0, 255, 256, 65535, 65536, 69_999].map((n) => n);
    const tree = parseTree(`${db.treeNote().split('\n\n')[0]}\n`);
    const leaves = ids.map((id) =>
      recordHash(Buffer.from(`example.com/filler${id} v1.0.0 h1:${Buffer.alloc(32, id % 251).toString('base64')}\n`)),
    );
    for (const [i, id] of ids.entries()) await proveRecordInclusion(tree, id, leaves[i]!, tileReader(db));
    assert.ok(
      db.requests.some((path) => path.startsWith('tile/8/2/')),
      'a level-2 tile was read',
    );
  });

  test('a wrong record hash does not lead to the signed root', async () => {
    const db = new TestSumdb();
    for (let i = 0; i < 300; i++) db.add(`example.com/m${i}`, 'v1.0.0', `h1:${'A'.repeat(43)}=`, `h1:${'B'.repeat(43)}=`);
    const tree = parseTree(`${db.treeNote().split('\n\n')[0]}\n`);
    const forged = createHash('sha256').update('forged').digest();
    await assert.rejects(proveRecordInclusion(tree, 17, forged, tileReader(db)), /not proved to be in the signed tree/);
  });

  test('a tampered tile breaks the proof', async () => {
    const db = new TestSumdb();
    for (let i = 0; i < 300; i++) db.add(`example.com/m${i}`, 'v1.0.0', `h1:${'A'.repeat(43)}=`, `h1:${'B'.repeat(43)}=`);
    const tree = parseTree(`${db.treeNote().split('\n\n')[0]}\n`);
    db.faults.corruptLeafInTiles = 16;
    await assert.rejects(proveRecordInclusion(tree, 17, leafOf(db, 17), tileReader(db)), /not proved/);
  });

  test('a record id outside the tree and a short tile are refused', async () => {
    const db = new TestSumdb();
    for (let i = 0; i < 10; i++) db.add(`example.com/m${i}`, 'v1.0.0', `h1:${'A'.repeat(43)}=`, `h1:${'B'.repeat(43)}=`);
    const tree = parseTree(`${db.treeNote().split('\n\n')[0]}\n`);
    await assert.rejects(proveRecordInclusion(tree, 10, leafOf(db, 9), tileReader(db)), /outside the signed tree/);
    await assert.rejects(
      proveRecordInclusion(tree, 3, leafOf(db, 3), async () => Buffer.alloc(32)),
      /has 32 bytes, want 320/,
    );
  });
});
