// What proved a Go authentic. One formatter gives the strings of the `verified` output and of the
// receipts on disk (`sha256:go.dev`, `openpgp:<fingerprint>`, `sumdb:<name>`); those strings are
// read back only where receipts are read.

export type TrustAnchor =
  /** The archive's SHA-256 matched a digest: listed by go.dev, by a mirror, or pinned by input go-sha256. */
  | { kind: 'sha256'; from: 'go.dev' | 'mirror' | 'pinned' }
  /** An OpenPGP signature by the key with this primary fingerprint. */
  | { kind: 'openpgp'; fingerprint: string }
  /** A record of the Go checksum database of this name, proved by its signed tree. */
  | { kind: 'sumdb'; name: string };

const SHA256_SOURCES = ['go.dev', 'mirror', 'pinned'] as const;

export function formatTrustAnchor(anchor: TrustAnchor): string {
  switch (anchor.kind) {
    case 'sha256':
      return `sha256:${anchor.from}`;
    case 'openpgp':
      return `openpgp:${anchor.fingerprint}`;
    case 'sumdb':
      return `sumdb:${anchor.name}`;
  }
}

/** The anchors as the `verified` output lists them. */
export function formatTrustAnchors(anchors: readonly TrustAnchor[], separator = ','): string {
  return anchors.map(formatTrustAnchor).join(separator);
}

/** An anchor as formatTrustAnchor wrote it (this or an earlier version); undefined for anything else. */
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
  if (kind === 'sumdb') return { kind, name: detail };
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
