// HTTP for the proxy route, on top of the installer's downloads (retries, stall timeout,
// truncation): credentials are taken out of proxy URLs and sent as Basic auth, so no URL that
// reaches a log line or an error carries them.
import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { streamDownload, type RequestOptions } from '../../../http/download';
import { buffer } from 'node:stream/consumers';

function splitCredentials(url: string): { plainUrl: string; headers: Record<string, string> } {
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

/** What a GET expects: the most bytes the answer may hold (which sizes its deadline), and what it should be, for messages. */
export interface Expectation {
  maxBytes: number;
  expecting: string;
  /** Abandons the request when its answer is no longer needed. */
  signal?: AbortSignal;
  /** Tries before giving up (the download's default when unset). */
  attempts?: number;
}

function requestFor(url: string, expectation: Expectation, log?: (line: string) => void): { plainUrl: string; options: RequestOptions } {
  const { plainUrl, headers } = splitCredentials(url);
  return { plainUrl, options: { headers, ...expectation, ...(log ? { log } : {}) } };
}

export async function getBytes(url: string, expectation: Expectation, log?: (line: string) => void): Promise<Buffer> {
  const { plainUrl, options } = requestFor(url, expectation, log);
  return streamDownload(plainUrl, options, (body) => buffer(body));
}

export async function getText(url: string, expectation: Expectation, log?: (line: string) => void): Promise<string> {
  return (await getBytes(url, expectation, log)).toString('utf8');
}

/** Streams a GET into `dest` (rewritten on every retry), refusing more than `expectation.maxBytes`. */
export async function downloadToFile(url: string, dest: string, expectation: Expectation, log?: (line: string) => void): Promise<number> {
  const { plainUrl, options } = requestFor(url, expectation, log);
  return streamDownload(plainUrl, options, async (body) => {
    await pipeline(body, createWriteStream(dest));
    return (await stat(dest)).size;
  });
}
