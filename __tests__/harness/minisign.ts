// Makes minisign keys and signatures for tests, written from the format (see src/zig/minisign.ts):
// Ed25519 keys from node:crypto, `ED` signatures over BLAKE2b-512 of the file (legacy `Ed` over the
// file itself), and the global signature over signature + trusted comment.
import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';

export interface MinisignTestKey {
  keyIdBytes: Buffer;
  /** The public key line (base64 of `Ed` + key id + key), as Zig publishes its key. */
  publicKey: string;
  privateKey: KeyObject;
}

export function newMinisignKey(): MinisignTestKey {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url');
  const keyIdBytes = randomBytes(8);
  return { keyIdBytes, publicKey: Buffer.concat([Buffer.from('Ed'), keyIdBytes, raw]).toString('base64'), privateKey };
}

export interface SignOptions {
  /** Default `timestamp:<now>\tfile:<fileName>\thashed`, as minisign writes it. */
  trustedComment?: string;
  legacy?: boolean;
  /** Sign with this key but claim another's id (a forged key id). */
  claimKeyId?: Buffer;
}

export function minisignSignature(key: MinisignTestKey, data: Buffer, fileName: string, options: SignOptions = {}): string {
  const legacy = options.legacy ?? false;
  const trustedComment =
    options.trustedComment ?? `timestamp:${Math.floor(Date.now() / 1000)}\tfile:${fileName}${legacy ? '' : '\thashed'}`;
  const message = legacy ? data : createHash('blake2b512').update(data).digest();
  const signature = sign(null, message, key.privateKey);
  const global = sign(null, Buffer.concat([signature, Buffer.from(trustedComment)]), key.privateKey);
  const line = Buffer.concat([Buffer.from(legacy ? 'Ed' : 'ED'), options.claimKeyId ?? key.keyIdBytes, signature]).toString('base64');
  return ['untrusted comment: signature from a test key', line, `trusted comment: ${trustedComment}`, global.toString('base64'), ''].join(
    '\n',
  );
}
