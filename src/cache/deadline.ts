// Deadlines for the cache service: a lookup, download or save that does not finish in time is
// given up (a warning and a miss, or no save), never waited for. The library's HTTP calls take no
// abort signal, so work given up may still hold a socket open: the step then ends its process
// once its own work is done (exitIfWorkAbandoned), as a stuck connection must not keep the job.
import { stat } from 'node:fs/promises';

export interface CacheDeadlines {
  /** How long the service has to answer a request, and a transfer to get going. */
  answerMs: number;
  /** The slowest average a transfer may keep after answerMs. */
  minBytesPerSecond: number;
}

const DEFAULT_ANSWER_SECONDS = 60;
const DEFAULT_MIN_RATE_KIB = 1024;
/** How often a download's progress is looked at. */
const POLL_MS = 250;

export const DEADLINE_SETTINGS = 'SETUP_GO_GOLDEN_CACHE_TIMEOUT (seconds), SETUP_GO_GOLDEN_CACHE_MIN_RATE (KiB/s)';

function positive(text: string | undefined, fallback: number): number {
  const value = Number(text);
  return text && Number.isFinite(value) && value > 0 ? value : fallback;
}

export function cacheDeadlines(env: NodeJS.ProcessEnv = process.env): CacheDeadlines {
  return {
    answerMs: positive(env.SETUP_GO_GOLDEN_CACHE_TIMEOUT, DEFAULT_ANSWER_SECONDS) * 1000,
    minBytesPerSecond: positive(env.SETUP_GO_GOLDEN_CACHE_MIN_RATE, DEFAULT_MIN_RATE_KIB) * 1024,
  };
}

/** The longest a transfer of `bytes` may take: time to get going, then the floor rate. */
export function transferBudgetMs(bytes: number, deadlines: CacheDeadlines): number {
  return deadlines.answerMs + (bytes / deadlines.minBytesPerSecond) * 1000;
}

export function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

let abandoned = 0;

/** Work given up on at a deadline that may still be running. */
export function workAbandoned(): boolean {
  return abandoned > 0;
}

/** Ends the process when given-up work could keep it alive; the exit code set so far stands. */
export function exitIfWorkAbandoned(): void {
  if (workAbandoned()) process.exit();
}

/**
 * Settles with `work`, or rejects with `expired()`'s message once `check` (run every POLL_MS with
 * the elapsed time) says the deadline has passed.
 */
function race<T>(work: Promise<T>, check: (elapsedMs: number) => Promise<string | undefined>): Promise<T> {
  const started = Date.now();
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const timer = setInterval(() => {
      void check(Date.now() - started).then((reason) => {
        if (settled || reason === undefined) return;
        settled = true;
        abandoned++;
        clearInterval(timer);
        reject(new Error(reason));
      });
    }, POLL_MS);
    work.then(
      (value) => {
        if (settled) return;
        settled = true;
        clearInterval(timer);
        resolve(value);
      },
      (error: unknown) => {
        if (settled) return;
        settled = true;
        clearInterval(timer);
        reject(error);
      },
    );
  });
}

/** `work` within `ms`, or an error saying `what` did not finish in time. */
export function withinDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  return race(work, async (elapsed) => (elapsed >= ms ? `${what} within ${seconds(ms)} (${DEADLINE_SETTINGS})` : undefined));
}

/**
 * `download` (writing to `file`) while it keeps the floor rate: after answerMs, the bytes in the
 * file must average at least minBytesPerSecond. A server that never answers, stalls, or trickles
 * fails here at once, however long the archive; a healthy one of any size is never stopped.
 */
export function whileTransferring<T>(download: Promise<T>, file: string, deadlines: CacheDeadlines, what: string): Promise<T> {
  return race(download, async (elapsed) => {
    const received = (await stat(file).catch(() => undefined))?.size ?? 0;
    if (elapsed < transferBudgetMs(received, deadlines)) return undefined;
    return `${what} was too slow: ${received} bytes in ${seconds(elapsed)}, under ${deadlines.minBytesPerSecond / 1024} KiB/s after ${seconds(deadlines.answerMs)} (${DEADLINE_SETTINGS})`;
  });
}
