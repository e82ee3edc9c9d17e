// OpenPGP detached-signature check of a downloaded archive with openpgp.js.
// Pure: bytes (whole, or a stream fed while the archive downloads) and armored texts in, a
// verdict out. The key's primary fingerprint is pinned; any subkey properly bound to it may have
// made the signature, judged valid at the signature's creation time (openpgp.js does that), so
// old releases signed by since-expired subkeys verify.
import { createMessage, readKey, readSignature, verify } from 'openpgp';

export interface SignatureVerdict {
  /** Primary key fingerprint, upper-case hex. */
  primaryFingerprint: string;
  /** Key ID of the (sub)key that made the signature, upper-case hex. */
  signingKeyId: string;
  created: Date;
}

export function normalizeFingerprint(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase();
}

/** Reads an armored public key and returns its primary fingerprint; throws with `source` named. */
export async function publicKeyFingerprint(armoredKey: string, source: string): Promise<string> {
  try {
    const key = await readKey({ armoredKey });
    return normalizeFingerprint(key.getFingerprint());
  } catch (error) {
    throw new Error(`${source} is not an armored OpenPGP public key: ${(error as Error).message}`);
  }
}

async function drain(stream: ReadableStream<Uint8Array>): Promise<void> {
  const reader = stream.getReader();
  while (!(await reader.read()).done);
}

export async function verifyDetachedSignature(options: {
  data: Uint8Array | ReadableStream<Uint8Array>;
  armoredSignature: string;
  armoredKey: string;
  /** When set, the key's primary fingerprint must equal it. */
  pinnedFingerprint?: string;
  fileName: string;
}): Promise<SignatureVerdict> {
  const key = await readKey({ armoredKey: options.armoredKey });
  const fingerprint = normalizeFingerprint(key.getFingerprint());
  if (options.pinnedFingerprint && fingerprint !== normalizeFingerprint(options.pinnedFingerprint)) {
    throw new Error(`signing key fingerprint ${fingerprint} is not the pinned ${normalizeFingerprint(options.pinnedFingerprint)}`);
  }
  let signature: Awaited<ReturnType<typeof readSignature>>;
  try {
    signature = await readSignature({ armoredSignature: options.armoredSignature });
  } catch (error) {
    throw new Error(`${options.fileName}.asc is not an armored OpenPGP signature: ${(error as Error).message}`);
  }
  const message = await createMessage({ binary: options.data });
  const { data: verifiedData, signatures } = await verify({ message, signature, verificationKeys: key, format: 'binary' });
  // Verdicts of a stream that fails or is abandoned settle unobserved; they must not surface as unhandled rejections.
  for (const candidate of signatures) {
    candidate.verified.catch(() => undefined);
    candidate.signature.catch(() => undefined);
  }
  const streamed = verifiedData instanceof ReadableStream ? verifiedData : undefined;
  const ours = signatures.filter((candidate) => key.getKeys(candidate.keyID).length > 0);
  if (ours.length === 0) {
    void streamed?.cancel().catch(() => undefined);
    if (signatures.length === 0) throw new Error(`${options.fileName}.asc holds no signature`);
    const signers = signatures.map((candidate) => candidate.keyID.toHex().toUpperCase()).join(', ');
    throw new Error(`OpenPGP signature of ${options.fileName} was made by key ID ${signers}, not by key ${fingerprint} or its subkeys`);
  }
  // A streamed message is hashed as it is read: its verdicts settle once it has been read to the end.
  if (streamed) await drain(streamed);
  for (const candidate of ours) {
    try {
      await candidate.verified;
    } catch (error) {
      throw new Error(
        `OpenPGP signature of ${options.fileName} does not verify with key ${fingerprint} (signer key ID ${candidate.keyID.toHex().toUpperCase()}): ${(error as Error).message}`,
      );
    }
  }
  const result = ours[0]!;
  const keyId = result.keyID.toHex().toUpperCase();
  const packet = (await result.signature).packets[0];
  return { primaryFingerprint: fingerprint, signingKeyId: keyId, created: packet?.created ?? new Date(0) };
}
