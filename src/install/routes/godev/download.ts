// The go.dev route (and go.dev-like mirrors): release index, archive download, verification.
// The archive is unpacked into staging while it downloads, and its SHA-256 and OpenPGP signature
// are computed from the same bytes as they pass; it leaves staging only once both have been checked.
import { createHash } from 'node:crypto';
import { createWriteStream, promises as fs } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fetchText, streamDownload, type RequestOptions } from '../../download';
import { parseReleaseIndex, type IndexedRelease, type ReleaseFile } from './release-index';
import type { SignatureVerdict } from './signature';
import { SignedBytesFeed } from './signed-bytes-feed';
import { unpackTarGz } from '../../archive/unpack-tar';
import { provesOrigin, type TrustAnchor } from '../../trust-anchor';

export type VerifySignatureMode = 'auto' | 'required' | 'off';

export interface DownloadSource {
  kind: 'go.dev' | 'mirror';
  indexUrl: string;
  fileUrl: (fileName: string) => string;
  /** Host shown in messages and the summary. */
  label: string;
}

const GO_DEV_INDEX = 'https://go.dev/dl/?mode=json&include=all';
const GO_DEV_FILES = 'https://dl.google.com/go/';
/** Go archives are under 100 MB; the limit applies when the index gives no size. */
const MAX_ARCHIVE_BYTES = 1024 ** 3;
/** A signature or digest file is a few hundred bytes. */
const MAX_SIDECAR_BYTES = 64 * 1024;

export function downloadSource(mirrorBaseUrl: string | undefined): DownloadSource {
  if (!mirrorBaseUrl) {
    return { kind: 'go.dev', indexUrl: GO_DEV_INDEX, fileUrl: (name) => GO_DEV_FILES + name, label: 'go.dev' };
  }
  const base = mirrorBaseUrl.replace(/\/+$/, '');
  return { kind: 'mirror', indexUrl: `${base}/?mode=json&include=all`, fileUrl: (name) => `${base}/${name}`, label: new URL(base).host };
}

export async function fetchReleaseIndex(source: DownloadSource, options: RequestOptions): Promise<IndexedRelease[]> {
  const text = await fetchText(source.indexUrl, { ...options, expecting: 'the release index (JSON)' });
  if (text === undefined) throw new Error(`release index ${source.indexUrl} answered 404`);
  return parseReleaseIndex(text, source.indexUrl);
}

export interface VerificationPolicy {
  verifySignature: VerifySignatureMode;
  /** Armored public key whose primary fingerprint signs releases. */
  signingKey: string;
  /** Pinned primary fingerprint (the embedded Google key), or undefined for a user-supplied key. */
  pinnedFingerprint?: string;
  /** The `go-sha256` input. */
  pinnedSha256?: string;
}

export interface StagedGo {
  stagedGoRoot: string;
  sha256: string;
  size: number;
  anchors: TrustAnchor[];
  signature?: SignatureVerdict;
  notes: string[];
}

/** Downloads `file` into `staging`, unpacks it there and verifies it; throws (leaving cleanup to the caller) on any doubt. */
export async function downloadAndVerify(
  source: DownloadSource,
  file: ReleaseFile,
  policy: VerificationPolicy,
  staging: string,
  options: RequestOptions,
  timings: Record<string, number> = {},
): Promise<StagedGo> {
  const phaseStart = Date.now();
  const url = source.fileUrl(file.filename);
  // The sidecars download alongside the archive; once the archive has failed nobody waits for them.
  const sidecars = new AbortController();
  const sidecarOptions = { ...options, signal: sidecars.signal };
  const signatureText =
    policy.verifySignature === 'off'
      ? Promise.resolve(undefined)
      : fetchText(`${url}.asc`, { ...sidecarOptions, expecting: 'an OpenPGP signature', maxBytes: MAX_SIDECAR_BYTES });
  signatureText.catch(() => undefined);
  const digestFromSource = file.sha256
    ? Promise.resolve(file.sha256)
    : fetchText(`${url}.sha256`, { ...sidecarOptions, expecting: 'a SHA-256 digest', maxBytes: MAX_SIDECAR_BYTES });
  digestFromSource.catch(() => undefined);
  try {
    return await downloadAndCheck();
  } finally {
    sidecars.abort();
  }

  async function downloadAndCheck(): Promise<StagedGo> {
    // A fixed name: nothing from the index decides where we write.
    const archiveCopy = join(staging, 'archive.zip');
    const unpackDir = join(staging, 'unpacked');
    const isZip = file.filename.endsWith('.zip');
    const expectedSize = file.size > 0 ? file.size : undefined;
    const streamed = await streamDownload(url, { ...options, expectedSize, expecting: 'the Go archive', maxBytes: MAX_ARCHIVE_BYTES }, async (body) => {
      await fs.rm(unpackDir, { recursive: true, force: true });
      await fs.mkdir(unpackDir, { recursive: true });
      const hash = createHash('sha256');
      let size = 0;
      const feed = policy.verifySignature === 'off' ? undefined : new SignedBytesFeed();
      const signatureCheck = feed && checkSignatureAsItArrives(feed, signatureText, policy, file.filename);
      const observed = observeChunks(body as AsyncIterable<Buffer>, (chunk) => {
        hash.update(chunk);
        size += chunk.length;
        feed?.write(chunk);
      });
      try {
        // A zip is unpacked only once verified: its central directory sits at the end.
        const unpackError = isZip ? await pipeline(observed, createWriteStream(archiveCopy)) : await unpackTarGz(observed, unpackDir, 'go/');
        feed?.end();
        return { sha256: hash.digest('hex'), size, unpackError, signatureCheck };
      } catch (error) {
        feed?.fail(error as Error);
        throw error;
      }
    });

    timings['download + unpack'] = Date.now() - phaseStart;
    const checksStart = Date.now();
    const anchors: TrustAnchor[] = [];
    const notes: string[] = [];
    const expectedDigest = (await digestFromSource)?.trim().toLowerCase();
    if (policy.pinnedSha256) {
      const pinned = policy.pinnedSha256.trim().toLowerCase();
      if (streamed.sha256 !== pinned) {
        throw new Error(`SHA-256 of ${file.filename} is ${streamed.sha256}, but input go-sha256 pins ${pinned}`);
      }
      anchors.push({ kind: 'sha256', from: 'pinned' });
    }
    if (expectedDigest) {
      if (streamed.sha256 !== expectedDigest) {
        throw new Error(
          `SHA-256 of ${file.filename} is ${streamed.sha256}, but ${source.label} lists ${expectedDigest}: the download is corrupt or tampered with`,
        );
      }
      anchors.push({ kind: 'sha256', from: source.kind });
      if (source.kind === 'mirror') notes.push(`the SHA-256 came from the mirror ${source.label} itself: it proves integrity, not origin`);
    }

    let signature: SignatureVerdict | undefined;
    if (!streamed.signatureCheck) {
      notes.push('OpenPGP signature check switched off (verify-signature: off)');
    } else if ((signature = await streamed.signatureCheck) === undefined) {
      if (policy.verifySignature === 'required') {
        throw new Error(`verify-signature is required, but ${source.label} publishes no signature (${file.filename}.asc answered 404)`);
      }
      notes.push(`${source.label} publishes no OpenPGP signature for ${file.filename}${isZip ? ' (Go signs only .tar.gz archives)' : ''}`);
    } else {
      anchors.push({ kind: 'openpgp', fingerprint: signature.primaryFingerprint });
    }

    const originProven = anchors.some(provesOrigin);
    if (anchors.length === 0) {
      throw new Error(`nothing verifies ${file.filename}: ${source.label} lists no SHA-256 and no signature was checked; pin one with go-sha256`);
    }
    if (!originProven) notes.push('ORIGIN NOT PROVEN: only the mirror vouches for this Go; pin go-sha256 or enable signature checks');

    timings['signature + digest checks'] = Date.now() - checksStart;
    // Only now, with the bytes proven, does an unpacking failure get the last word.
    const unpackFailed = (error: Error) =>
      new Error(`${file.filename} from ${source.label}: ${error.message}; not retried: its bytes are the ones the index lists`);
    if (streamed.unpackError) throw unpackFailed(streamed.unpackError);
    if (isZip) {
      try {
        await (await import('../../archive/unpack-zip')).unpackZip(archiveCopy, unpackDir, { root: 'go/' });
      } catch (error) {
        throw unpackFailed(error as Error);
      }
    }
    await fs.rm(archiveCopy, { force: true });
    return { stagedGoRoot: join(unpackDir, 'go'), sha256: streamed.sha256, size: streamed.size, anchors, signature, notes };
  }
}

async function* observeChunks(body: AsyncIterable<Buffer>, observe: (chunk: Buffer) => void): AsyncGenerator<Buffer> {
  for await (const chunk of body) {
    observe(chunk);
    yield chunk;
  }
}

/**
 * Starts the signature check on the bytes fed to `feed`, as soon as the signature file arrives
 * (usually long before the archive has). Settles to undefined when no signature is published.
 */
function checkSignatureAsItArrives(
  feed: SignedBytesFeed,
  signatureText: Promise<string | undefined>,
  policy: VerificationPolicy,
  fileName: string,
): Promise<SignatureVerdict | undefined> {
  // openpgp.js is loaded only now, while the download runs, and not at all on tool-cache hits.
  const check = Promise.all([signatureText, import('./signature')]).then(([armoredSignature, { verifyDetachedSignature }]) => {
    if (armoredSignature === undefined) return undefined;
    return verifyDetachedSignature({
      data: feed.stream,
      armoredSignature,
      armoredKey: policy.signingKey,
      pinnedFingerprint: policy.pinnedFingerprint,
      fileName,
    });
  });
  // Whatever the verdict, the bytes need no keeping once it is known; a failure is reported only
  // after the digest has had its say.
  const discard = () => feed.discard();
  check.then(discard, discard);
  return check;
}
