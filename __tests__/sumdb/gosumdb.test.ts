import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gosumdbSecrets, parseGosumdb } from '../../src/sumdb/gosumdb';
import { generateSigningKey } from '../harness/sumdb-server';

test('empty GOSUMDB is sum.golang.org with its built-in key', () => {
  const config = parseGosumdb('');
  assert.equal(config.name, 'sum.golang.org');
  assert.equal(config.verifier.keyHash, 0x033de0ae);
  assert.equal(config.directUrl, 'https://sum.golang.org');
});

test('a known name alone, and with a URL', () => {
  assert.equal(parseGosumdb('sum.golang.google.cn').directUrl, 'https://sum.golang.google.cn');
  assert.equal(parseGosumdb('sum.golang.org https://mirror.example/sumdb/').directUrl, 'https://mirror.example/sumdb');
});

test('name+hash+key, with and without URL', () => {
  const key = generateSigningKey('sum.corp.example');
  const plain = parseGosumdb(key.verifierKey);
  assert.equal(plain.name, 'sum.corp.example');
  assert.equal(plain.directUrl, 'https://sum.corp.example');
  assert.equal(parseGosumdb(`${key.verifierKey} http://127.0.0.1:1`).directUrl, 'http://127.0.0.1:1');
});

test('off is refused for toolchains, saying that go refuses too', () => {
  assert.throws(() => parseGosumdb('off'), /GOSUMDB=off.*go itself refuses/);
});

test('an unknown name without a key, a bad key and a bad URL are refused', () => {
  assert.throws(() => parseGosumdb('sum.corp.example'), /not a known database/);
  assert.throws(() => parseGosumdb('sum.corp.example+00000000+AAAA'), /malformed GOSUMDB/);
  assert.throws(() => parseGosumdb('sum.golang.org ftp://x'), /malformed GOSUMDB URL/);
});

test('credentials in a GOSUMDB URL are masked, and no error shows them', () => {
  const key = 'sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8';
  const config = parseGosumdb(`${key} https://ci:t0ken@sumdb.example.com`);
  assert.ok(gosumdbSecrets(config).includes('t0ken'));
  assert.deepEqual(gosumdbSecrets(parseGosumdb(key)), []);
  for (const value of [`${key} ftp://ci:t0ken@sumdb.example.com`, `${key} https://ci:t0ken@a.example b`]) {
    assert.throws(
      () => parseGosumdb(value),
      (error: Error) => !error.message.includes('t0ken') && error.message.includes('***@'),
    );
  }
});

test("names of Object's own properties are unknown databases, not a crash on an undefined key", () => {
  for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
    assert.throws(() => parseGosumdb(name), new RegExp(`GOSUMDB "${name}" is not a known database`), name);
  }
});
