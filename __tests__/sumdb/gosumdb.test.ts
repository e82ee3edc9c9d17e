import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseGosumdb } from '../../src/sumdb/gosumdb';
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
