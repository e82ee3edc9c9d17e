import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { NoteError, noteKeyHash, openNote, parseVerifierKey } from '../../src/sumdb/note';
import { DEFAULT_SUMDB_KEY } from '../../src/sumdb/gosumdb';
import { generateSigningKey, signNote } from '../harness/sumdb-server';

// A tree head as sum.golang.org served it (through proxy.golang.org) on 2026-11-22.
const REAL_TREE_NOTE =
  'go.sum database tree\n71909756\niHqVxqh8cyFgqTcentUiEjZ88MD/U2r6w+0h9y1wcFA=\n\n' +
  '\u2014 sum.golang.org Az3gruqca1CkvBUmiVQwTbA/gaUFzmjGdeKsltdaxDjB0sALZnZFiokxoLeuELkWgcacVEQfWPJ8/AdDoOHPspHuDgk=\n';

describe('verifier keys', () => {
  test('the default sum.golang.org key parses with its key hash', () => {
    const verifier = parseVerifierKey(DEFAULT_SUMDB_KEY);
    assert.equal(verifier.name, 'sum.golang.org');
    assert.equal(verifier.keyHash, 0x033de0ae);
    assert.equal(verifier.publicKey.asymmetricKeyType, 'ed25519');
  });

  test('a key hash that does not match the key is refused', () => {
    assert.throws(() => parseVerifierKey(DEFAULT_SUMDB_KEY.replace('033de0ae', '033de0af')), /does not match the key/);
  });

  test('a renamed key no longer matches its hash (the name is part of it)', () => {
    assert.throws(() => parseVerifierKey(DEFAULT_SUMDB_KEY.replace('sum.golang.org', 'sum.example.org')), /does not match/);
  });

  test('malformed keys are refused', () => {
    assert.throws(() => parseVerifierKey('sum.golang.org'), NoteError);
    assert.throws(() => parseVerifierKey('sum.golang.org+033de0ae+AAAA'), /only Ed25519/);
  });

  test('key hash is the first 4 bytes of SHA-256(name, newline, algorithm byte and key)', () => {
    const key = generateSigningKey('a.example');
    const algorithmAndKey = Buffer.from(key.verifierKey.split('+').slice(2).join('+'), 'base64');
    assert.equal(noteKeyHash('a.example', algorithmAndKey), key.keyHash.readUInt32BE(0));
  });
});

describe('signed notes', () => {
  const sumGolangOrg = parseVerifierKey(DEFAULT_SUMDB_KEY);

  test('a real sum.golang.org tree head verifies', () => {
    const opened = openNote(REAL_TREE_NOTE, [sumGolangOrg]);
    assert.deepEqual(opened.verifiedBy, ['sum.golang.org']);
    assert.equal(opened.text, 'go.sum database tree\n71909756\niHqVxqh8cyFgqTcentUiEjZ88MD/U2r6w+0h9y1wcFA=\n');
  });

  test('changing the signed text breaks the signature', () => {
    assert.throws(() => openNote(REAL_TREE_NOTE.replace('71909756', '71909757'), [sumGolangOrg]), /invalid signature by sum.golang.org/);
  });

  test('a note signed only by an unknown key is refused and the error names both keys', () => {
    const other = generateSigningKey('sum.golang.org');
    const note = signNote(`go.sum database tree\n1\n${Buffer.alloc(32).toString('base64')}\n`, other);
    assert.throws(
      () => openNote(note, [sumGolangOrg]),
      (error: Error) =>
        /unknown key\(s\) sum\.golang\.org\+[0-9a-f]{8}/.test(error.message) && error.message.includes('sum.golang.org+033de0ae'),
    );
  });

  test('unknown signers beside a known good one are ignored', () => {
    const extra = generateSigningKey('witness.example');
    const withWitness = REAL_TREE_NOTE + signNote('x\n', extra).split('\n\n')[1]!;
    assert.deepEqual(openNote(withWitness, [sumGolangOrg]).verifiedBy, ['sum.golang.org']);
  });

  test('a note with fresh test keys round-trips', () => {
    const key = generateSigningKey('sum.test.example');
    const note = signNote('hello\n', key);
    assert.equal(openNote(note, [parseVerifierKey(key.verifierKey)]).text, 'hello\n');
  });

  test('malformed notes are refused', () => {
    assert.throws(() => openNote('no blank line\n', [sumGolangOrg]), /no blank line/);
    assert.throws(() => openNote('text\n\nnot a signature\n', [sumGolangOrg]), /bad signature line/);
    assert.throws(() => openNote('text\n\n\u2014 sum.golang.org !!!\n', [sumGolangOrg]), /not valid base64/);
  });
});
