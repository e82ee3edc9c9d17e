// The verdict on a downloaded Go archive, case by case: one vector per combination of pinned
// digest, listed digest (go.dev or a mirror), and signature outcome under each verify-signature mode.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  judgeDigests,
  judgeDownload,
  type DownloadFacts,
  type SignatureOutcome,
} from '../../../../src/install/routes/godev/judge-download';
import { formatTrustAnchors } from '../../../../src/trust/trust-anchor';

const SHA = 'a'.repeat(64);
const OTHER = 'b'.repeat(64);
const FP = 'EB4C1BFD4F042F6DDDCCEC917721F63BD38B4796';
const FILE = 'go1.22.5.linux-amd64.tar.gz';
const GO_DEV = { kind: 'go.dev', label: 'go.dev' } as const;
const MIRROR = { kind: 'mirror', label: 'mirror.example' } as const;

const VERIFIED: SignatureOutcome = {
  kind: 'verified',
  verdict: { primaryFingerprint: FP, signingKeyId: '78BD65473CB3BD13', created: new Date('2024-07-02T00:00:00Z') },
};
const BAD_SIGNATURE = new Error(`OpenPGP signature of ${FILE} does not verify with key ${FP}`);
const FAILED: SignatureOutcome = { kind: 'failed', error: BAD_SIGNATURE };
const MISSING: SignatureOutcome = { kind: 'not-published' };
const NOT_CHECKED: SignatureOutcome = { kind: 'not-checked' };

const NOTE = {
  mirrorDigest: 'the SHA-256 came from the mirror mirror.example itself: it proves integrity, not origin',
  off: 'OpenPGP signature check switched off (verify-signature: off)',
  noSignature: (label: string) => `${label} publishes no OpenPGP signature for ${FILE}`,
};

interface Vector {
  name: string;
  facts: Partial<DownloadFacts>;
  /** The `verified` text of an accepted archive, or the refusal's reason. */
  accept?: string;
  refuse?: RegExp;
  notes?: string[];
}

const BASE: DownloadFacts = { fileName: FILE, source: GO_DEV, sha256: SHA, listedSha256: SHA, signatureMode: 'auto', signature: VERIFIED };

const VECTORS: Vector[] = [
  // go.dev lists the digest.
  { name: 'go.dev digest match, signature verified', facts: {}, accept: `sha256:go.dev,openpgp:${FP}`, notes: [] },
  {
    name: 'go.dev digest mismatch',
    facts: { listedSha256: OTHER },
    refuse: new RegExp(`SHA-256 of ${FILE} is ${SHA}, but go.dev lists ${OTHER}: the download is corrupt or tampered with`),
  },
  {
    name: 'go.dev digest listed in upper case with spaces',
    facts: { listedSha256: ` ${SHA.toUpperCase()}\n` },
    accept: `sha256:go.dev,openpgp:${FP}`,
  },
  {
    name: 'go.dev digest, signature missing (auto)',
    facts: { signature: MISSING },
    accept: 'sha256:go.dev',
    notes: [NOTE.noSignature('go.dev')],
  },
  {
    name: 'go.dev digest, signature missing (required)',
    facts: { signature: MISSING, signatureMode: 'required' },
    refuse: /verify-signature is required, but go\.dev publishes no signature \(go1\.22\.5\.linux-amd64\.tar\.gz\.asc answered 404\)/,
  },
  { name: 'go.dev digest, signature verified (required)', facts: { signatureMode: 'required' }, accept: `sha256:go.dev,openpgp:${FP}` },
  { name: 'go.dev digest, bad signature (auto)', facts: { signature: FAILED }, refuse: /does not verify with key/ },
  {
    name: 'go.dev digest, bad signature (required)',
    facts: { signature: FAILED, signatureMode: 'required' },
    refuse: /does not verify with key/,
  },
  {
    name: 'go.dev digest, signatures off',
    facts: { signature: NOT_CHECKED, signatureMode: 'off' },
    accept: 'sha256:go.dev',
    notes: [NOTE.off],
  },
  // A mirror lists the digest: integrity, not origin.
  {
    name: 'mirror digest match, signature verified',
    facts: { source: MIRROR },
    accept: `sha256:mirror,openpgp:${FP}`,
    notes: [NOTE.mirrorDigest],
  },
  {
    name: 'mirror digest mismatch',
    facts: { source: MIRROR, listedSha256: OTHER },
    refuse: /but mirror\.example lists b{64}: the download is corrupt or tampered with/,
  },
  {
    name: 'mirror digest, signature missing (auto): accepted, origin left to the checksum database',
    facts: { source: MIRROR, signature: MISSING },
    accept: 'sha256:mirror',
    notes: [NOTE.mirrorDigest, NOTE.noSignature('mirror.example')],
  },
  {
    name: 'mirror digest, signature missing (required)',
    facts: { source: MIRROR, signature: MISSING, signatureMode: 'required' },
    refuse: /verify-signature is required, but mirror\.example publishes no signature/,
  },
  {
    name: 'mirror digest, signatures off: origin left to the checksum database',
    facts: { source: MIRROR, signature: NOT_CHECKED, signatureMode: 'off' },
    accept: 'sha256:mirror',
    notes: [NOTE.mirrorDigest, NOTE.off],
  },
  { name: 'mirror digest, bad signature', facts: { source: MIRROR, signature: FAILED }, refuse: /does not verify with key/ },
  {
    name: 'mirror zip without signature: Go signs only .tar.gz',
    facts: { source: MIRROR, fileName: 'go1.22.5.windows-amd64.zip', signature: MISSING },
    accept: 'sha256:mirror',
    notes: [
      NOTE.mirrorDigest,
      'mirror.example publishes no OpenPGP signature for go1.22.5.windows-amd64.zip (Go signs only .tar.gz archives)',
    ],
  },
  // No listed digest.
  { name: 'no digest, signature verified', facts: { listedSha256: undefined }, accept: `openpgp:${FP}`, notes: [] },
  { name: 'no digest (empty), signature verified', facts: { listedSha256: '  \n' }, accept: `openpgp:${FP}` },
  {
    name: 'no digest, signature missing: nothing verifies it',
    facts: { source: MIRROR, listedSha256: undefined, signature: MISSING },
    refuse:
      /nothing verifies go1\.22\.5\.linux-amd64\.tar\.gz: mirror\.example lists no SHA-256 and no signature was checked; pin one with go-sha256/,
  },
  {
    name: 'no digest, signatures off: nothing verifies it',
    facts: { source: MIRROR, listedSha256: undefined, signature: NOT_CHECKED, signatureMode: 'off' },
    refuse: /nothing verifies/,
  },
  { name: 'no digest, bad signature', facts: { listedSha256: undefined, signature: FAILED }, refuse: /does not verify with key/ },
  // Input go-sha256.
  { name: 'pinned match and go.dev match', facts: { pinnedSha256: SHA }, accept: `sha256:pinned,sha256:go.dev,openpgp:${FP}` },
  {
    name: 'pinned match, in upper case',
    facts: { pinnedSha256: ` ${SHA.toUpperCase()} ` },
    accept: `sha256:pinned,sha256:go.dev,openpgp:${FP}`,
  },
  {
    name: 'pinned mismatch',
    facts: { pinnedSha256: OTHER },
    refuse: new RegExp(`SHA-256 of ${FILE} is ${SHA}, but input go-sha256 pins ${OTHER}$`),
  },
  {
    name: 'pinned mismatch is reported before a listed mismatch',
    facts: { pinnedSha256: OTHER, listedSha256: OTHER },
    refuse: /input go-sha256 pins/,
  },
  {
    name: 'pinned mismatch is reported before a bad signature',
    facts: { pinnedSha256: OTHER, signature: FAILED },
    refuse: /input go-sha256 pins/,
  },
  {
    name: 'listed mismatch is reported before a bad signature',
    facts: { listedSha256: OTHER, signature: FAILED },
    refuse: /the download is corrupt or tampered with/,
  },
  {
    name: 'pinned match, mirror digest, no signature: origin proven by the pin',
    facts: { source: MIRROR, pinnedSha256: SHA, signature: MISSING },
    accept: 'sha256:pinned,sha256:mirror',
    notes: [NOTE.mirrorDigest, NOTE.noSignature('mirror.example')],
  },
  {
    name: 'pinned match alone, signatures off',
    facts: { source: MIRROR, pinnedSha256: SHA, listedSha256: undefined, signature: NOT_CHECKED, signatureMode: 'off' },
    accept: 'sha256:pinned',
    notes: [NOTE.off],
  },
];

describe('judgeDownload', () => {
  for (const vector of VECTORS) {
    test(vector.name, () => {
      const judgement = judgeDownload({ ...BASE, ...vector.facts });
      if (vector.refuse) {
        assert.equal(judgement.verdict.kind, 'refuse', `accepted as ${formatTrustAnchors(judgement.anchors)}`);
        assert.match(judgement.verdict.kind === 'refuse' ? judgement.verdict.reason : '', vector.refuse);
      } else {
        assert.deepEqual(judgement.verdict, { kind: 'accept' });
        assert.equal(formatTrustAnchors(judgement.anchors), vector.accept);
      }
      if (vector.notes) assert.deepEqual(judgement.notes, vector.notes);
    });
  }

  test('a failed signature check is refused with its own error, to be reported as it is', () => {
    const judgement = judgeDownload({ ...BASE, signature: FAILED });
    assert.deepEqual(judgement.verdict, { kind: 'refuse', reason: BAD_SIGNATURE.message, cause: BAD_SIGNATURE });
  });

  test('every digest refusal is known from the digests alone', () => {
    for (const vector of VECTORS) {
      const facts = { ...BASE, ...vector.facts };
      const full = judgeDownload(facts);
      const digestsOnly = judgeDigests(facts);
      if (digestsOnly.verdict.kind === 'refuse') assert.deepEqual(full, digestsOnly, vector.name);
      else assert.ok(!/SHA-256 of/.test(full.verdict.kind === 'refuse' ? full.verdict.reason : ''), vector.name);
    }
  });
});
