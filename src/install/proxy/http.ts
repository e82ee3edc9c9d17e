// HTTP for the proxy route, on top of the installer's downloads (retries, stall timeout,
// truncation): credentials are taken out of proxy URLs and sent as Basic auth, so no URL that
// reaches a log line or an error carries them.
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { urlCredentials } from '../../shared/credentials';
import { streamDownload, type RequestOptions } from '../download';

export { HttpStatusError } from '../download';

/** The URL with its user information replaced by `***`, for logs and errors. */
export function redactUrl(url: string): string {
  return urlCredentials(url).redacted;
}

/** What a URL carries that must be masked in logs: the password or token, raw and decoded, and the whole URL. */
export function urlSecrets(url: string): string[] {
  return urlCredentials(url).secrets;
}

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

function requestFor(url: string, log?: (line: string) => void): { plainUrl: string; options: RequestOptions } {
  const { plainUrl, headers } = splitCredentials(url);
  return { plainUrl, options: { headers, ...(log ? { log } : {}) } };
}

export async function getBytes(url: string, log?: (line: string) => void): Promise<Buffer> {
  const { plainUrl, options } = requestFor(url, log);
  return streamDownload(plainUrl, options, async (body) => {
    const chunks: Buffer[] = [];
    for await (const chunk of body) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  });
}

export async function getText(url: string, log?: (line: string) => void): Promise<string> {
  return (await getBytes(url, log)).toString('utf8');
}

/** Streams a GET into `dest` (rewritten on every retry), refusing more than `maxBytes`. */
export async function downloadToFile(url: string, dest: string, maxBytes: number, log?: (line: string) => void): Promise<number> {
  const { plainUrl, options } = requestFor(url, log);
  return streamDownload(plainUrl, options, async (body) => {
    let received = 0;
    const limit = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        received += chunk.length;
        if (received > maxBytes) callback(new Error(`${plainUrl} sent more than the ${maxBytes}-byte limit for a module zip`));
        else callback(null, chunk);
      },
    });
    await pipeline(body, limit, createWriteStream(dest));
    return received;
  });
}
