// The minisign verifier against signatures made from the format by the test harness, and against
// the real minisign program's keys and signatures.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePublicKey, parseSignature, verifyMinisign, trustedCommentFields } from '../../src/zig/minisign';
import { ZIG_SIGNING_KEY } from '../../src/zig/signing-key';
import { minisignSignature, newMinisignKey } from '../harness/minisign';

const data = randomBytes(100_000);
const FILE = 'zig-x86_64-linux-0.17.1.tar.xz';
const signed = (bytes: Buffer) => ({ blake2b512: createHash('blake2b512').update(bytes).digest(), contents: () => bytes });

function check(signatureText: string, publicKey: string, bytes = data, fileName = FILE) {
  return verifyMinisign(
    parsePublicKey(publicKey, 'test key'),
    parseSignature(signatureText, `${fileName}.minisig`),
    signed(bytes),
    fileName,
  );
}

describe('minisign verification', () => {
  const key = newMinisignKey();
  const other = newMinisignKey();

  test('the pinned Zig key is a well-formed minisign Ed25519 key', () => {
    assert.match(parsePublicKey(ZIG_SIGNING_KEY, 'pinned').keyId, /^[0-9A-F]{16}$/);
  });

  test('accepts prehashed (ED) and legacy (Ed) signatures and reads the trusted comment', () => {
    const verdict = check(
      minisignSignature(key, data, FILE, { trustedComment: `timestamp:1700000000\tfile:${FILE}\thashed` }),
      key.publicKey,
    );
    assert.equal(verdict.algorithm, 'ED');
    assert.equal(verdict.timestamp, 1700000000);
    assert.equal(check(minisignSignature(key, data, FILE, { legacy: true }), key.publicKey).algorithm, 'Ed');
  });

  test('refuses a changed byte, another key, a forged key id, an altered trusted comment, another file', () => {
    const good = minisignSignature(key, data, FILE);
    const flipped = Buffer.from(data);
    flipped[5000]! ^= 1;
    assert.throws(
      () => check(good, key.publicKey, flipped),
      /minisign signature of zig-x86_64-linux-0\.17\.1\.tar\.xz does not match the file/,
    );
    assert.throws(() => check(minisignSignature(key, flipped, FILE, { legacy: true }), key.publicKey), /does not match the file/);
    assert.throws(
      () => check(minisignSignature(other, data, FILE), key.publicKey),
      /is signed by minisign key [0-9A-F]{16}, not the trusted key [0-9A-F]{16}/,
    );
    assert.throws(
      () => check(minisignSignature(other, data, FILE, { claimKeyId: key.keyIdBytes }), key.publicKey),
      /does not match the file/,
    );
    const lines = good.split('\n');
    lines[2] = lines[2]!.replace(FILE, 'zig-x86_64-linux-0.9.0.tar.xz');
    assert.throws(() => check(lines.join('\n'), key.publicKey), /trusted comment of .* is not signed by key .*: it was altered/);
    // A genuine signature of the same bytes, made for another file name, does not pass for this one.
    assert.throws(
      () => check(minisignSignature(key, data, 'zig-x86_64-linux-0.9.0.tar.xz'), key.publicKey),
      /trusted comment names "zig-x86_64-linux-0\.9\.0\.tar\.xz", not zig-x86_64-linux-0\.17\.1\.tar\.xz/,
    );
    assert.throws(
      () => check(minisignSignature(key, data, FILE, { trustedComment: 'timestamp:1' }), key.publicKey),
      /trusted comment names no file/,
    );
  });

  test('malformed keys and signature files are reported with their source', () => {
    assert.throws(
      () => parsePublicKey('RWS-not-base64', 'input zig-signing-key'),
      /input zig-signing-key: the minisign public key is not base64/,
    );
    assert.throws(
      () => parsePublicKey(Buffer.from('Ed123').toString('base64'), 'input zig-signing-key'),
      /input zig-signing-key: not a minisign Ed25519 public key/,
    );
    assert.throws(() => parseSignature('<html>not found</html>', 'x.minisig'), /x\.minisig is not a minisign signature/);
    const lines = minisignSignature(key, data, FILE).split('\n');
    lines[1] = Buffer.from(`EX${'a'.repeat(72)}`).toString('base64');
    assert.throws(() => parseSignature(lines.join('\n'), 'x.minisig'), /unknown signature algorithm/);
    assert.deepEqual(
      trustedCommentFields('timestamp:5\tfile:a:b.tar.xz\thashed'),
      new Map([
        ['timestamp', '5'],
        ['file', 'a:b.tar.xz'],
      ]),
    );
    // Inherited property names are fields like any other, and a missing file stays missing.
    const odd = trustedCommentFields('__proto__:x\tconstructor:y');
    assert.equal(odd.get('__proto__'), 'x');
    assert.equal(odd.get('file'), undefined);
  });
});

describe('minisign program cross-check', () => {
  test('keys and signatures made by minisign itself verify; its verifier accepts ours', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sgg-minisign-'));
    try {
      const file = join(dir, FILE);
      writeFileSync(file, data);
      execFileSync('minisign', ['-G', '-W', '-p', join(dir, 'key.pub'), '-s', join(dir, 'key.sec')], { stdio: 'ignore' });
      const publicKeyFile = readFileSync(join(dir, 'key.pub'), 'utf8');
      // minisign names the key in the .pub file's comment: the same id we read from the key bytes
      // (minisign prints it as a number, without the leading zeros a random id may have).
      const named = /minisign public key ([0-9A-F]{1,16})\b/.exec(publicKeyFile);
      assert.ok(named, `no key id in ${publicKeyFile}`);
      assert.equal(named[1]!.padStart(16, '0'), parsePublicKey(publicKeyFile, 'key.pub').keyId);
      execFileSync('minisign', ['-S', '-s', join(dir, 'key.sec'), '-m', file], { stdio: 'ignore' });
      const verdict = check(readFileSync(`${file}.minisig`, 'utf8'), publicKeyFile);
      assert.equal(verdict.algorithm, 'ED');
      assert.match(verdict.trustedComment, new RegExp(`file:${FILE.replace(/\./g, '\\.')}`));
      execFileSync('minisign', ['-S', '-l', '-s', join(dir, 'key.sec'), '-m', file, '-x', `${file}.legacy`], { stdio: 'ignore' });
      assert.equal(check(readFileSync(`${file}.legacy`, 'utf8'), publicKeyFile).algorithm, 'Ed');
      // A byte changed after minisign signed: refused by us as by minisign.
      const flipped = Buffer.from(data);
      flipped[0]! ^= 1;
      assert.throws(() => check(readFileSync(`${file}.minisig`, 'utf8'), publicKeyFile, flipped), /does not match the file/);

      // The other way round: minisign -V accepts what the harness signs the zig fixture with.
      const key = newMinisignKey();
      writeFileSync(`${file}.ours`, minisignSignature(key, data, FILE));
      const out = execFileSync('minisign', ['-V', '-P', key.publicKey, '-m', file, '-x', `${file}.ours`], { encoding: 'utf8' });
      assert.match(out, /Signature and comment signature verified/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
