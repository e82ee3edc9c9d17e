// Signed notes (the format of golang.org/x/mod/sumdb/note): a text, a blank line, then one
// signature line per signer. Only Ed25519 verifier keys exist in the wild, so only those are accepted.
import { createHash, createPublicKey, verify, type KeyObject } from 'node:crypto';

const ED25519_ALGORITHM = 0x01;
const SIGNATURE_PREFIX = '\u2014 ';
/** DER prefix that turns a raw 32-byte Ed25519 key into SubjectPublicKeyInfo, the form node:crypto imports. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export interface NoteVerifier {
  name: string;
  keyHash: number;
  publicKey: KeyObject;
}

export class NoteError extends Error {
  override name = 'NoteError';
}

/** Key hash of a signer: the first 4 bytes, big-endian, of SHA-256(name + "\n" + algorithm byte + key). */
export function noteKeyHash(name: string, algorithmAndKey: Uint8Array): number {
  const digest = createHash('sha256').update(`${name}\n`).update(algorithmAndKey).digest();
  return digest.readUInt32BE(0);
}

function isValidSignerName(name: string): boolean {
  return name.length > 0 && !/[\s+]/u.test(name);
}

/** Parses a verifier key `<name>+<8 hex key hash>+<base64(algorithm byte + public key)>`. */
export function parseVerifierKey(vkey: string): NoteVerifier {
  // The base64 key may itself contain "+": only the first two separate fields.
  const match = /^([^+]*)\+([^+]*)\+(.*)$/su.exec(vkey);
  if (!match) throw new NoteError(`malformed verifier key "${vkey}": want <name>+<hash>+<key>`);
  const [, name, hashHex, keyBase64] = match as unknown as [string, string, string, string];
  if (!isValidSignerName(name)) throw new NoteError(`malformed verifier key "${vkey}": bad name`);
  if (!/^[0-9a-f]{8}$/u.test(hashHex)) throw new NoteError(`malformed verifier key "${vkey}": key hash must be 8 lowercase hex digits`);
  const algorithmAndKey = Buffer.from(keyBase64, 'base64');
  if (algorithmAndKey.toString('base64') !== keyBase64) throw new NoteError(`malformed verifier key "${vkey}": key is not valid base64`);
  if (algorithmAndKey[0] !== ED25519_ALGORITHM || algorithmAndKey.length !== 33) {
    throw new NoteError(`unsupported verifier key "${vkey}": only Ed25519 keys (algorithm 1, 32 bytes) are supported`);
  }
  const keyHash = Number.parseInt(hashHex, 16);
  if (noteKeyHash(name, algorithmAndKey) !== keyHash) {
    throw new NoteError(`verifier key "${vkey}": key hash ${hashHex} does not match the key`);
  }
  const publicKey = createPublicKey({
    key: Buffer.concat([ED25519_SPKI_PREFIX, algorithmAndKey.subarray(1)]),
    format: 'der',
    type: 'spki',
  });
  return { name, keyHash, publicKey };
}

export interface OpenedNote {
  /** The signed text, ending in a newline. */
  text: string;
  /** Names of the known signers whose signatures verified. */
  verifiedBy: string[];
}

/**
 * Verifies a signed note against known verifiers. Unknown signers are ignored, a known signer
 * with a bad signature is an error, and at least one known signer must have signed.
 */
export function openNote(message: string, verifiers: readonly NoteVerifier[]): OpenedNote {
  const split = message.lastIndexOf('\n\n');
  if (split < 0) throw new NoteError('malformed signed note: no blank line between text and signatures');
  const text = message.slice(0, split + 1);
  const signatureBlock = message.slice(split + 2);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a note's text may not hold control characters
  if (/[\u0000-\u0009\u000b-\u001f]/u.test(text)) throw new NoteError('malformed signed note: control characters in text');
  if (!signatureBlock.endsWith('\n')) throw new NoteError('malformed signed note: signature block does not end in a newline');
  const signed = Buffer.from(text, 'utf8');
  const verifiedBy: string[] = [];
  const unknown: string[] = [];
  for (const line of signatureBlock.slice(0, -1).split('\n')) {
    if (!line.startsWith(SIGNATURE_PREFIX)) throw new NoteError(`malformed signed note: bad signature line "${line}"`);
    const fields = line.slice(SIGNATURE_PREFIX.length).split(' ');
    if (fields.length !== 2) throw new NoteError(`malformed signed note: bad signature line "${line}"`);
    const [name, signatureBase64] = fields as [string, string];
    const raw = Buffer.from(signatureBase64, 'base64');
    if (raw.length < 5 || raw.toString('base64') !== signatureBase64) {
      throw new NoteError(`malformed signed note: signature of ${name} is not valid base64`);
    }
    const keyHash = raw.readUInt32BE(0);
    const verifier = verifiers.find((candidate) => candidate.name === name && candidate.keyHash === keyHash);
    if (verifier === undefined) {
      unknown.push(`${name}+${keyHash.toString(16).padStart(8, '0')}`);
      continue;
    }
    if (!verify(null, signed, verifier.publicKey, raw.subarray(4))) {
      throw new NoteError(`invalid signature by ${name} on the signed note`);
    }
    if (!verifiedBy.includes(name)) verifiedBy.push(name);
  }
  if (verifiedBy.length === 0) {
    const known = verifiers.map((verifier) => `${verifier.name}+${verifier.keyHash.toString(16).padStart(8, '0')}`);
    const seen = unknown.length > 0 ? `signed only by unknown key(s) ${unknown.join(', ')}` : 'not signed';
    throw new NoteError(`signed note is ${seen}; expected a signature by ${known.join(', ')}`);
  }
  return { text, verifiedBy };
}
