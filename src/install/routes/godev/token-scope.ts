// Where the `token` input may be sent. actions/setup-go sends it with downloads from GitHub (its
// version manifest and the archives listed there, and a custom download URL). We send it only to
// a go-download-base-url served by GitHub itself (github.com, *.githubusercontent.com, or the
// GitHub Enterprise server the job runs on), so a workflow's token never reaches a third-party mirror.
// Pure.

const GITHUB_HOSTS = /^(?:github\.com|[a-z0-9-]+\.github\.com|[a-z0-9-]+\.githubusercontent\.com)$/u;

/** True when a request to `url` may carry the job's GitHub token. `serverUrl` is GITHUB_SERVER_URL. */
export function tokenAppliesTo(url: string, serverUrl: string | undefined): boolean {
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:') return false;
    host = parsed.hostname.toLowerCase();
  } catch {
    return false;
  }
  if (GITHUB_HOSTS.test(host)) return true;
  if (!serverUrl) return false;
  try {
    return new URL(serverUrl).hostname.toLowerCase() === host;
  } catch {
    return false;
  }
}

/** The header actions/setup-go sends the token in (`Authorization: token <token>`). */
export function tokenHeaders(token: string | undefined, url: string | undefined, serverUrl: string | undefined): Record<string, string> {
  return token && url && tokenAppliesTo(url, serverUrl) ? { authorization: `token ${token}` } : {};
}
