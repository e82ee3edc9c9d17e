// The one HTTP failure callers act on (404/410 = not published), apart from the download code so
// that telling it apart does not load the HTTP client.

/** An HTTP answer the caller may want to act on (404 = not published). */
export class HttpStatusError extends Error {
  constructor(
    readonly url: string,
    readonly status: number,
    detail = '',
  ) {
    super(`GET ${url} answered HTTP ${status}${detail}`);
  }
}
