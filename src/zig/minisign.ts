// Minisign signatures (the format Zig signs its releases with). Pure: node:crypto only, no I/O.
//
// A public key is base64 of `Ed` + key id (8 bytes) + Ed25519 key (32 bytes). A `.minisig` file is
// an untrusted comment line, base64 of algorithm (2 bytes) + key id + signature (64 bytes), a
// `trusted comment: ` line and base64 of the global signature: Ed25519 over signature + trusted
// comment. `ED` signs the BLAKE2b-512 hash of the file, the legacy `Ed` the file itself.
import { createHash, createPublicKey, verify, type KeyObject } from 'node:crypto';

export interface MinisignPublicKey {
  /** Key id as minisign prints it: the 8 id bytes read as a little-endian number, upper-case hex. */
  keyId: string;
  key: KeyObject;
}

export interface MinisignSignature {
  algorithm: 'Ed' | 'ED';
  keyId: string;
  signature: Buffer;
  trustedComment: string;
  globalSignature: Buffer;
}

const UNTRUSTED_PREFIX = 'untrusted comment:';
const TRUSTED_PREFIX = 'trusted comment: ';

function strictBase64(text: string, what: string): Buffer {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text) || text.length % 4 !== 0) throw new Error(`${what} is not base64`);
  return Buffer.from(text, 'base64');
}

function formatKeyId(bytes: Buffer): string {
  return Buffer.from(bytes).reverse().toString('hex').toUpperCase();
}

/** Reads a public key: the bare base64 line (as Zig publishes it) or a minisign `.pub` file. */
export function parsePublicKey(text: string, source: string): MinisignPublicKey {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const keyLine = lines[0]?.startsWith(UNTRUSTED_PREFIX) ? lines[1] : lines[0];
  if (!keyLine || lines.length > (lines[0]?.startsWith(UNTRUSTED_PREFIX) ? 2 : 1)) {
    throw new Error(`${source}: expected one minisign public key (a base64 line starting RW...)`);
  }
  const bytes = strictBase64(keyLine, `${source}: the minisign public key`);
  if (bytes.length !== 42 || bytes.toString('latin1', 0, 2) !== 'Ed') {
    throw new Error(`${source}: not a minisign Ed25519 public key (${bytes.length} bytes, expected 42 starting "Ed")`);
  }
  const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: bytes.subarray(10).toString('base64url') }, format: 'jwk' });
  return { keyId: formatKeyId(bytes.subarray(2, 10)), key };
}

export function parseSignature(text: string, source: string): MinisignSignature {
  const lines = text.split(/\r?\n/);
  while (lines.length > 0 && lines.at(-1) === '') lines.pop();
  const [untrusted, signatureLine, trustedLine, globalLine] = lines;
  if (lines.length !== 4 || !untrusted!.startsWith(UNTRUSTED_PREFIX) || !trustedLine!.startsWith(TRUSTED_PREFIX)) {
    throw new Error(
      `${source} is not a minisign signature (expected 4 lines: untrusted comment, signature, trusted comment, global signature)`,
    );
  }
  const bytes = strictBase64(signatureLine!.trim(), `${source}: the signature line`);
  const algorithm = bytes.toString('latin1', 0, 2);
  if (bytes.length !== 74 || (algorithm !== 'Ed' && algorithm !== 'ED')) {
    throw new Error(`${source}: unknown signature algorithm or length (${JSON.stringify(algorithm)}, ${bytes.length} bytes)`);
  }
  const globalSignature = strictBase64(globalLine!.trim(), `${source}: the global signature`);
  if (globalSignature.length !== 64) throw new Error(`${source}: the global signature is ${globalSignature.length} bytes, not 64`);
  return {
    algorithm,
    keyId: formatKeyId(bytes.subarray(2, 10)),
    signature: bytes.subarray(10),
    trustedComment: trustedLine!.slice(TRUSTED_PREFIX.length),
    globalSignature,
  };
}

/** The signed message: the file's BLAKE2b-512 hash for `ED`, the file itself for the legacy `Ed`. */
export interface SignedFile {
  blake2b512: Buffer;
  /** Needed only for legacy `Ed` signatures; read lazily because it is the whole file. */
  contents?: () => Buffer;
}

export function blake2b512(): ReturnType<typeof createHash> {
  return createHash('blake2b512');
}

/**
 * Fields of a trusted comment such as `timestamp:1740000000\tfile:zig-x86_64-linux-0.14.1.tar.xz\thashed`.
 * A Map: a field named `__proto__` or `constructor` is just a field.
 */
export function trustedCommentFields(comment: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const part of comment.split('\t')) {
    const colon = part.indexOf(':');
    if (colon > 0) fields.set(part.slice(0, colon), part.slice(colon + 1));
  }
  return fields;
}

export interface MinisignVerdict {
  keyId: string;
  algorithm: 'Ed' | 'ED';
  trustedComment: string;
  /** Signing time from the trusted comment, when it carries one. */
  timestamp?: number;
}

/**
 * Checks `signature` over `file` with `publicKey`, then the global signature over the trusted
 * comment, then that the trusted comment names `fileName` (a valid signature of another release's
 * file must not pass for this one). Throws with the reason on any mismatch.
 */
export function verifyMinisign(
  publicKey: MinisignPublicKey,
  signature: MinisignSignature,
  file: SignedFile,
  fileName: string,
): MinisignVerdict {
  if (signature.keyId !== publicKey.keyId) {
    throw new Error(`${fileName} is signed by minisign key ${signature.keyId}, not the trusted key ${publicKey.keyId}`);
  }
  let message: Buffer;
  if (signature.algorithm === 'ED') message = file.blake2b512;
  else if (file.contents) message = file.contents();
  else throw new Error(`${fileName}: legacy minisign signature (Ed) needs the whole file`);
  if (!verify(null, message, publicKey.key, signature.signature)) {
    throw new Error(`minisign signature of ${fileName} does not match the file: it is corrupt or tampered with`);
  }
  const global = Buffer.concat([signature.signature, Buffer.from(signature.trustedComment, 'utf8')]);
  if (!verify(null, global, publicKey.key, signature.globalSignature)) {
    throw new Error(`minisign trusted comment of ${fileName} is not signed by key ${publicKey.keyId}: it was altered`);
  }
  const fields = trustedCommentFields(signature.trustedComment);
  const named = fields.get('file');
  if (named !== fileName) {
    throw new Error(
      `minisign trusted comment names ${named === undefined ? 'no file' : `"${named}"`}, not ${fileName}: refusing a signature made for another file`,
    );
  }
  const signedAt = fields.get('timestamp');
  const timestamp = signedAt && /^[0-9]+$/.test(signedAt) ? Number(signedAt) : undefined;
  return { keyId: publicKey.keyId, algorithm: signature.algorithm, trustedComment: signature.trustedComment, timestamp };
}
