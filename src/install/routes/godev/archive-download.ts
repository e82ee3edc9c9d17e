// The go.dev route (and go.dev-like mirrors): release index, archive download, verification.
// The archive is unpacked into staging while it downloads, and its SHA-256 and OpenPGP signature
// are computed from the same bytes as they pass; it leaves staging only once both have been checked.
import { createHash } from 'node:crypto';
import { createWriteStream, promises as fs } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fetchText, streamDownload, type RequestOptions } from '../../../http/download';
import { parseReleaseIndex, type IndexedRelease, type ReleaseFile } from './release-index';
import type { SignatureVerdict } from './signature';
import { SignedBytesFeed } from './signed-bytes-feed';
import { unpackTarGz } from '../../../archive/unpack-tar';
import type { TrustAnchor } from '../../../trust/trust-anchor';
import {
  judgeDigests,
  judgeDownload,
  type DigestFacts,
  type DownloadJudgement,
  type SignatureOutcome,
  type VerifySignatureMode,
} from './judge-download';

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

/**
 * `suggestProxy`: an index that cannot be fetched names the other route, which reaches Go through
 * GOPROXY: a runner that cannot reach go.dev (a firewall, an offline mirror) often reaches a proxy.
 */
export async function fetchReleaseIndex(source: DownloadSource, options: RequestOptions, suggestProxy = false): Promise<IndexedRelease[]> {
  let text: string | undefined;
  try {
    text = await fetchText(source.indexUrl, { ...options, expecting: 'the release index (JSON)' });
  } catch (error) {
    // A too-slow verdict already names the other routes.
    if (!suggestProxy || (error as Error).message.includes('go-download-source')) throw error;
    throw new Error(
      `${(error as Error).message}; if this runner cannot reach ${source.label}, set go-download-source: proxy to install Go from GOPROXY (the golang.org/toolchain module) instead`,
      { cause: error },
    );
  }
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
  // A fixed name: nothing from the index decides where we write.
  const place = { archiveCopy: join(staging, 'archive.zip'), unpackDir: join(staging, 'unpacked') };
  try {
    const streamed = await downloadAndUnpack(url, file, policy, signatureText, place, options);
    timings['download + unpack'] = Date.now() - phaseStart;
    const checksStart = Date.now();
    const { judgement, signature } = await check(source, file, policy, streamed, digestFromSource);
    if (judgement.verdict.kind === 'refuse') throw judgement.verdict.cause ?? new Error(judgement.verdict.reason);
    timings['signature + digest checks'] = Date.now() - checksStart;
    const stagedGoRoot = await settle(source, file, streamed.unpackError, place);
    return { stagedGoRoot, sha256: streamed.sha256, size: streamed.size, anchors: judgement.anchors, signature, notes: judgement.notes };
  } finally {
    sidecars.abort();
  }
}

/** Where an archive is staged: a zip's copy (unpacked once verified), and the unpacked tree. */
interface StagingPlace {
  archiveCopy: string;
  unpackDir: string;
}

/** What streaming the archive established; the unpacking failure waits until the bytes are judged. */
interface StreamedArchive {
  sha256: string;
  size: number;
  unpackError?: Error;
  /** The signature check on the same bytes; undefined with verify-signature: off. */
  signatureCheck?: Promise<SignatureVerdict | undefined>;
}

/**
 * Streams the archive once: hashed, fed to the signature check, and (a tar) unpacked into staging
 * or (a zip) copied there, all as the bytes arrive.
 */
async function downloadAndUnpack(
  url: string,
  file: ReleaseFile,
  policy: VerificationPolicy,
  signatureText: Promise<string | undefined>,
  place: StagingPlace,
  options: RequestOptions,
): Promise<StreamedArchive> {
  const isZip = file.filename.endsWith('.zip');
  const expectedSize = file.size > 0 ? file.size : undefined;
  return streamDownload(url, { ...options, expectedSize, expecting: 'the Go archive', maxBytes: MAX_ARCHIVE_BYTES }, async (body) => {
    await fs.rm(place.unpackDir, { recursive: true, force: true });
    await fs.mkdir(place.unpackDir, { recursive: true });
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
      const unpackError = isZip
        ? await pipeline(observed, createWriteStream(place.archiveCopy)).then(() => undefined)
        : await unpackTarGz(observed, place.unpackDir, 'go/');
      feed?.end();
      return { sha256: hash.digest('hex'), size, unpackError, signatureCheck };
    } catch (error) {
      feed?.fail(error as Error);
      throw error;
    }
  });
}

/** Judges the streamed archive: digests as soon as they are known, then with the signature's outcome. */
async function check(
  source: DownloadSource,
  file: ReleaseFile,
  policy: VerificationPolicy,
  streamed: StreamedArchive,
  digestFromSource: Promise<string | undefined>,
): Promise<{ judgement: DownloadJudgement; signature?: SignatureVerdict }> {
  const digests: DigestFacts = {
    fileName: file.filename,
    source,
    sha256: streamed.sha256,
    listedSha256: await digestFromSource,
    pinnedSha256: policy.pinnedSha256,
  };
  const early = judgeDigests(digests);
  if (early.verdict.kind === 'refuse') return { judgement: early };
  const outcome = await signatureOutcome(streamed.signatureCheck);
  const judgement = judgeDownload({ ...digests, signatureMode: policy.verifySignature, signature: outcome });
  return { judgement, signature: outcome.kind === 'verified' ? outcome.verdict : undefined };
}

async function signatureOutcome(signatureCheck: Promise<SignatureVerdict | undefined> | undefined): Promise<SignatureOutcome> {
  if (!signatureCheck) return { kind: 'not-checked' };
  try {
    const verdict = await signatureCheck;
    return verdict === undefined ? { kind: 'not-published' } : { kind: 'verified', verdict };
  } catch (error) {
    return { kind: 'failed', error: error as Error };
  }
}

/** With the bytes proven: the unpacking's own failure gets the last word, and a zip is unpacked. Returns the staged GOROOT. */
async function settle(source: DownloadSource, file: ReleaseFile, unpackError: Error | undefined, place: StagingPlace): Promise<string> {
  const unpackFailed = (error: Error) =>
    new Error(`${file.filename} from ${source.label}: ${error.message}; not retried: its bytes are the ones the index lists`);
  if (unpackError) throw unpackFailed(unpackError);
  if (file.filename.endsWith('.zip')) {
    try {
      await (await import('../../../archive/unpack-zip')).unpackZip(place.archiveCopy, place.unpackDir, { root: 'go/' });
    } catch (error) {
      throw unpackFailed(error as Error);
    }
  }
  await fs.rm(place.archiveCopy, { force: true });
  return join(place.unpackDir, 'go');
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
