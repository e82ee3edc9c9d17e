// Which anchors of a tool-cache receipt count for this job. A receipt records what proved a Go for
// the job that installed it, under that job's settings: another workflow's own signing key, its own
// checksum database, its own pinned digest. An anchor counts only where this job would have
// accepted the same proof itself. Pure.
import { formatTrustAnchor, provesOrigin, type TrustAnchor } from './trust-anchor';

/** What this job accepts as proof. */
export interface TrustPolicy {
  /** Primary fingerprint of the OpenPGP key this job verifies with: its go-signing-key, else Google's. */
  signingKeyFingerprint: string;
  /** The checksum database this job trusts (GOSUMDB): name and key hash; undefined when it names none (off, malformed). */
  sumdb?: { name: string; keyHash: string };
  /** The archive SHA-256 this job pins (input go-sha256), if any. */
  pinnedSha256?: string;
}

export interface JudgedAnchors {
  /** The receipt's anchors this job accepts, in the receipt's order. */
  counted: TrustAnchor[];
  /** Why each of the others does not count, one phrase each. */
  refused: string[];
  /** Whether the counted anchors prove where the Go came from (not a mirror's own digest alone). */
  provesOrigin: boolean;
}

function refusal(anchor: TrustAnchor, policy: TrustPolicy, receiptSha256: string | undefined): string | undefined {
  const shown = formatTrustAnchor(anchor);
  switch (anchor.kind) {
    case 'sha256':
      if (anchor.from !== 'pinned') return undefined;
      if (policy.pinnedSha256 === undefined) return `${shown} was pinned by another workflow; this job pins no go-sha256`;
      return policy.pinnedSha256 === receiptSha256 ? undefined : `${shown} is not the SHA-256 this job pins (input go-sha256)`;
    case 'openpgp':
      return anchor.fingerprint.toUpperCase() === policy.signingKeyFingerprint.toUpperCase()
        ? undefined
        : `${shown} is not this job's signing key (${policy.signingKeyFingerprint})`;
    case 'sumdb': {
      const wanted = policy.sumdb;
      if (wanted === undefined) return `${shown}: this job trusts no checksum database (GOSUMDB)`;
      if (anchor.keyHash === undefined) return `${shown} does not record the database's key`;
      return anchor.name === wanted.name && anchor.keyHash === wanted.keyHash
        ? undefined
        : `${shown} is not this job's checksum database (${wanted.name}+${wanted.keyHash})`;
    }
  }
}

/** Sorts a receipt's anchors into those this job accepts and those it does not (with why). */
export function judgeReceiptAnchors(
  anchors: readonly TrustAnchor[],
  receiptSha256: string | undefined,
  policy: TrustPolicy,
): JudgedAnchors {
  const counted: TrustAnchor[] = [];
  const refused: string[] = [];
  for (const anchor of anchors) {
    const why = refusal(anchor, policy, receiptSha256);
    if (why === undefined) counted.push(anchor);
    else refused.push(why);
  }
  return { counted, refused, provesOrigin: counted.some(provesOrigin) };
}
