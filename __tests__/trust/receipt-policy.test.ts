// Which anchors of a receipt count for this job: only those it would have accepted itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeReceiptAnchors, type TrustPolicy } from '../../src/trust/receipt-policy';
import type { TrustAnchor } from '../../src/trust/trust-anchor';

const GOOGLE = 'EB4C1BFD4F042F6DDDCCEC917721F63BD38B4796';
const OWN = '0123456789ABCDEF0123456789ABCDEF01234567';
const DIGEST = 'a'.repeat(64);
const DEFAULT_JOB: TrustPolicy = { signingKeyFingerprint: GOOGLE, sumdb: { name: 'sum.golang.org', keyHash: '033de0ae' } };

test('a default job accepts go.dev digests, Google signatures and Google database records', () => {
  const anchors: TrustAnchor[] = [
    { kind: 'sha256', from: 'go.dev' },
    { kind: 'openpgp', fingerprint: GOOGLE.toLowerCase() },
    { kind: 'sumdb', name: 'sum.golang.org', keyHash: '033de0ae' },
  ];
  assert.deepEqual(judgeReceiptAnchors(anchors, DIGEST, DEFAULT_JOB), { counted: anchors, refused: [], provesOrigin: true });
});

test("another workflow's own signing key does not count for a job that expects Google's", () => {
  const judged = judgeReceiptAnchors(
    [
      { kind: 'sha256', from: 'mirror' },
      { kind: 'openpgp', fingerprint: OWN },
    ],
    DIGEST,
    DEFAULT_JOB,
  );
  assert.deepEqual(judged.counted, [{ kind: 'sha256', from: 'mirror' }]);
  assert.equal(judged.provesOrigin, false);
  assert.match(judged.refused[0]!, /openpgp:0123.* is not this job's signing key \(EB4C/);
  // The workflow with that key accepts its own receipt.
  assert.equal(
    judgeReceiptAnchors([{ kind: 'openpgp', fingerprint: OWN }], DIGEST, { ...DEFAULT_JOB, signingKeyFingerprint: OWN }).provesOrigin,
    true,
  );
});

test('a database that calls itself sum.golang.org with another key, or an unrecorded key, does not count', () => {
  for (const keyHash of ['af798d98', undefined]) {
    const judged = judgeReceiptAnchors([{ kind: 'sumdb', name: 'sum.golang.org', keyHash }], undefined, DEFAULT_JOB);
    assert.deepEqual(judged.counted, []);
    assert.equal(judged.provesOrigin, false);
  }
  const offJob = judgeReceiptAnchors([{ kind: 'sumdb', name: 'sum.golang.org', keyHash: '033de0ae' }], undefined, {
    signingKeyFingerprint: GOOGLE,
  });
  assert.match(offJob.refused[0]!, /trusts no checksum database/);
});

test('a pinned digest counts only when this job pins the same one', () => {
  const pinned: TrustAnchor[] = [{ kind: 'sha256', from: 'pinned' }];
  assert.equal(judgeReceiptAnchors(pinned, DIGEST, DEFAULT_JOB).provesOrigin, false);
  assert.equal(judgeReceiptAnchors(pinned, DIGEST, { ...DEFAULT_JOB, pinnedSha256: 'b'.repeat(64) }).provesOrigin, false);
  assert.equal(judgeReceiptAnchors(pinned, DIGEST, { ...DEFAULT_JOB, pinnedSha256: DIGEST }).provesOrigin, true);
});
