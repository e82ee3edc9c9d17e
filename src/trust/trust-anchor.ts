// What proved a Go authentic, as the `verified` output and the receipts on disk write it
// (`sha256:go.dev`, `openpgp:<fingerprint>`, `sumdb:<name>+<key hash>`); receipts are read back
// here too. A checksum database is known by its name AND its key: any database may call itself
// sum.golang.org, only Google's holds the key with hash 033de0ae.

export type TrustAnchor =
  /** The archive's SHA-256 matched a digest: listed by go.dev, by a mirror, or pinned by input go-sha256. */
  | { kind: 'sha256'; from: 'go.dev' | 'mirror' | 'pinned' }
  /** An OpenPGP signature by the key with this primary fingerprint. */
  | { kind: 'openpgp'; fingerprint: string }
  /**
   * A record of the Go checksum database of this name, proved by its signed tree with the key of
   * this key hash (8 hex digits, the `+<hash>` of a verifier key); undefined in receipts written
   * before the key was recorded, which then prove nothing about which database it was.
   */
  | { kind: 'sumdb'; name: string; keyHash?: string };

const SHA256_SOURCES = ['go.dev', 'mirror', 'pinned'] as const;

/** Google's checksum database: the one `sumdb:sum.golang.org` means, with no key hash written. */
export const DEFAULT_SUMDB = { name: 'sum.golang.org', keyHash: '033de0ae' } as const;

/** Whether the anchor is a record of Google's own checksum database (its name and its key). */
export function isDefaultSumdb(anchor: TrustAnchor): boolean {
  return anchor.kind === 'sumdb' && anchor.name === DEFAULT_SUMDB.name && anchor.keyHash === DEFAULT_SUMDB.keyHash;
}

/** A database as outputs and the summary name it: by name alone only when it is Google's, else `name+<key hash>`. */
export function sumdbLabel(anchor: Extract<TrustAnchor, { kind: 'sumdb' }>): string {
  return isDefaultSumdb(anchor) || anchor.keyHash === undefined ? anchor.name : `${anchor.name}+${anchor.keyHash}`;
}

/** As the `verified` output lists it. */
export function formatTrustAnchor(anchor: TrustAnchor): string {
  switch (anchor.kind) {
    case 'sha256':
      return `sha256:${anchor.from}`;
    case 'openpgp':
      return `openpgp:${anchor.fingerprint}`;
    case 'sumdb':
      return `sumdb:${sumdbLabel(anchor)}`;
  }
}

/** As a receipt stores it: a database always with its key hash, so that no reader has to assume whose it was. */
export function storedTrustAnchor(anchor: TrustAnchor): string {
  return anchor.kind === 'sumdb' && anchor.keyHash !== undefined ? `sumdb:${anchor.name}+${anchor.keyHash}` : formatTrustAnchor(anchor);
}

/** The anchors as the `verified` output lists them. */
export function formatTrustAnchors(anchors: readonly TrustAnchor[], separator = ','): string {
  return anchors.map(formatTrustAnchor).join(separator);
}

/** An anchor as formatTrustAnchor or storedTrustAnchor wrote it (this or an earlier version); undefined for anything else. */
export function parseTrustAnchor(text: string): TrustAnchor | undefined {
  const colon = text.indexOf(':');
  if (colon <= 0 || colon === text.length - 1) return undefined;
  const kind = text.slice(0, colon);
  const detail = text.slice(colon + 1);
  if (kind === 'sha256') {
    const from = SHA256_SOURCES.find((source) => source === detail);
    return from && { kind, from };
  }
  if (kind === 'openpgp') return { kind, fingerprint: detail };
  if (kind === 'sumdb') {
    const keyed = /^([^+\s]+)\+([0-9a-f]{8})$/u.exec(detail);
    if (keyed) return { kind, name: keyed[1]!, keyHash: keyed[2]! };
    return /^[^+\s]+$/u.test(detail) ? { kind, name: detail } : undefined;
  }
  return undefined;
}

/**
 * Whether the anchor ties the bytes to the Go project (or to the user's own pin), not only to the
 * server that sent them: a mirror's own digest proves integrity, not origin.
 */
export function provesOrigin(anchor: TrustAnchor): boolean {
  return anchor.kind !== 'sha256' || anchor.from !== 'mirror';
}

/**
 * Whether nothing among the anchors proves where the Go came from (a mirror's own digest at most):
 * then the checksum database must prove its tree before it runs.
 */
export function originUnproven(anchors: readonly TrustAnchor[]): boolean {
  return !anchors.some(provesOrigin);
}
