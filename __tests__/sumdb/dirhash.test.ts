import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { Hash1Builder, hash1, hash1OfDigests } from '../../src/sumdb/dirhash';

const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

test('h1 matches a value computed with sha256sum, sort and base64 (byte order: "B" < "a.b" < "a.txt" < "b/c")', () => {
  const files = [
    { name: 'mod@v1/b/c', sha256: sha('x') },
    { name: 'mod@v1/a.txt', sha256: sha('hello\n') },
    { name: 'mod@v1/B', sha256: sha('') },
    { name: 'mod@v1/a.b', sha256: sha('dot') },
  ];
  assert.equal(hash1(files), 'h1:PkVM+1Rs0RfU2PqCpIEn1+Yo68SC8utIY7N39Wm/INo=');
});

test('h1 depends on names and contents', () => {
  const base = [{ name: 'm@v/a', sha256: sha('1') }];
  assert.notEqual(hash1(base), hash1([{ name: 'm@v/b', sha256: sha('1') }]));
  assert.notEqual(hash1(base), hash1([{ name: 'm@v/a', sha256: sha('2') }]));
});

test('names with newlines are refused', () => {
  assert.throws(() => hash1([{ name: 'a\nb', sha256: sha('') }]), /newline/);
});

test('names sort in UTF-8 byte order, also past U+FFFF where UTF-16 order differs', () => {
  // U+FF21 is EF BC A1 in UTF-8 and sorts before U+1F600 (F0 9F 98 80); in UTF-16 it sorts after (FF21 > D83D).
  const wide = { name: 'm@v/\uFF21', sha256: sha('wide') };
  const emoji = { name: 'm@v/\u{1F600}', sha256: sha('emoji') };
  const plain = { name: 'm@v/z', sha256: sha('z') };
  const lines = [plain, wide, emoji].map((file) => `${file.sha256}  ${file.name}\n`).join('');
  const expected = `h1:${createHash('sha256').update(lines).digest('base64')}`;
  assert.equal(hash1([emoji, wide, plain]), expected);
  assert.equal(hash1([wide, plain, emoji]), expected);
  // Without surrogates the same byte order holds: ASCII before U+FF21.
  const bmp = [plain, wide].map((file) => `${file.sha256}  ${file.name}\n`).join('');
  assert.equal(hash1([wide, plain]), `h1:${createHash('sha256').update(bmp).digest('base64')}`);
});

test('hash1OfDigests: raw digests in name order give the same h1, whether or not the names come sorted', () => {
  const files = [
    { name: 'mod@v1/b/c', sha256: sha('x') },
    { name: 'mod@v1/a.txt', sha256: sha('hello\n') },
    { name: 'mod@v1/B', sha256: sha('') },
    { name: 'mod@v1/a.b', sha256: sha('dot') },
  ];
  const raw = (list: typeof files) => Buffer.from(list.map((file) => file.sha256).join(''), 'hex');
  const sorted = [files[2]!, files[3]!, files[1]!, files[0]!];
  assert.equal(
    hash1OfDigests(
      sorted.map((file) => file.name),
      raw(sorted),
    ),
    'h1:PkVM+1Rs0RfU2PqCpIEn1+Yo68SC8utIY7N39Wm/INo=',
  );
  assert.equal(
    hash1OfDigests(
      files.map((file) => file.name),
      raw(files),
    ),
    'h1:PkVM+1Rs0RfU2PqCpIEn1+Yo68SC8utIY7N39Wm/INo=',
  );
  // A prefix shared by every name is the same as names that carry it.
  assert.equal(
    hash1OfDigests(
      files.map((file) => file.name.slice('mod@v1/'.length)),
      raw(files),
      'mod@v1/',
    ),
    'h1:PkVM+1Rs0RfU2PqCpIEn1+Yo68SC8utIY7N39Wm/INo=',
  );
  // A digest buffer that is not one digest per name is refused, not read past or short.
  assert.throws(() => hash1OfDigests(['a', 'b'], raw(files).subarray(0, 32)), /2 names but 32 digest bytes/);
  assert.throws(() => hash1OfDigests(['a\nb'], raw(files).subarray(0, 32)), /newline/);
  assert.throws(() => hash1OfDigests(['a'], raw(files).subarray(0, 32), 'mod\n@v1/'), /newline/);
});

test('h1 fed in pieces while digests arrive equals h1 at once; names out of byte order wait for the end', () => {
  const names = ['a', 'b/c', 'b/d', 'e', 'f'];
  const digests = Buffer.concat(names.map((name) => createHash('sha256').update(`content of ${name}`).digest()));
  const lines = names.map((name, index) => `${digests.toString('hex', index * 32, index * 32 + 32)}  m@v/${name}\n`).join('');
  const expected = `h1:${createHash('sha256').update(lines).digest('base64')}`;
  assert.equal(hash1OfDigests(names, digests, 'm@v/'), expected);
  const fed = new Hash1Builder(names, 'm@v/');
  // Only the known prefix is fed: the digests after it are still zero.
  const arriving = new Uint8Array(digests.length);
  arriving.set(digests.subarray(0, 64));
  fed.feed(arriving, 2);
  fed.feed(arriving, 2);
  fed.feed(arriving, 1);
  arriving.set(digests);
  fed.feed(arriving, 4);
  assert.equal(fed.digest(arriving), expected);

  // UTF-16 order is not byte order here: feeding early would hash the lines in the wrong order.
  const wide = ['\uFF21', '\u{1F600}'];
  const wideDigests = Buffer.concat(wide.map((name) => createHash('sha256').update(name).digest()));
  const unfed = new Hash1Builder(wide, 'm@v/');
  unfed.feed(wideDigests, 1);
  assert.equal(
    unfed.digest(wideDigests),
    hash1(wide.map((name, index) => ({ name: `m@v/${name}`, sha256: wideDigests.toString('hex', index * 32, index * 32 + 32) }))),
  );
});
