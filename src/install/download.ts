// HTTP downloads with retries: backoff on 5xx and network errors, a stall timeout on the body,
// and truncation detected against the size the index promised. Built on @actions/http-client so
// proxies (https_proxy/no_proxy) and redirects behave as in every other action.
import { HttpClient } from '@actions/http-client';
import type { IncomingMessage } from 'node:http';
import { PassThrough, type Readable } from 'node:stream';

const USER_AGENT = 'setup-go-golden';
const DEFAULT_ATTEMPTS = 4;
const FIRST_BACKOFF_MS = 500;
const DEFAULT_STALL_TIMEOUT_MS = 30_000;

/** An HTTP answer the caller may want to act on (404 = not published). */
export class HttpStatusError extends Error {
  constructor(
    readonly url: string,
    readonly status: number,
  ) {
    super(`GET ${url} answered HTTP ${status}`);
  }
}

/** Failures worth another attempt: the network, a stalled or truncated body, a 5xx. */
export class TransientDownloadError extends Error {}

export interface RequestOptions {
  attempts?: number;
  /** No byte for this long aborts the attempt (env SETUP_GO_GOLDEN_STALL_TIMEOUT in seconds overrides the default). */
  stallTimeoutMs?: number;
  headers?: Record<string, string>;
  log?: (message: string) => void;
}

export function stallTimeoutFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const seconds = Number(env.SETUP_GO_GOLDEN_STALL_TIMEOUT);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : DEFAULT_STALL_TIMEOUT_MS;
}

function isRetryableStatus(status: number): boolean {
  return status >= 500 || status === 429 || status === 408;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `attempt` with retries. Each attempt gets a fresh response body; `consume` must start from
 * scratch every time (it is the caller's job to discard partial output of a failed attempt).
 */
async function withRetries<T>(url: string, options: RequestOptions, attempt: () => Promise<T>): Promise<T> {
  const attempts = options.attempts ?? DEFAULT_ATTEMPTS;
  let lastError: unknown;
  for (let number = 1; number <= attempts; number++) {
    try {
      return await attempt();
    } catch (error) {
      lastError = error;
      const retryable =
        error instanceof TransientDownloadError || (error instanceof HttpStatusError && isRetryableStatus(error.status));
      if (!retryable || number === attempts) break;
      const delay = FIRST_BACKOFF_MS * 2 ** (number - 1);
      options.log?.(`${(error as Error).message}; retrying ${url} in ${delay} ms (attempt ${number + 1} of ${attempts})`);
      await sleep(delay);
    }
  }
  if (lastError instanceof TransientDownloadError) {
    throw new Error(`download of ${url} failed after ${attempts} attempts: ${lastError.message}`);
  }
  throw lastError;
}

async function openResponse(
  client: HttpClient,
  url: string,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<IncomingMessage> {
  let message: IncomingMessage;
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs);
    });
    message = (await Promise.race([client.get(url, headers), timeout])).message;
  } catch (error) {
    throw new TransientDownloadError(`GET ${url}: ${(error as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
  const status = message.statusCode ?? 0;
  if (status < 200 || status >= 300) {
    message.resume();
    throw new HttpStatusError(url, status);
  }
  return message;
}

function newClient(): HttpClient {
  // No socketTimeout: it would also fire while we hold the body back for backpressure.
  return new HttpClient(USER_AGENT, [], { allowRedirects: true, maxRedirects: 10 });
}

/**
 * Streams the body of `url` into `consume`. The stream handed to `consume` errors with a
 * TransientDownloadError when the body stalls, is cut short, or is shorter than `expectedSize`;
 * that attempt is then retried with a new stream.
 */
export async function streamDownload<T>(
  url: string,
  options: RequestOptions & { expectedSize?: number },
  consume: (body: Readable, attempt: number) => Promise<T>,
): Promise<T> {
  const stallTimeoutMs = options.stallTimeoutMs ?? stallTimeoutFromEnv();
  const client = newClient();
  let attempt = 0;
  try {
    return await withRetries(url, options, async () => {
      attempt++;
      const message = await openResponse(client, url, options.headers ?? {}, stallTimeoutMs);
      const body = guardBody(message, url, stallTimeoutMs, options.expectedSize);
      return consume(body, attempt);
    });
  } finally {
    client.dispose();
  }
}

/** GETs a small text resource; `undefined` when the server answers 404 (not published). */
export async function fetchText(url: string, options: RequestOptions = {}): Promise<string | undefined> {
  try {
    return await streamDownload(url, options, async (body) => {
      const chunks: Buffer[] = [];
      for await (const chunk of body) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    });
  } catch (error) {
    if (error instanceof HttpStatusError && (error.status === 404 || error.status === 410)) return undefined;
    throw error;
  }
}

/**
 * Wraps a response body: a stall timer (counting only while we wait on the network, not while the
 * consumer applies backpressure), a byte count, and truncation against Content-Length and `expectedSize`.
 */
function guardBody(message: IncomingMessage, url: string, stallTimeoutMs: number, expectedSize?: number): Readable {
  const out = new PassThrough({ highWaterMark: 1 << 20 });
  const declared = Number(message.headers['content-length']);
  let received = 0;
  let timer: NodeJS.Timeout | undefined;
  let settled = false;
  const fail = (error: Error) => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    message.destroy();
    out.destroy(error);
  };
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(
      () => fail(new TransientDownloadError(`no data from ${url} for ${stallTimeoutMs / 1000} s (stalled after ${received} bytes)`)),
      stallTimeoutMs,
    );
  };
  if (expectedSize !== undefined && Number.isFinite(declared) && declared !== expectedSize) {
    queueMicrotask(() => fail(new Error(`${url} is ${declared} bytes but the release index says ${expectedSize}: refusing it`)));
    return out;
  }
  arm();
  message.on('data', (chunk: Buffer) => {
    received += chunk.length;
    if (expectedSize !== undefined && received > expectedSize) {
      fail(new Error(`${url} sent more than the ${expectedSize} bytes the release index promised`));
      return;
    }
    if (out.write(chunk)) {
      arm();
      return;
    }
    clearTimeout(timer);
    message.pause();
    out.once('drain', () => {
      if (settled) return;
      arm();
      message.resume();
    });
  });
  message.on('aborted', () => fail(new TransientDownloadError(`connection closed after ${received} bytes of ${url}`)));
  message.on('error', (error) => fail(new TransientDownloadError(`reading ${url}: ${error.message}`)));
  message.on('end', () => {
    if (settled) return;
    const expected = expectedSize ?? (Number.isFinite(declared) ? declared : undefined);
    if (expected !== undefined && received !== expected) {
      fail(new TransientDownloadError(`truncated download: ${received} of ${expected} bytes of ${url}`));
      return;
    }
    settled = true;
    clearTimeout(timer);
    out.end();
  });
  out.on('close', () => {
    clearTimeout(timer);
    // The consumer gave up (its own error): stop reading from the network.
    if (!settled) {
      settled = true;
      message.destroy();
    }
  });
  return out;
}
