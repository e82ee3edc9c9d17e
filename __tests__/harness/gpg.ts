// OpenPGP keys made at test time with the real gpg CLI, shaped like Google's Linux package signing
// key: a primary key that only certifies, and a signing subkey that makes every signature. Each key
// lives in its own private GNUPGHOME; gpg-agents started for them are stopped when the process exits.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTool } from './go-archives';
import type { SpawnResult } from './runner';

export interface GpgKey {
  /** Private GNUPGHOME holding the secret key. */
  home: string;
  primaryFingerprint: string;
  subkeyFingerprint: string;
  /** Armored public key block: primary, user ID and the signing subkey with its binding. */
  armoredPublicKey: string;
}

export type KeyAlgorithm = 'ed25519' | 'rsa2048' | 'rsa3072';

export interface KeyOptions {
  userId?: string;
  algorithm?: KeyAlgorithm;
  /** Creation time of the primary key and subkey (gpg --faked-system-time); default now. */
  createdAt?: Date;
  /** Subkey lifetime in gpg's syntax (`3y`, `never`); default `3y` like Google's subkeys. */
  subkeyExpiry?: string;
}

const homes = new Set<string>();

process.on('exit', () => {
  for (const home of homes) {
    spawnSync('gpgconf', ['--homedir', home, '--kill', 'gpg-agent'], { stdio: 'ignore' });
    rmSync(home, { recursive: true, force: true });
  }
});

function newHome(): string {
  // Short path: gpg-agent's socket lives inside and Unix socket paths are limited to ~108 bytes.
  const home = mkdtempSync(join(tmpdir(), 'sgg-gpg-'));
  homes.add(home);
  return home;
}

/** gpg's --faked-system-time value, frozen at that second. */
function fakedTime(at: Date): string {
  return `${at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, '')}!`;
}

function runGpg(home: string, args: string[], at?: Date): Promise<SpawnResult> {
  const timeArgs = at ? ['--faked-system-time', fakedTime(at)] : [];
  const fullArgs = ['--homedir', home, '--batch', '--no-tty', '--pinentry-mode', 'loopback', '--passphrase', '', ...timeArgs, ...args];
  return runTool('gpg', fullArgs, { env: { ...process.env, LC_ALL: 'C' }, timeoutMs: 60_000 });
}

async function gpg(home: string, args: string[], at?: Date): Promise<string> {
  const result = await runGpg(home, args, at);
  if (result.code !== 0) throw new Error(`gpg ${args.join(' ')} failed (${result.code}): ${result.stderr}`);
  return result.stdout;
}

interface ListedKey {
  primaryFingerprint: string;
  subkeys: { fingerprint: string; expiresAt?: Date }[];
}

async function listKey(home: string): Promise<ListedKey> {
  const lines = (await gpg(home, ['--with-colons', '--fixed-list-mode', '--list-secret-keys'])).split('\n').map((line) => line.split(':'));
  let primaryFingerprint = '';
  const subkeys: ListedKey['subkeys'] = [];
  let current: 'sec' | 'ssb' | undefined;
  let expires = '';
  for (const fields of lines) {
    const type = fields[0];
    if (type === 'sec' || type === 'ssb') {
      current = type;
      expires = fields[6] ?? '';
    } else if (type === 'fpr' && current) {
      const fingerprint = fields[9] ?? '';
      if (current === 'sec') primaryFingerprint = fingerprint;
      else subkeys.push({ fingerprint, expiresAt: expires ? new Date(Number(expires) * 1000) : undefined });
      current = undefined;
    }
  }
  if (!primaryFingerprint) throw new Error(`no secret key in ${home}`);
  return { primaryFingerprint, subkeys };
}

async function exportPublicKey(home: string): Promise<string> {
  // Not export-minimal: that option drops expired subkeys, which the expired-subkey fixture needs.
  return gpg(home, ['--armor', '--export']);
}

async function keyFromHome(home: string): Promise<GpgKey> {
  const listed = await listKey(home);
  const subkey = listed.subkeys[0];
  if (!subkey) throw new Error(`key ${listed.primaryFingerprint} has no subkey`);
  return {
    home,
    primaryFingerprint: listed.primaryFingerprint,
    subkeyFingerprint: subkey.fingerprint,
    armoredPublicKey: await exportPublicKey(home),
  };
}

/** A certify-only primary key with one signing subkey, in a fresh private GNUPGHOME. */
export async function generateOpenPgpKey(options: KeyOptions = {}): Promise<GpgKey> {
  const home = newHome();
  const algorithm = options.algorithm ?? 'ed25519';
  const userId = options.userId ?? 'Test Go Release Signing <go-signing@example.test>';
  await gpg(home, ['--quick-gen-key', userId, algorithm, 'cert', 'never'], options.createdAt);
  const { primaryFingerprint } = await listKey(home);
  await gpg(home, ['--quick-add-key', primaryFingerprint, algorithm, 'sign', options.subkeyExpiry ?? '3y'], options.createdAt);
  return keyFromHome(home);
}

/** Armored detached signature (`.asc`) of a file, dated `at` (default now). */
export async function signDetached(key: GpgKey, file: string, options: { at?: Date } = {}): Promise<string> {
  return gpg(key.home, ['--armor', '--detach-sign', '--local-user', `${key.subkeyFingerprint}!`, '--output', '-', file], options.at);
}

export interface ExpiredSubkey {
  /** Public key whose only signing subkey expired at `expiredAt`, long before now. */
  key: GpgKey;
  createdAt: Date;
  expiredAt: Date;
  /** A signature dated while the subkey was valid: must verify (expiry is judged at signature time). */
  signWhileValid(file: string): Promise<string>;
  /** A signature dated after the subkey expired: must be rejected. */
  signAfterExpiry(file: string): Promise<string>;
}

const EXPIRED_CREATED_AT = new Date('2020-01-01T00:00:00Z');
const EXPIRED_VALID_SIGNATURE_AT = new Date('2020-06-01T00:00:00Z');
const EXPIRED_LATE_SIGNATURE_AT = new Date('2022-01-01T00:00:00Z');

/**
 * A key whose signing subkey was created in 2020 and expired a year later. gpg refuses to sign
 * with an expired key, so the late signature comes from a copy of the secret key taken before
 * the expiry was set; the published key carries only the binding with the expiry.
 */
export async function generateExpiredSubkey(options: { algorithm?: KeyAlgorithm } = {}): Promise<ExpiredSubkey> {
  const home = newHome();
  const algorithm = options.algorithm ?? 'ed25519';
  const at = (offsetSeconds: number) => new Date(EXPIRED_CREATED_AT.getTime() + offsetSeconds * 1000);
  await gpg(home, ['--quick-gen-key', 'Expired Subkey Signing <expired@example.test>', algorithm, 'cert', 'never'], at(0));
  const { primaryFingerprint } = await listKey(home);
  await gpg(home, ['--quick-add-key', primaryFingerprint, algorithm, 'sign', 'never'], at(10));
  const unexpiringCopy = newHome();
  cpSync(home, unexpiringCopy, { recursive: true, filter: (source) => !/S\.gpg-agent/.test(source) });
  await gpg(home, ['--quick-set-expire', primaryFingerprint, '1y', '*'], at(20));
  const listed = await listKey(home);
  const expiredAt = listed.subkeys[0]!.expiresAt;
  if (!expiredAt || expiredAt >= EXPIRED_LATE_SIGNATURE_AT)
    throw new Error(`subkey expiry not set as planned: ${expiredAt?.toISOString()}`);
  const key = await keyFromHome(home);
  const lateSigner: GpgKey = { ...key, home: unexpiringCopy };
  return {
    key,
    createdAt: EXPIRED_CREATED_AT,
    expiredAt,
    signWhileValid: (file) => signDetached(key, file, { at: EXPIRED_VALID_SIGNATURE_AT }),
    signAfterExpiry: (file) => signDetached(lateSigner, file, { at: EXPIRED_LATE_SIGNATURE_AT }),
  };
}

export interface TestKeys {
  /** The release key: what the server signs with unless told otherwise. */
  release: GpgKey;
  /** An unrelated key, for "signature by another key". */
  other: GpgKey;
  expired: ExpiredSubkey;
}

let testKeysPromise: Promise<TestKeys> | undefined;

/** The keys a test file needs, generated once per process. */
export function testKeys(): Promise<TestKeys> {
  testKeysPromise ??= (async () => {
    const [release, other, expired] = await Promise.all([
      generateOpenPgpKey(),
      generateOpenPgpKey({ userId: 'Someone Else <other@example.test>' }),
      generateExpiredSubkey(),
    ]);
    return { release, other, expired };
  })();
  return testKeysPromise;
}

/** gpg --verify of a detached signature against one armored public key, in a throwaway keyring. */
export async function gpgVerify(armoredPublicKey: string, signature: string, file: string): Promise<{ ok: boolean; status: string }> {
  const home = newHome();
  try {
    writeFileSync(join(home, 'key.asc'), armoredPublicKey);
    writeFileSync(join(home, 'sig.asc'), signature);
    await gpg(home, ['--import', join(home, 'key.asc')]);
    const result = await runGpg(home, ['--status-fd', '1', '--verify', join(home, 'sig.asc'), file]);
    return { ok: result.code === 0 && /^\[GNUPG:\] VALIDSIG /m.test(result.stdout), status: result.stdout };
  } finally {
    spawnSync('gpgconf', ['--homedir', home, '--kill', 'gpg-agent'], { stdio: 'ignore' });
    rmSync(home, { recursive: true, force: true });
    homes.delete(home);
  }
}
