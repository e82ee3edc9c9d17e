// Credentials embedded in GOPROXY URLs (https://user:token@proxy.example.com): what to mask and
// how to show the value without them. Pure.

export interface ProxyCredentials {
  /** Every string that must never appear in a log: passwords (raw and decoded) and the full URLs. */
  secrets: string[];
  redacted: string;
}

const URL_WITH_USERINFO = /([a-z][a-z0-9+.-]*:\/\/)([^@/,|\s]+)@([^,|\s]*)/gi;

export function proxyCredentials(goproxy: string): ProxyCredentials {
  const secrets = new Set<string>();
  for (const match of goproxy.matchAll(URL_WITH_USERINFO)) {
    const [whole, , userinfo] = match;
    const colon = userinfo!.indexOf(':');
    // A lone user part is usually a token (https://TOKEN@host).
    const secret = colon === -1 ? userinfo! : userinfo!.slice(colon + 1);
    if (secret) {
      secrets.add(secret);
      secrets.add(safeDecode(secret));
    }
    secrets.add(whole);
  }
  return { secrets: [...secrets].filter(Boolean), redacted: goproxy.replace(URL_WITH_USERINFO, '$1***@$3') };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
