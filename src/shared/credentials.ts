// Credentials embedded in proxy URLs (https://user:token@proxy.example.com): what to mask and how
// to show a URL or a GOPROXY list without them. One reading for the Go environment step and the
// proxy downloads, in time linear in the text (no backtracking regular expression). Pure.

export interface ProxyCredentials {
  /** Every string that must never appear in a log: the password or token (raw and decoded) and the whole URL. */
  secrets: string[];
  /** The text with each URL's user information replaced by `***`. */
  redacted: string;
}

const SCHEME = /^[a-z][a-z0-9+.-]*$/i;

/** One URL: the user information is what lies between `://` and the last `@` of the authority. */
export function urlCredentials(url: string): ProxyCredentials {
  const schemeEnd = url.indexOf('://');
  if (schemeEnd <= 0 || !SCHEME.test(url.slice(0, schemeEnd))) return { secrets: [], redacted: url };
  const authorityStart = schemeEnd + 3;
  let authorityEnd = url.length;
  for (const stop of ['/', '?', '#']) {
    const index = url.indexOf(stop, authorityStart);
    if (index !== -1 && index < authorityEnd) authorityEnd = index;
  }
  const at = url.lastIndexOf('@', authorityEnd - 1);
  if (at < authorityStart) return { secrets: [], redacted: url };
  const userinfo = url.slice(authorityStart, at);
  const colon = userinfo.indexOf(':');
  // A lone user part is usually a token (https://TOKEN@host).
  const secret = colon === -1 ? userinfo : userinfo.slice(colon + 1);
  const secrets = new Set([secret, safeDecode(secret), url].filter(Boolean));
  return { secrets: [...secrets], redacted: `${url.slice(0, authorityStart)}***@${url.slice(at + 1)}` };
}

/** The URL with its user information replaced by `***`, for logs and errors. */
export function redactUrl(url: string): string {
  return urlCredentials(url).redacted;
}

/** What a URL carries that must be masked in logs: the password or token, raw and decoded, and the whole URL. */
export function urlSecrets(url: string): string[] {
  return urlCredentials(url).secrets;
}

/** A GOPROXY list (entries separated by `,` or `|`): every entry's secrets, and the list redacted. */
export function proxyCredentials(goproxy: string): ProxyCredentials {
  const secrets = new Set<string>();
  // One character class, no repetition: the split cannot backtrack. Separators land at odd
  // indexes and are kept, so the redacted list reads like the original.
  const redacted = goproxy.split(/([,|\s])/).map((part, index) => {
    if (index % 2 === 1) return part;
    const found = urlCredentials(part);
    for (const secret of found.secrets) secrets.add(secret);
    return found.redacted;
  });
  return { secrets: [...secrets], redacted: redacted.join('') };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
