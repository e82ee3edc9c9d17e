// GOSUMDB: which checksum database to trust and where it lives. Its URL may carry credentials
// (`https://user:token@host`): no message here shows them.
import { redactUrl, urlSecrets } from '../shared/credentials';
import type { TrustAnchor } from '../trust/trust-anchor';
import { parseVerifierKey, type NoteVerifier } from './note';

export const DEFAULT_SUMDB_KEY = 'sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8';

/** Names go accepts without a key, and the key and URL they stand for. */
const KNOWN_DATABASES: Record<string, { key: string; url: string }> = {
  'sum.golang.org': { key: DEFAULT_SUMDB_KEY, url: 'https://sum.golang.org' },
  'sum.golang.google.cn': { key: DEFAULT_SUMDB_KEY, url: 'https://sum.golang.google.cn' },
};

export interface SumdbConfig {
  /** Name used in `<proxy>/sumdb/<name>/` and in the `verified` output. */
  name: string;
  verifier: NoteVerifier;
  /** Where to reach the database itself when no proxy serves it. */
  directUrl: string;
}

export class GosumdbError extends Error {
  override name = 'GosumdbError';
}

/** Parses GOSUMDB: `name`, `name+hash+key` or `name+hash+key URL`; empty means the default database. */
export function parseGosumdb(value: string | undefined): SumdbConfig {
  const trimmed = (value ?? '').trim();
  if (trimmed === 'off') {
    throw new GosumdbError(
      'GOSUMDB=off: the Go toolchain module is only installed with checksum database verification (go itself refuses it too); set gosumdb to a database or leave it empty for sum.golang.org',
    );
  }
  const fields = (trimmed === '' ? 'sum.golang.org' : trimmed).split(/\s+/u);
  const shown = fields.map(redactUrl).join(' ');
  if (fields.length > 2) throw new GosumdbError(`malformed GOSUMDB "${shown}": want "name", "name+hash+key" or "name+hash+key URL"`);
  const [nameOrKey, url] = fields as [string, string | undefined];
  // Own keys only: `constructor` or `__proto__` must read as an unknown database, not as Object's.
  const known = Object.hasOwn(KNOWN_DATABASES, nameOrKey) ? KNOWN_DATABASES[nameOrKey] : undefined;
  let verifier: NoteVerifier;
  let directUrl: string;
  if (known !== undefined) {
    verifier = parseVerifierKey(known.key);
    directUrl = known.url;
  } else if (nameOrKey.includes('+')) {
    try {
      verifier = parseVerifierKey(nameOrKey);
    } catch (error) {
      throw new GosumdbError(`malformed GOSUMDB "${shown}": ${(error as Error).message}`);
    }
    directUrl = `https://${verifier.name}`;
  } else {
    throw new GosumdbError(`GOSUMDB "${nameOrKey}" is not a known database: give its key as "name+hash+key"`);
  }
  if (url !== undefined) {
    if (!/^https?:\/\//u.test(url)) throw new GosumdbError(`malformed GOSUMDB URL "${redactUrl(url)}": want http:// or https://`);
    directUrl = url;
  }
  return { name: verifier.name, verifier, directUrl: directUrl.replace(/\/+$/u, '') };
}

/** What GOSUMDB's URL carries that logs must mask: its password or token, raw and decoded, and the whole URL. */
export function gosumdbSecrets(config: SumdbConfig): string[] {
  return urlSecrets(config.directUrl);
}

/** The anchor a record proved by this database gives: its name and the hash of its key. */
export function sumdbAnchor(config: SumdbConfig): Extract<TrustAnchor, { kind: 'sumdb' }> {
  return { kind: 'sumdb', name: config.name, keyHash: config.verifier.keyHash.toString(16).padStart(8, '0') };
}
