// Whether a downloaded Go archive may be installed, from what was computed about it: its streamed
// SHA-256, the digests it should have, and the signature check's outcome. Pure: no I/O; the
// download and the checks that feed it are archive-download.ts's.
import type { TrustAnchor } from '../../../trust/trust-anchor';
import type { SignatureVerdict } from './signature';

export type VerifySignatureMode = 'auto' | 'required' | 'off';

/** What came of the OpenPGP signature check (with verify-signature: off, there was none). */
export type SignatureOutcome =
  | { kind: 'not-checked' }
  /** The source has no `.asc` for the archive (404). */
  | { kind: 'not-published' }
  | { kind: 'verified'; verdict: SignatureVerdict }
  /** The signature did not verify, or could not be fetched or read. */
  | { kind: 'failed'; error: Error };

export interface DigestFacts {
  fileName: string;
  /** Where the archive and its listed digest came from. */
  source: { kind: 'go.dev' | 'mirror'; label: string };
  /** SHA-256 of the bytes as they arrived (lower-case hex). */
  sha256: string;
  /** The digest the release index (or the `.sha256` beside the archive) lists; undefined when none. */
  listedSha256?: string;
  /** Input go-sha256. */
  pinnedSha256?: string;
}

export interface DownloadFacts extends DigestFacts {
  signatureMode: VerifySignatureMode;
  signature: SignatureOutcome;
}

export type DownloadVerdict =
  | { kind: 'accept' }
  /** `cause`: the error behind the refusal, when a check failed with one of its own. */
  | { kind: 'refuse'; reason: string; cause?: Error };

export interface DownloadJudgement {
  verdict: DownloadVerdict;
  /** What proved the archive, in the order checked. */
  anchors: TrustAnchor[];
  /** What the summary should say about how it was proved (or why not fully). */
  notes: string[];
}

const normalized = (digest: string | undefined): string | undefined => digest?.trim().toLowerCase() || undefined;

/**
 * The digest half of judgeDownload: a digest mismatch is known before the signature check has
 * settled, and is reported without waiting for it.
 */
export function judgeDigests(facts: DigestFacts): DownloadJudgement {
  const anchors: TrustAnchor[] = [];
  const notes: string[] = [];
  const refuse = (reason: string): DownloadJudgement => ({ verdict: { kind: 'refuse', reason }, anchors, notes });
  const pinned = normalized(facts.pinnedSha256);
  if (pinned) {
    if (facts.sha256 !== pinned) return refuse(`SHA-256 of ${facts.fileName} is ${facts.sha256}, but input go-sha256 pins ${pinned}`);
    anchors.push({ kind: 'sha256', from: 'pinned' });
  }
  const listed = normalized(facts.listedSha256);
  if (listed) {
    if (facts.sha256 !== listed) {
      return refuse(
        `SHA-256 of ${facts.fileName} is ${facts.sha256}, but ${facts.source.label} lists ${listed}: the download is corrupt or tampered with`,
      );
    }
    anchors.push({ kind: 'sha256', from: facts.source.kind });
    if (facts.source.kind === 'mirror')
      notes.push(`the SHA-256 came from the mirror ${facts.source.label} itself: it proves integrity, not origin`);
  }
  return { verdict: { kind: 'accept' }, anchors, notes };
}

/**
 * Digests first (pinned, then listed), then the signature, then whether anything proved the
 * archive at all. A mirror's own digest alone is accepted here: it proves integrity, and the
 * installer then proves origin with the checksum database before the Go runs (see originUnproven).
 */
export function judgeDownload(facts: DownloadFacts): DownloadJudgement {
  const judgement = judgeDigests(facts);
  if (judgement.verdict.kind === 'refuse') return judgement;
  const { anchors, notes } = judgement;
  const refuse = (reason: string, cause?: Error): DownloadJudgement => ({
    verdict: { kind: 'refuse', reason, ...(cause ? { cause } : {}) },
    anchors,
    notes,
  });
  const { signature, source, fileName } = facts;
  if (facts.signatureMode === 'off' || signature.kind === 'not-checked') {
    notes.push('OpenPGP signature check switched off (verify-signature: off)');
  } else if (signature.kind === 'failed') {
    return refuse(signature.error.message, signature.error);
  } else if (signature.kind === 'not-published') {
    if (facts.signatureMode === 'required') {
      return refuse(`verify-signature is required, but ${source.label} publishes no signature (${fileName}.asc answered 404)`);
    }
    notes.push(
      `${source.label} publishes no OpenPGP signature for ${fileName}${fileName.endsWith('.zip') ? ' (Go signs only .tar.gz archives)' : ''}`,
    );
  } else {
    anchors.push({ kind: 'openpgp', fingerprint: signature.verdict.primaryFingerprint });
  }
  if (anchors.length === 0) {
    return refuse(`nothing verifies ${fileName}: ${source.label} lists no SHA-256 and no signature was checked; pin one with go-sha256`);
  }
  return { verdict: { kind: 'accept' }, anchors, notes };
}
