import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  HttpClient
} from "./chunk-CLOEEFTM.js";
import {
  HttpStatusError
} from "./chunk-XHVA37CI.js";
import {
  sleep
} from "./chunk-PI6JENBU.js";

// src/http/download.ts
import { PassThrough } from "node:stream";

// src/http/speed-floor.ts
function rateSpanMs(windowMs) {
  return Math.min(5e3, windowMs / 2);
}
function sampleIntervalMs(windowMs) {
  return Math.max(10, Math.min(1e3, rateSpanMs(windowMs) / 5));
}
function formatRate(bytesPerSecond) {
  return bytesPerSecond < 1024 ? `${Math.round(bytesPerSecond)} B/s` : `${Number((bytesPerSecond / 1024).toFixed(1))} KiB/s`;
}
var SpeedFloor = class {
  constructor(settings, at, bytes = 0) {
    this.settings = settings;
    this.restart(at, bytes);
  }
  settings;
  samples = [];
  slowSince;
  /** Forgets the past: time spent while the consumer held the body back is not the server's. */
  restart(at, bytes) {
    this.samples = [{ at, bytes }];
    this.slowSince = void 0;
  }
  /** Records `bytes` received so far at `at`; returns the slow stretch once it has lasted the window. */
  sample(at, bytes) {
    const { bytesPerSecond: floor, windowMs } = this.settings;
    if (floor <= 0) return void 0;
    const span = rateSpanMs(windowMs);
    this.samples.push({ at, bytes });
    while (this.samples.length > 1 && this.samples[1].at <= at - span) this.samples.shift();
    const base = this.samples[0];
    if (at - base.at < span) return void 0;
    if ((bytes - base.bytes) * 1e3 / (at - base.at) >= floor) {
      this.slowSince = void 0;
      return void 0;
    }
    this.slowSince ??= base;
    const elapsedMs = at - this.slowSince.at;
    const stretchBytes = bytes - this.slowSince.bytes;
    const rate = stretchBytes * 1e3 / elapsedMs;
    if (elapsedMs < windowMs || rate >= floor) return void 0;
    return { bytes: stretchBytes, elapsedMs, bytesPerSecond: rate };
  }
};

// src/http/download.ts
import { text } from "node:stream/consumers";
var USER_AGENT = "setup-go-golden";
var DEFAULT_ATTEMPTS = 4;
var FIRST_BACKOFF_MS = 500;
var DEFAULT_STALL_TIMEOUT_MS = 3e4;
var DEFAULT_DEADLINE_BASE_MS = 6e4;
var DEFAULT_MIN_RATE_KIB = 128;
var DEFAULT_SPEED_LIMIT_KIB = 64;
var DEFAULT_SPEED_TIME_MS = 3e4;
var MAX_SLOW_ATTEMPTS = 2;
var DEFAULT_TOO_SLOW_ADVICE = "try another go-download-source (go.dev or proxy) or a closer mirror (go-download-base-url, goproxy)";
var DEFAULT_MAX_BYTES = 32 * 1024 ** 2;
var MAX_REDIRECTS = 10;
var REDIRECT_STATUSES = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
var TransientDownloadError = class extends Error {
};
var TooSlowError = class extends TransientDownloadError {
  constructor(message, advice) {
    super(message);
    this.advice = advice;
  }
  advice;
};
var RefusedAnswerError = class extends Error {
  constructor(message) {
    super(`${message}; not retried`);
  }
};
function positiveNumber(value) {
  const number = Number(value);
  return value !== void 0 && value !== "" && Number.isFinite(number) && number > 0 ? number : void 0;
}
function nonNegativeNumber(value) {
  return value?.trim() === "0" ? 0 : positiveNumber(value);
}
function downloadTimersFromEnv(env = process.env) {
  const stall = positiveNumber(env.SETUP_GO_GOLDEN_STALL_TIMEOUT);
  const base = positiveNumber(env.SETUP_GO_GOLDEN_DEADLINE_BASE);
  const rate = positiveNumber(env.SETUP_GO_GOLDEN_MIN_RATE);
  const speedLimit = nonNegativeNumber(env.SETUP_GO_GOLDEN_SPEED_LIMIT);
  const speedTime = positiveNumber(env.SETUP_GO_GOLDEN_SPEED_TIME);
  return {
    stallTimeoutMs: stall !== void 0 ? stall * 1e3 : DEFAULT_STALL_TIMEOUT_MS,
    deadlineBaseMs: base !== void 0 ? base * 1e3 : DEFAULT_DEADLINE_BASE_MS,
    minBytesPerSecond: (rate ?? DEFAULT_MIN_RATE_KIB) * 1024,
    speedFloor: {
      bytesPerSecond: (speedLimit ?? DEFAULT_SPEED_LIMIT_KIB) * 1024,
      windowMs: speedTime !== void 0 ? speedTime * 1e3 : DEFAULT_SPEED_TIME_MS
    }
  };
}
function attemptDeadlineMs(bytes, timers) {
  return timers.deadlineBaseMs + bytes / timers.minBytesPerSecond * 1e3;
}
function isRetryableStatus(status) {
  return status >= 500 || status === 429 || status === 408;
}
function seconds(ms) {
  return `${Number((ms / 1e3).toFixed(1))} s`;
}
function abortError(url) {
  return new Error(`download of ${url} was abandoned`);
}
async function withRetries(url, options, attempt) {
  const attempts = options.attempts ?? DEFAULT_ATTEMPTS;
  let lastError;
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
      const retryable = error instanceof TransientDownloadError || error instanceof HttpStatusError && isRetryableStatus(error.status);
      if (!retryable || number === attempts || slow >= MAX_SLOW_ATTEMPTS || options.signal?.aborted) break;
      const delay = FIRST_BACKOFF_MS * 2 ** (number - 1);
      options.log?.(`${error.message}; retrying ${url} in ${delay} ms (attempt ${number + 1} of ${attempts})`);
      await sleep(delay, options.signal);
    }
  }
  if (options.signal?.aborted) throw abortError(url);
  if (lastError instanceof TransientDownloadError || lastError instanceof HttpStatusError && isRetryableStatus(lastError.status)) {
    const advice = lastError instanceof TooSlowError ? `; ${lastError.advice}` : "";
    throw new Error(`download of ${url} failed after ${made} attempts: ${lastError.message}${advice}`);
  }
  throw lastError;
}
async function getWithTimeout(client, url, headers, timeoutMs) {
  let timer;
  try {
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs / 1e3} s`)), timeoutMs);
    });
    return (await Promise.race([client.get(url, headers), timeout])).message;
  } catch (error) {
    throw new TransientDownloadError(`GET ${url}: ${error.message}`);
  } finally {
    clearTimeout(timer);
  }
}
function redirectTarget(url, current, location, visited) {
  let next;
  try {
    next = new URL(location ?? "", current);
  } catch {
    throw new RefusedAnswerError(`GET ${url} redirects to an invalid address ${JSON.stringify(location)}`);
  }
  if (next.protocol !== "http:" && next.protocol !== "https:") {
    throw new RefusedAnswerError(`GET ${url} redirects to ${next.href}: only http and https redirects are followed`);
  }
  if (current.protocol === "https:" && next.protocol === "http:") {
    throw new RefusedAnswerError(`GET ${url} redirects from https to ${next.href}: a download never leaves https`);
  }
  const loopStart = visited.findIndex((seen) => seen.href === next.href);
  if (loopStart >= 0) {
    const loop = visited.slice(loopStart).map((seen) => seen.href);
    const described = loop.length === 1 ? `${loop[0]} redirects to itself` : [...loop, next.href].join(" -> ");
    throw new RefusedAnswerError(`GET ${url}: redirect loop (${described})`);
  }
  if (visited.length > MAX_REDIRECTS) throw new RefusedAnswerError(`GET ${url}: more than ${MAX_REDIRECTS} redirects`);
  return next;
}
async function openResponse(client, url, headers, timeoutMs) {
  const visited = [];
  let current = new URL(url);
  let sent = headers;
  for (; ; ) {
    visited.push(current);
    const message = await getWithTimeout(client, current.href, sent, timeoutMs);
    const status = message.statusCode ?? 0;
    if (REDIRECT_STATUSES.has(status)) {
      message.resume();
      if (message.headers.location === void 0) throw new HttpStatusError(url, status, " without a Location");
      const next = redirectTarget(url, current, message.headers.location, visited);
      if (next.host !== current.host)
        sent = Object.fromEntries(Object.entries(sent).filter(([name]) => name.toLowerCase() !== "authorization"));
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
function newClient() {
  return new HttpClient(USER_AGENT, [], { allowRedirects: false });
}
async function streamDownload(url, options, consume) {
  const timers = downloadTimersFromEnv();
  if (options.stallTimeoutMs !== void 0) timers.stallTimeoutMs = options.stallTimeoutMs;
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
async function fetchText(url, options = {}) {
  try {
    return await streamDownload(url, options, (body) => text(body));
  } catch (error) {
    if (error instanceof HttpStatusError && (error.status === 404 || error.status === 410)) return void 0;
    throw error;
  }
}
function isHtml(message) {
  return /^\s*(text\/html|application\/xhtml\+xml)\b/i.test(String(message.headers["content-type"] ?? ""));
}
function announcedSize(message, url, options) {
  const header = message.headers["content-length"];
  const declared = header === void 0 ? void 0 : Number(header);
  const { expectedSize } = options;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const expected = expectedSize !== void 0 ? `the ${expectedSize}-byte archive the release index lists` : options.expecting ?? "the file asked for";
  if (isHtml(message) && (options.expecting !== void 0 || expectedSize !== void 0)) {
    const size = declared !== void 0 ? `, ${declared} bytes` : "";
    throw new RefusedAnswerError(`${url} answered an HTML page (${message.headers["content-type"]}${size}) instead of ${expected}`);
  }
  if (expectedSize !== void 0 && declared !== void 0 && declared !== expectedSize) {
    throw new RefusedAnswerError(`${url} is ${declared} bytes, but the release index lists ${expectedSize}`);
  }
  if (expectedSize === void 0 && declared !== void 0 && declared > maxBytes) {
    throw new RefusedAnswerError(`${url} announces ${declared} bytes, more than the ${maxBytes} bytes ${expected} may hold`);
  }
  return expectedSize ?? declared ?? maxBytes;
}
function guardBody(message, url, options) {
  const out = new PassThrough({ highWaterMark: 1 << 20 });
  out.on("error", () => void 0);
  const { timers } = options;
  let received = 0;
  let stallTimer;
  let deadlineTimer;
  let floorTimer;
  let settled = false;
  const stop = () => {
    clearTimeout(stallTimer);
    clearTimeout(deadlineTimer);
    clearInterval(floorTimer);
    options.signal?.removeEventListener("abort", onAbort);
  };
  const fail = (error) => {
    if (settled) return;
    settled = true;
    stop();
    message.destroy();
    out.destroy(error);
  };
  const onAbort = () => fail(abortError(url));
  let total;
  try {
    total = announcedSize(message, url, options);
  } catch (error) {
    queueMicrotask(() => fail(error));
    return out;
  }
  const of = options.expectedSize ?? (message.headers["content-length"] !== void 0 ? total : void 0);
  const progress = () => of !== void 0 ? `${received} of ${of} bytes` : `${received} bytes`;
  const arm = () => {
    clearTimeout(stallTimer);
    stallTimer = setTimeout(
      () => fail(new TransientDownloadError(`no data from ${url} for ${timers.stallTimeoutMs / 1e3} s (stalled after ${received} bytes)`)),
      timers.stallTimeoutMs
    );
  };
  const deadlineMs = attemptDeadlineMs(total, timers);
  deadlineTimer = setTimeout(
    () => fail(
      new TransientDownloadError(
        `${url} took longer than its deadline of ${(deadlineMs / 1e3).toFixed(1)} s (${progress()}; the deadline is SETUP_GO_GOLDEN_DEADLINE_BASE plus the size at SETUP_GO_GOLDEN_MIN_RATE KiB/s)`
      )
    ),
    Math.max(0, options.started + deadlineMs - Date.now())
  );
  options.signal?.addEventListener("abort", onAbort, { once: true });
  if (options.signal?.aborted) queueMicrotask(onAbort);
  arm();
  const floor = new SpeedFloor(timers.speedFloor, Date.now());
  let heldBack = false;
  if (timers.speedFloor.bytesPerSecond > 0) {
    floorTimer = setInterval(() => {
      if (heldBack || settled) return;
      const stretch = floor.sample(Date.now(), received);
      if (stretch === void 0) return;
      const { bytesPerSecond: limit2, windowMs } = timers.speedFloor;
      fail(
        new TooSlowError(
          `${url} was too slow: ${stretch.bytes} bytes in the last ${seconds(stretch.elapsedMs)} (${formatRate(stretch.bytesPerSecond)}), under the floor of ${formatRate(limit2)} for ${seconds(windowMs)} (${progress()} received; the floor is SETUP_GO_GOLDEN_SPEED_LIMIT KiB/s for SETUP_GO_GOLDEN_SPEED_TIME s)`,
          options.tooSlowAdvice ?? DEFAULT_TOO_SLOW_ADVICE
        )
      );
    }, sampleIntervalMs(timers.speedFloor.windowMs));
  }
  const limit = options.expectedSize ?? options.maxBytes ?? DEFAULT_MAX_BYTES;
  message.on("data", (chunk) => {
    received += chunk.length;
    if (received > limit) {
      const promised = options.expectedSize !== void 0 ? "the release index lists" : `${options.expecting ?? "this file"} may hold`;
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
    out.once("drain", () => {
      if (settled) return;
      arm();
      heldBack = false;
      floor.restart(Date.now(), received);
      message.resume();
    });
  });
  const closedEarly = () => new TransientDownloadError(`the connection closed after ${progress()} of ${url}`);
  message.on("aborted", () => fail(closedEarly()));
  message.on("error", () => fail(closedEarly()));
  message.on("end", () => {
    if (settled) return;
    if (of !== void 0 && received !== of) {
      fail(closedEarly());
      return;
    }
    settled = true;
    stop();
    out.end();
  });
  out.on("close", () => {
    stop();
    if (!settled) {
      settled = true;
      message.destroy();
    }
  });
  return out;
}

export {
  streamDownload,
  fetchText
};
//# sourceMappingURL=chunk-PEOIIJ5N.js.map
