// GOPROXY list semantics as go has them: `,` falls through to the next entry on 404/410 only,
// `|` on any error, `direct` is the module's origin, `off` forbids downloading.
import { redactUrl } from '../../../shared/credentials';
import { HttpStatusError } from '../../../http/status-error';

export type ProxyEntry =
  | { kind: 'url'; url: string; fallThroughOnAnyError: boolean }
  | { kind: 'direct'; fallThroughOnAnyError: boolean }
  | { kind: 'off' };

export class GoproxyError extends Error {
  override name = 'GoproxyError';
}

/** What go uses when GOPROXY is unset or empty (`go help environment`), and so do we. */
export const GO_DEFAULT_GOPROXY = 'https://proxy.golang.org,direct';

/** The GOPROXY list in force: the value given, or Go's default when it is unset or blank. */
export function effectiveGoproxy(value: string | undefined): string {
  return value?.trim() || GO_DEFAULT_GOPROXY;
}

/**
 * GOPROXY as messages and the summary name it, credentials redacted; a default names itself as
 * such, so a log that shows proxy.golang.org says why it was asked.
 */
export function describeGoproxy(value: string | undefined): string {
  const given = value?.trim();
  return given ? `GOPROXY ${redactUrl(given)}` : `GOPROXY ${GO_DEFAULT_GOPROXY} (Go's default: GOPROXY is not set)`;
}

/** Parses GOPROXY; unset or empty means Go's default list. URLs without a scheme get https://, as go does. */
export function parseGoproxy(value: string | undefined): ProxyEntry[] {
  const text = effectiveGoproxy(value);
  const entries: ProxyEntry[] = [];
  const pattern = /([^,|]*)([,|]?)/gu;
  for (const match of text.matchAll(pattern)) {
    const item = match[1]!.trim();
    const fallThroughOnAnyError = match[2] === '|';
    if (item === '') {
      if (match[0] === '') break;
      continue;
    }
    if (item === 'off') entries.push({ kind: 'off' });
    else if (item === 'direct') entries.push({ kind: 'direct', fallThroughOnAnyError });
    else if (item === 'noproxy') continue;
    else {
      const url = /^[a-z][a-z0-9+.-]*:\/\//iu.test(item) ? item : `https://${item}`;
      if (!/^(https?|file):\/\//iu.test(url)) throw new GoproxyError(`GOPROXY entry ${redactUrl(item)}: unsupported scheme`);
      entries.push({ kind: 'url', url: url.replace(/\/+$/u, ''), fallThroughOnAnyError });
    }
  }
  if (entries.length === 0) throw new GoproxyError(`GOPROXY "${redactUrl(text)}" lists no proxy`);
  return entries;
}

export function describeEntry(entry: ProxyEntry): string {
  return entry.kind === 'url' ? redactUrl(entry.url) : entry.kind;
}

export function isNotFound(error: unknown): boolean {
  return error instanceof HttpStatusError && (error.status === 404 || error.status === 410);
}

/**
 * Runs `operation` against each entry in turn until one succeeds, falling through as go does.
 * `directBase` is what `direct` stands for (the module's origin).
 */
export async function tryProxies<T>(
  entries: readonly ProxyEntry[],
  directBase: string,
  what: string,
  operation: (base: string) => Promise<T>,
): Promise<T> {
  const failures: string[] = [];
  for (const entry of entries) {
    if (entry.kind === 'off') {
      failures.push('GOPROXY=off: module downloads are disabled (set goproxy to a proxy or "direct")');
      break;
    }
    const base = entry.kind === 'direct' ? directBase : entry.url;
    try {
      return await operation(base);
    } catch (error) {
      failures.push(`${describeEntry(entry)}: ${(error as Error).message}`);
      if (!entry.fallThroughOnAnyError && !isNotFound(error)) break;
    }
  }
  throw new GoproxyError(`${what} failed:\n  ${failures.join('\n  ')}`);
}
