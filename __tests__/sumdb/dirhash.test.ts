import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { hash1 } from '../../src/sumdb/dirhash';

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
