import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);

// src/cache/deadline.ts
import { stat } from "node:fs/promises";
var DEFAULT_ANSWER_SECONDS = 60;
var DEFAULT_MIN_RATE_KIB = 1024;
var POLL_MS = 250;
var DEADLINE_SETTINGS = "SETUP_GO_GOLDEN_CACHE_TIMEOUT (seconds), SETUP_GO_GOLDEN_CACHE_MIN_RATE (KiB/s)";
function positive(text, fallback) {
  const value = Number(text);
  return text && Number.isFinite(value) && value > 0 ? value : fallback;
}
function cacheDeadlines(env = process.env) {
  return {
    answerMs: positive(env.SETUP_GO_GOLDEN_CACHE_TIMEOUT, DEFAULT_ANSWER_SECONDS) * 1e3,
    minBytesPerSecond: positive(env.SETUP_GO_GOLDEN_CACHE_MIN_RATE, DEFAULT_MIN_RATE_KIB) * 1024
  };
}
function transferBudgetMs(bytes, deadlines) {
  return deadlines.answerMs + bytes / deadlines.minBytesPerSecond * 1e3;
}
function seconds(ms) {
  return `${Number((ms / 1e3).toFixed(1))} s`;
}
var abandoned = 0;
function workAbandoned() {
  return abandoned > 0;
}
function exitIfWorkAbandoned() {
  if (workAbandoned()) process.exit();
}
function race(work, check) {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    let settled = false;
    const timer = setInterval(() => {
      void check(Date.now() - started).then((reason) => {
        if (settled || reason === void 0) return;
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
      (error) => {
        if (settled) return;
        settled = true;
        clearInterval(timer);
        reject(error);
      }
    );
  });
}
function withinDeadline(work, ms, what) {
  return race(work, async (elapsed) => elapsed >= ms ? `${what} within ${seconds(ms)} (${DEADLINE_SETTINGS})` : void 0);
}
function whileTransferring(download, file, deadlines, what) {
  return race(download, async (elapsed) => {
    const received = (await stat(file).catch(() => void 0))?.size ?? 0;
    if (elapsed < transferBudgetMs(received, deadlines)) return void 0;
    return `${what} was too slow: ${received} bytes in ${seconds(elapsed)}, under ${deadlines.minBytesPerSecond / 1024} KiB/s after ${seconds(deadlines.answerMs)} (${DEADLINE_SETTINGS})`;
  });
}

export {
  cacheDeadlines,
  transferBudgetMs,
  exitIfWorkAbandoned,
  withinDeadline,
  whileTransferring
};
//# sourceMappingURL=chunk-7VLQPEDF.js.map
