// HTTP for the proxy route: GETs through @actions/http-client with credentials taken out of the
// URL (sent as Basic auth, never logged), status errors that keep the status for GOPROXY fall-through,
// and a streaming download that detects truncation.
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { HttpClient } from '@actions/http-client';
import type { OutgoingHttpHeaders } from 'node:http';

export class HttpStatusError extends Error {
  override name = 'HttpStatusError';
  constructor(
    readonly status: number,
    readonly url: string,
    detail: string,
  ) {
    super(`GET ${url}: ${status}${detail ? ` ${detail}` : ''}`);
  }
}

/** The URL with any password replaced by `***`, for logs and errors. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password === '' && parsed.username === '') return url;
    if (parsed.password !== '') parsed.password = '***';
    else parsed.username = '***';
    return parsed.toString();
  } catch {
    return url.replace(/\/\/[^/@]*@/u, '//***@');
  }
}

/** Secrets a URL carries (user info), for masking in logs. */
export function urlSecrets(url: string): string[] {
  try {
    const parsed = new URL(url);
    return [parsed.password, parsed.password !== '' ? '' : parsed.username]
      .filter((secret) => secret !== '')
      .map((secret) => decodeURIComponent(secret));
  } catch {
    return [];
  }
}

function splitCredentials(url: string): { plainUrl: string; headers: OutgoingHttpHeaders } {
  const parsed = new URL(url);
  if (parsed.username === '' && parsed.password === '') return { plainUrl: url, headers: {} };
  const user = decodeURIComponent(parsed.username);
  const password = decodeURIComponent(parsed.password);
  parsed.username = '';
  parsed.password = '';
  return {
    plainUrl: parsed.toString(),
    headers: { authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` },
  };
}

const client = new HttpClient('setup-go-golden', [], {
  allowRetries: true,
  maxRetries: 3,
  keepAlive: true,
  socketTimeout: 60_000,
});

async function open(url: string) {
  const { plainUrl, headers } = splitCredentials(url);
  let response;
  try {
    response = await client.get(plainUrl, headers);
  } catch (error) {
    throw new Error(`GET ${redactUrl(url)}: ${(error as Error).message}`);
  }
  const status = response.message.statusCode ?? 0;
  if (status !== 200) {
    const body = (await response.readBody().catch(() => '')).trim().slice(0, 200);
    throw new HttpStatusError(status, redactUrl(url), body);
  }
  return response;
}

export async function getBytes(url: string): Promise<Buffer> {
  const response = await open(url);
  const body = Buffer.from(await response.readBodyBuffer!());
  const expected = Number(response.message.headers['content-length'] ?? Number.NaN);
  if (Number.isFinite(expected) && body.length !== expected) {
    throw new Error(`GET ${redactUrl(url)}: truncated response: got ${body.length} of ${expected} bytes`);
  }
  return body;
}

export async function getText(url: string): Promise<string> {
  return (await getBytes(url)).toString('utf8');
}

/** Streams a GET into `dest`, refusing more than `maxBytes` and a body shorter than Content-Length. */
export async function downloadToFile(url: string, dest: string, maxBytes: number): Promise<number> {
  const response = await open(url);
  const expected = Number(response.message.headers['content-length'] ?? Number.NaN);
  if (Number.isFinite(expected) && expected > maxBytes) {
    response.message.destroy();
    throw new Error(`GET ${redactUrl(url)}: ${expected} bytes is over the ${maxBytes}-byte limit`);
  }
  let received = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      received += chunk.length;
      if (received > maxBytes) callback(new Error(`GET ${redactUrl(url)}: more than the ${maxBytes}-byte limit`));
      else callback(null, chunk);
    },
  });
  try {
    await pipeline(response.message, counter, createWriteStream(dest));
  } catch (error) {
    throw new Error(`GET ${redactUrl(url)}: download failed after ${received} bytes: ${(error as Error).message}`);
  }
  if (Number.isFinite(expected) && received !== expected) {
    throw new Error(`GET ${redactUrl(url)}: truncated download: got ${received} of ${expected} bytes`);
  }
  return received;
}
