// HTTP downloads with retries: backoff on 5xx and network errors, a stall timeout and a speed floor
// (speed-floor.ts) on the body, an overall deadline sized from the expected size and a floor rate,
// truncation and excess detected against the size the index promised, and redirects followed by
// us (relative ones resolved, loops and non-http(s) targets refused). Built on
// @actions/http-client so proxies (https_proxy/no_proxy) behave as in every other action.
import { HttpClient } from '@actions/http-client';
import type { IncomingMessage } from 'node:http';
import { PassThrough, type Readable } from 'node:stream';
import { sleep } from '../shared/sleep';
import { formatRate, SpeedFloor, sampleIntervalMs, type SpeedFloorSettings } from './speed-floor';
import { HttpStatusError } from './status-error';
import { text } from 'node:stream/consumers';

const USER_AGENT = 'setup-go-golden';
const DEFAULT_ATTEMPTS = 4;
const FIRST_BACKOFF_MS = 500;
const DEFAULT_STALL_TIMEOUT_MS = 30_000;
const DEFAULT_DEADLINE_BASE_MS = 60_000;
const DEFAULT_MIN_RATE_KIB = 128;
// curl's --speed-limit/--speed-time, at a floor a Go archive download should never fall under.
const DEFAULT_SPEED_LIMIT_KIB = 64;
const DEFAULT_SPEED_TIME_MS = 30_000;
/** A server too slow twice is not faster a third time; two windows keep the install within 2 minutes. */
const MAX_SLOW_ATTEMPTS = 2;
const DEFAULT_TOO_SLOW_ADVICE = 'try another go-download-source (go.dev or proxy) or a closer mirror (go-download-base-url, goproxy)';
/** What a body may hold when the caller names no limit (the release index, a version list). */
const DEFAULT_MAX_BYTES = 32 * 1024 ** 2;
const MAX_REDIRECTS = 10;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** Failures worth another attempt: the network, a stalled, slow or truncated body, a 5xx. */
export class TransientDownloadError extends Error {}

/** An attempt whose body stayed under the speed floor for the whole window. */
export class TooSlowError extends TransientDownloadError {
  constructor(
    message: string,
    /** What to do, said once in the final error rather than in every retry's log line. */
    readonly advice: string,
  ) {
    super(message);
  }
}

/** An answer another attempt would not fix (wrong size, an HTML page, a bad redirect): the message says it was not retried. */
export class RefusedAnswerError extends Error {
  constructor(message: string) {
    super(`${message}; not retried`);
  }
}

export interface RequestOptions {
  attempts?: number;
  /** No byte for this long aborts the attempt (env SETUP_GO_GOLDEN_STALL_TIMEOUT in seconds overrides the default). */
  stallTimeoutMs?: number;
  headers?: Record<string, string>;
  log?: (message: string) => void;
  /** The most bytes the body may hold; sizes the deadline when neither the index nor the server gives a size. */
  maxBytes?: number;
  /** What the body should be, for messages ("an OpenPGP signature"); an HTML page in its place is refused. */
  expecting?: string;
  /** Aborts the download (and its retries) when the caller no longer needs it. */
  signal?: AbortSignal;
  /** What to do when the server stays under the speed floor (default: another go-download-source or a mirror). */
  tooSlowAdvice?: string;
}

export interface DownloadTimers {
  stallTimeoutMs: number;
  /** The deadline of an attempt: this, plus the expected size at the floor rate. */
  deadlineBaseMs: number;
  minBytesPerSecond: number;
  speedFloor: SpeedFloorSettings;
}

function positiveNumber(value: string | undefined): number | undefined {
  const number = Number(value);
  return value !== undefined && value !== '' && Number.isFinite(number) && number > 0 ? number : undefined;
}

function nonNegativeNumber(value: string | undefined): number | undefined {
  return value?.trim() === '0' ? 0 : positiveNumber(value);
}

/**
 * SETUP_GO_GOLDEN_STALL_TIMEOUT (seconds without a byte), SETUP_GO_GOLDEN_DEADLINE_BASE (seconds)
 * and SETUP_GO_GOLDEN_MIN_RATE (KiB/s): an attempt fails once it has taken longer than the base
 * plus the expected size at the floor rate, however steadily the bytes trickle in.
 * SETUP_GO_GOLDEN_SPEED_LIMIT (KiB/s, 0 for none) and SETUP_GO_GOLDEN_SPEED_TIME (seconds): an
 * attempt fails much sooner once its rate has stayed under the limit for that long.
 */
export function downloadTimersFromEnv(env: NodeJS.ProcessEnv = process.env): DownloadTimers {
  const stall = positiveNumber(env.SETUP_GO_GOLDEN_STALL_TIMEOUT);
  const base = positiveNumber(env.SETUP_GO_GOLDEN_DEADLINE_BASE);
  const rate = positiveNumber(env.SETUP_GO_GOLDEN_MIN_RATE);
  const speedLimit = nonNegativeNumber(env.SETUP_GO_GOLDEN_SPEED_LIMIT);
  const speedTime = positiveNumber(env.SETUP_GO_GOLDEN_SPEED_TIME);
  return {
    stallTimeoutMs: stall !== undefined ? stall * 1000 : DEFAULT_STALL_TIMEOUT_MS,
    deadlineBaseMs: base !== undefined ? base * 1000 : DEFAULT_DEADLINE_BASE_MS,
    minBytesPerSecond: (rate ?? DEFAULT_MIN_RATE_KIB) * 1024,
    speedFloor: {
      bytesPerSecond: (speedLimit ?? DEFAULT_SPEED_LIMIT_KIB) * 1024,
      windowMs: speedTime !== undefined ? speedTime * 1000 : DEFAULT_SPEED_TIME_MS,
    },
  };
}

/** Milliseconds an attempt may take for a body of `bytes`. Pure. */
export function attemptDeadlineMs(bytes: number, timers: Pick<DownloadTimers, 'deadlineBaseMs' | 'minBytesPerSecond'>): number {
  return timers.deadlineBaseMs + (bytes / timers.minBytesPerSecond) * 1000;
}

function isRetryableStatus(status: number): boolean {
  return status >= 500 || status === 429 || status === 408;
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

function abortError(url: string): Error {
  return new Error(`download of ${url} was abandoned`);
}

/**
 * Runs `attempt` with retries. Each attempt gets a fresh response body; `consume` must start from
 * scratch every time (it is the caller's job to discard partial output of a failed attempt).
 */
async function withRetries<T>(url: string, options: RequestOptions, attempt: () => Promise<T>): Promise<T> {
  const attempts = options.attempts ?? DEFAULT_ATTEMPTS;
  let lastError: unknown;
  let made = 0;
  let slow = 0;
  for (let number = 1; number <= attempts; number++) {
    if (options.signal?.aborted) throw abortError(url);
    made = number;
    try {
      return await attempt();
    } catch (error) {
      lastError = error;
      if (error instanceof TooSlowError) slow++;
      const retryable = error instanceof TransientDownloadError || (error instanceof HttpStatusError && isRetryableStatus(error.status));
      if (!retryable || number === attempts || slow >= MAX_SLOW_ATTEMPTS || options.signal?.aborted) break;
      const delay = FIRST_BACKOFF_MS * 2 ** (number - 1);
      options.log?.(`${(error as Error).message}; retrying ${url} in ${delay} ms (attempt ${number + 1} of ${attempts})`);
      await sleep(delay, options.signal);
    }
  }
  if (options.signal?.aborted) throw abortError(url);
  if (lastError instanceof TransientDownloadError || (lastError instanceof HttpStatusError && isRetryableStatus(lastError.status))) {
    const advice = lastError instanceof TooSlowError ? `; ${lastError.advice}` : '';
    throw new Error(`download of ${url} failed after ${made} attempts: ${(lastError as Error).message}${advice}`);
  }
  throw lastError;
}

async function getWithTimeout(
  client: HttpClient,
  url: string,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<IncomingMessage> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs);
    });
    return (await Promise.race([client.get(url, headers), timeout])).message;
  } catch (error) {
    throw new TransientDownloadError(`GET ${url}: ${(error as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
}

/** Where a redirect from `current` leads, or why it is refused. */
function redirectTarget(url: string, current: URL, location: string | undefined, visited: URL[]): URL {
  let next: URL;
  try {
    next = new URL(location ?? '', current);
  } catch {
    throw new RefusedAnswerError(`GET ${url} redirects to an invalid address ${JSON.stringify(location)}`);
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:') {
    throw new RefusedAnswerError(`GET ${url} redirects to ${next.href}: only http and https redirects are followed`);
  }
  if (current.protocol === 'https:' && next.protocol === 'http:') {
    throw new RefusedAnswerError(`GET ${url} redirects from https to ${next.href}: a download never leaves https`);
  }
  const loopStart = visited.findIndex((seen) => seen.href === next.href);
  if (loopStart >= 0) {
    const loop = visited.slice(loopStart).map((seen) => seen.href);
    const described = loop.length === 1 ? `${loop[0]} redirects to itself` : [...loop, next.href].join(' -> ');
    throw new RefusedAnswerError(`GET ${url}: redirect loop (${described})`);
  }
  if (visited.length > MAX_REDIRECTS) throw new RefusedAnswerError(`GET ${url}: more than ${MAX_REDIRECTS} redirects`);
  return next;
}

/** GETs `url`, following redirects ourselves, until a 2xx answer (returned) or a refusal (thrown). */
async function openResponse(client: HttpClient, url: string, headers: Record<string, string>, timeoutMs: number): Promise<IncomingMessage> {
  const visited: URL[] = [];
  let current = new URL(url);
  let sent = headers;
  for (;;) {
    visited.push(current);
    const message = await getWithTimeout(client, current.href, sent, timeoutMs);
    const status = message.statusCode ?? 0;
    if (REDIRECT_STATUSES.has(status)) {
      message.resume();
      if (message.headers.location === undefined) throw new HttpStatusError(url, status, ' without a Location');
      const next = redirectTarget(url, current, message.headers.location, visited);
      // Credentials are for the host they were given for.
      if (next.host !== current.host)
        sent = Object.fromEntries(Object.entries(sent).filter(([name]) => name.toLowerCase() !== 'authorization'));
      current = next;
      continue;
    }
    if (status < 200 || status >= 300) {
      message.resume();
      throw new HttpStatusError(url, status);
    }
    return message;
  }
}

function newClient(): HttpClient {
  // No socketTimeout: it would also fire while we hold the body back for backpressure. Redirects
  // are ours to follow (relative ones, loops, schemes).
  return new HttpClient(USER_AGENT, [], { allowRedirects: false });
}

/**
 * Streams the body of `url` into `consume`. The stream handed to `consume` errors with a
 * TransientDownloadError when the body stalls, is too slow, is cut short, or is shorter than
 * `expectedSize` (that attempt is then retried with a new stream), and with a RefusedAnswerError
 * when it is not what was asked for (a size other than `expectedSize`, more than `maxBytes`, an HTML page).
 */
export async function streamDownload<T>(
  url: string,
  options: RequestOptions & { expectedSize?: number },
  consume: (body: Readable, attempt: number) => Promise<T>,
): Promise<T> {
  const timers = downloadTimersFromEnv();
  if (options.stallTimeoutMs !== undefined) timers.stallTimeoutMs = options.stallTimeoutMs;
  const client = newClient();
  let attempt = 0;
  try {
    return await withRetries(url, options, async () => {
      attempt++;
      const started = Date.now();
      const message = await openResponse(client, url, options.headers ?? {}, timers.stallTimeoutMs);
      const body = guardBody(message, url, { ...options, timers, started });
      return consume(body, attempt);
    });
  } finally {
    client.dispose();
  }
}

/** GETs a small text resource; `undefined` when the server answers 404 (not published). */
export async function fetchText(url: string, options: RequestOptions = {}): Promise<string | undefined> {
  try {
    return await streamDownload(url, options, (body) => text(body));
  } catch (error) {
    if (error instanceof HttpStatusError && (error.status === 404 || error.status === 410)) return undefined;
    throw error;
  }
}

function isHtml(message: IncomingMessage): boolean {
  return /^\s*(text\/html|application\/xhtml\+xml)\b/i.test(String(message.headers['content-type'] ?? ''));
}

/**
 * Checks what the headers announce against what was asked for; returns the number of bytes the
 * body should hold, which sizes the deadline.
 */
function announcedSize(message: IncomingMessage, url: string, options: RequestOptions & { expectedSize?: number }): number {
  const header = message.headers['content-length'];
  const declared = header === undefined ? undefined : Number(header);
  const { expectedSize } = options;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const expected =
    expectedSize !== undefined ? `the ${expectedSize}-byte archive the release index lists` : (options.expecting ?? 'the file asked for');
  if (isHtml(message) && (options.expecting !== undefined || expectedSize !== undefined)) {
    const size = declared !== undefined ? `, ${declared} bytes` : '';
    throw new RefusedAnswerError(`${url} answered an HTML page (${message.headers['content-type']}${size}) instead of ${expected}`);
  }
  if (expectedSize !== undefined && declared !== undefined && declared !== expectedSize) {
    throw new RefusedAnswerError(`${url} is ${declared} bytes, but the release index lists ${expectedSize}`);
  }
  if (expectedSize === undefined && declared !== undefined && declared > maxBytes) {
    throw new RefusedAnswerError(`${url} announces ${declared} bytes, more than the ${maxBytes} bytes ${expected} may hold`);
  }
  return expectedSize ?? declared ?? maxBytes;
}

/**
 * Wraps a response body: a stall timer (counting only while we wait on the network, not while the
 * consumer applies backpressure), a deadline for the whole attempt, a byte count, and the size
 * checks. Errors reach the consumer through its reads, never as an unhandled 'error' event.
 */
function guardBody(
  message: IncomingMessage,
  url: string,
  options: RequestOptions & { expectedSize?: number; timers: DownloadTimers; started: number },
): Readable {
  const out = new PassThrough({ highWaterMark: 1 << 20 });
  // The consumer may not be reading yet (it prepares its output first): it sees the error on its
  // first read. Without this listener the error would be thrown as an unhandled 'error' event.
  out.on('error', () => undefined);
  const { timers } = options;
  let received = 0;
  let stallTimer: NodeJS.Timeout | undefined;
  let deadlineTimer: NodeJS.Timeout | undefined;
  let floorTimer: NodeJS.Timeout | undefined;
  let settled = false;
  const stop = () => {
    clearTimeout(stallTimer);
    clearTimeout(deadlineTimer);
    clearInterval(floorTimer);
    options.signal?.removeEventListener('abort', onAbort);
  };
  const fail = (error: Error) => {
    if (settled) return;
    settled = true;
    stop();
    message.destroy();
    out.destroy(error);
  };
  const onAbort = () => fail(abortError(url));
  let total: number;
  try {
    total = announcedSize(message, url, options);
  } catch (error) {
    queueMicrotask(() => fail(error as Error));
    return out;
  }
  const of = options.expectedSize ?? (message.headers['content-length'] !== undefined ? total : undefined);
  const progress = () => (of !== undefined ? `${received} of ${of} bytes` : `${received} bytes`);
  const arm = () => {
    clearTimeout(stallTimer);
    stallTimer = setTimeout(
      () => fail(new TransientDownloadError(`no data from ${url} for ${timers.stallTimeoutMs / 1000} s (stalled after ${received} bytes)`)),
      timers.stallTimeoutMs,
    );
  };
  const deadlineMs = attemptDeadlineMs(total, timers);
  deadlineTimer = setTimeout(
    () =>
      fail(
        new TransientDownloadError(
          `${url} took longer than its deadline of ${(deadlineMs / 1000).toFixed(1)} s (${progress()}; the deadline is SETUP_GO_GOLDEN_DEADLINE_BASE plus the size at SETUP_GO_GOLDEN_MIN_RATE KiB/s)`,
        ),
      ),
    Math.max(0, options.started + deadlineMs - Date.now()),
  );
  options.signal?.addEventListener('abort', onAbort, { once: true });
  if (options.signal?.aborted) queueMicrotask(onAbort);
  arm();
  const floor = new SpeedFloor(timers.speedFloor, Date.now());
  // While the consumer holds the body back, the rate is ours, not the server's.
  let heldBack = false;
  if (timers.speedFloor.bytesPerSecond > 0) {
    floorTimer = setInterval(() => {
      if (heldBack || settled) return;
      const stretch = floor.sample(Date.now(), received);
      if (stretch === undefined) return;
      const { bytesPerSecond: limit, windowMs } = timers.speedFloor;
      fail(
        new TooSlowError(
          `${url} was too slow: ${stretch.bytes} bytes in the last ${seconds(stretch.elapsedMs)} (${formatRate(stretch.bytesPerSecond)}), under the floor of ${formatRate(limit)} for ${seconds(windowMs)} (${progress()} received; the floor is SETUP_GO_GOLDEN_SPEED_LIMIT KiB/s for SETUP_GO_GOLDEN_SPEED_TIME s)`,
          options.tooSlowAdvice ?? DEFAULT_TOO_SLOW_ADVICE,
        ),
      );
    }, sampleIntervalMs(timers.speedFloor.windowMs));
  }
  const limit = options.expectedSize ?? options.maxBytes ?? DEFAULT_MAX_BYTES;
  message.on('data', (chunk: Buffer) => {
    received += chunk.length;
    if (received > limit) {
      const promised = options.expectedSize !== undefined ? 'the release index lists' : `${options.expecting ?? 'this file'} may hold`;
      fail(new RefusedAnswerError(`${url} sent more than the ${limit} bytes ${promised}`));
      return;
    }
    if (out.write(chunk)) {
      arm();
      return;
    }
    clearTimeout(stallTimer);
    heldBack = true;
    message.pause();
    out.once('drain', () => {
      if (settled) return;
      arm();
      heldBack = false;
      floor.restart(Date.now(), received);
      message.resume();
    });
  });
  // Also what a response the HTTP parser rejects (bad chunked encoding) looks like from here: the
  // parser's error goes to the request, in the same tick as the headers, before we could listen.
  const closedEarly = () => new TransientDownloadError(`the connection closed after ${progress()} of ${url}`);
  message.on('aborted', () => fail(closedEarly()));
  message.on('error', () => fail(closedEarly()));
  message.on('end', () => {
    if (settled) return;
    if (of !== undefined && received !== of) {
      fail(closedEarly());
      return;
    }
    settled = true;
    stop();
    out.end();
  });
  out.on('close', () => {
    stop();
    // The consumer gave up (its own error): stop reading from the network.
    if (!settled) {
      settled = true;
      message.destroy();
    }
  });
  return out;
}
