// The signature check fed while the archive downloads (SignedBytesFeed) must reach exactly the
// verdicts of the check on the whole bytes: real gpg signatures, real openpgp.js.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signDetached, testKeys, type TestKeys } from '../../../harness/gpg';
import { verifyDetachedSignature } from '../../../../src/install/routes/godev/signature';
import { SignedBytesFeed } from '../../../../src/install/routes/godev/signed-bytes-feed';

const data = randomBytes(3 * 1024 * 1024 + 17);
let keys: TestKeys;
let armoredSignature: string;

before(async () => {
  keys = await testKeys();
  const file = join(mkdtempSync(join(tmpdir(), 'sgg-sigstream-')), 'archive.tar.gz');
  writeFileSync(file, data);
  armoredSignature = await signDetached(keys.release, file);
});

/** Feeds `bytes` in download-sized chunks, the way the download loop does, after the check has started. */
function feedInChunks(feed: SignedBytesFeed, bytes: Buffer, chunkSize = 64 * 1024): void {
  setImmediate(() => {
    for (let offset = 0; offset < bytes.length; offset += chunkSize) feed.write(bytes.subarray(offset, offset + chunkSize));
    feed.end();
  });
}

function check(source: Uint8Array | ReadableStream<Uint8Array>, armoredKey = keys.release.armoredPublicKey) {
  return verifyDetachedSignature({ data: source, armoredSignature, armoredKey, fileName: 'archive.tar.gz' });
}

describe('signature check on streamed bytes', () => {
  test('gives the same verdict as the check on the whole bytes', async () => {
    const feed = new SignedBytesFeed();
    const streamed = check(feed.stream);
    feedInChunks(feed, data);
    const [fromStream, fromBytes] = await Promise.all([streamed, check(data)]);
    assert.deepEqual(fromStream, fromBytes);
    assert.equal(fromStream.primaryFingerprint, keys.release.primaryFingerprint);
  });

  test('a flipped byte fails', async () => {
    const tampered = Buffer.from(data);
    tampered[tampered.length >> 1]! ^= 0x01;
    const feed = new SignedBytesFeed();
    const streamed = check(feed.stream);
    feedInChunks(feed, tampered);
    await assert.rejects(streamed, /does not verify with key/);
  });

  test('a missing tail fails', async () => {
    const feed = new SignedBytesFeed();
    const streamed = check(feed.stream);
    feedInChunks(feed, data.subarray(0, data.length - 1));
    await assert.rejects(streamed, /does not verify with key/);
  });

  test('a download that fails mid-way fails the check with its error instead of leaving it waiting', async () => {
    const feed = new SignedBytesFeed();
    const streamed = check(feed.stream);
    feed.write(data.subarray(0, 1024));
    setImmediate(() => feed.fail(new Error('connection reset')));
    await assert.rejects(streamed, /connection reset/);
  });

  test('a signature by another key fails at once, and the feed can go on being written', async () => {
    const feed = new SignedBytesFeed();
    await assert.rejects(check(feed.stream, keys.other.armoredPublicKey), /was made by key ID/);
    feed.discard();
    feed.write(data.subarray(0, 1024));
    feed.end();
  });
});
