// Trust anchors: one text form for the `verified` output and the receipts, read back the same.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEFAULT_SUMDB,
  formatTrustAnchor,
  formatTrustAnchors,
  isDefaultSumdb,
  originUnproven,
  parseTrustAnchor,
  provesOrigin,
  storedTrustAnchor,
  type TrustAnchor,
} from '../../src/trust/trust-anchor';
import { DEFAULT_SUMDB_KEY, parseGosumdb, sumdbAnchor } from '../../src/sumdb/gosumdb';

const FINGERPRINT = 'EB4C1BFD4F042F6DDDCCEC917721F63BD38B4796';

/** Every kind of anchor, with the text earlier versions wrote for it. */
const VECTORS: { anchor: TrustAnchor; text: string; provesOrigin: boolean }[] = [
  { anchor: { kind: 'sha256', from: 'go.dev' }, text: 'sha256:go.dev', provesOrigin: true },
  { anchor: { kind: 'sha256', from: 'mirror' }, text: 'sha256:mirror', provesOrigin: false },
  { anchor: { kind: 'sha256', from: 'pinned' }, text: 'sha256:pinned', provesOrigin: true },
  { anchor: { kind: 'openpgp', fingerprint: FINGERPRINT }, text: `openpgp:${FINGERPRINT}`, provesOrigin: true },
  { anchor: { kind: 'sumdb', name: 'sum.golang.org' }, text: 'sumdb:sum.golang.org', provesOrigin: true },
];

describe('trust anchors', () => {
  for (const vector of VECTORS) {
    test(`${vector.text}: formatted, read back, origin ${vector.provesOrigin ? 'proven' : 'not proven'}`, () => {
      assert.equal(formatTrustAnchor(vector.anchor), vector.text);
      assert.deepEqual(parseTrustAnchor(vector.text), vector.anchor);
      assert.equal(provesOrigin(vector.anchor), vector.provesOrigin);
    });
  }

  test('the verified output joins them with commas in the order checked', () => {
    assert.equal(formatTrustAnchors(VECTORS.map((vector) => vector.anchor)), VECTORS.map((vector) => vector.text).join(','));
    assert.equal(formatTrustAnchors([]), '');
  });

  test("only a mirror's own digest, or nothing, leaves the origin to be proven by the checksum database", () => {
    const mirror: TrustAnchor = { kind: 'sha256', from: 'mirror' };
    assert.equal(originUnproven([]), true);
    assert.equal(originUnproven([mirror]), true);
    for (const vector of VECTORS.filter((candidate) => candidate.provesOrigin)) {
      assert.equal(originUnproven([mirror, vector.anchor]), false, vector.text);
      assert.equal(originUnproven([vector.anchor]), false, vector.text);
    }
  });

  test("a database is named by its key hash unless it is Google's; a receipt always records the hash", () => {
    const google: TrustAnchor = { kind: 'sumdb', name: 'sum.golang.org', keyHash: '033de0ae' };
    const imposter: TrustAnchor = { kind: 'sumdb', name: 'sum.golang.org', keyHash: 'af798d98' };
    assert.equal(formatTrustAnchor(google), 'sumdb:sum.golang.org');
    assert.equal(formatTrustAnchor(imposter), 'sumdb:sum.golang.org+af798d98');
    assert.equal(storedTrustAnchor(google), 'sumdb:sum.golang.org+033de0ae');
    assert.equal(storedTrustAnchor(imposter), 'sumdb:sum.golang.org+af798d98');
    assert.deepEqual(parseTrustAnchor('sumdb:sum.golang.org+033de0ae'), google);
    assert.deepEqual(parseTrustAnchor('sumdb:sum.golang.org+af798d98'), imposter);
    assert.equal(isDefaultSumdb(google), true);
    assert.equal(isDefaultSumdb(imposter), false);
    // An older receipt's bare name says nothing of the key.
    assert.equal(isDefaultSumdb(parseTrustAnchor('sumdb:sum.golang.org')!), false);
  });

  test("the default database's key hash is the one of Go's verifier key", () => {
    assert.deepEqual(sumdbAnchor(parseGosumdb(DEFAULT_SUMDB_KEY)), { kind: 'sumdb', ...DEFAULT_SUMDB });
    assert.deepEqual(sumdbAnchor(parseGosumdb(undefined)), { kind: 'sumdb', ...DEFAULT_SUMDB });
  });

  test('text no version wrote is not an anchor', () => {
    for (const text of [
      '',
      'sha256',
      'sha256:',
      'sha256:example.com',
      'openpgp:',
      ':go.dev',
      'minisign:RWS',
      'SHA256:go.dev',
      'sumdb',
      'sumdb:a+b',
      'sumdb:a+033DE0AE',
      'sumdb:a b',
    ]) {
      assert.equal(parseTrustAnchor(text), undefined, text);
    }
  });
});
