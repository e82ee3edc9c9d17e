import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  HttpClient
} from "./chunk-6ISBL5ME.js";

// src/install/proxy/http.ts
import { createWriteStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import { Transform } from "node:stream";

// src/install/download.ts
import { PassThrough } from "node:stream";
var USER_AGENT = "setup-go-golden";
var DEFAULT_ATTEMPTS = 4;
var FIRST_BACKOFF_MS = 500;
var DEFAULT_STALL_TIMEOUT_MS = 3e4;
var HttpStatusError = class extends Error {
  constructor(url, status) {
    super(`GET ${url} answered HTTP ${status}`);
    this.url = url;
    this.status = status;
  }
  url;
  status;
};
var TransientDownloadError = class extends Error {
};
function stallTimeoutFromEnv(env = process.env) {
  const seconds = Number(env.SETUP_GO_GOLDEN_STALL_TIMEOUT);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1e3 : DEFAULT_STALL_TIMEOUT_MS;
}
function isRetryableStatus(status) {
  return status >= 500 || status === 429 || status === 408;
}
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function withRetries(url, options, attempt) {
  const attempts = options.attempts ?? DEFAULT_ATTEMPTS;
  let lastError;
  for (let number = 1; number <= attempts; number++) {
    try {
      return await attempt();
    } catch (error) {
      lastError = error;
      const retryable = error instanceof TransientDownloadError || error instanceof HttpStatusError && isRetryableStatus(error.status);
      if (!retryable || number === attempts) break;
      const delay = FIRST_BACKOFF_MS * 2 ** (number - 1);
      options.log?.(`${error.message}; retrying ${url} in ${delay} ms (attempt ${number + 1} of ${attempts})`);
      await sleep(delay);
    }
  }
  if (lastError instanceof TransientDownloadError) {
    throw new Error(`download of ${url} failed after ${attempts} attempts: ${lastError.message}`);
  }
  throw lastError;
}
async function openResponse(client, url, headers, timeoutMs) {
  let message;
  let timer;
  try {
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs / 1e3} s`)), timeoutMs);
    });
    message = (await Promise.race([client.get(url, headers), timeout])).message;
  } catch (error) {
    throw new TransientDownloadError(`GET ${url}: ${error.message}`);
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
function newClient() {
  return new HttpClient(USER_AGENT, [], { allowRedirects: true, maxRedirects: 10 });
}
async function streamDownload(url, options, consume) {
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
async function fetchText(url, options = {}) {
  try {
    return await streamDownload(url, options, async (body) => {
      const chunks = [];
      for await (const chunk of body) chunks.push(chunk);
      return Buffer.concat(chunks).toString("utf8");
    });
  } catch (error) {
    if (error instanceof HttpStatusError && (error.status === 404 || error.status === 410)) return void 0;
    throw error;
  }
}
function guardBody(message, url, stallTimeoutMs, expectedSize) {
  const out = new PassThrough({ highWaterMark: 1 << 20 });
  const declared = Number(message.headers["content-length"]);
  let received = 0;
  let timer;
  let settled = false;
  const fail = (error) => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    message.destroy();
    out.destroy(error);
  };
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(
      () => fail(new TransientDownloadError(`no data from ${url} for ${stallTimeoutMs / 1e3} s (stalled after ${received} bytes)`)),
      stallTimeoutMs
    );
  };
  if (expectedSize !== void 0 && Number.isFinite(declared) && declared !== expectedSize) {
    queueMicrotask(() => fail(new Error(`${url} is ${declared} bytes but the release index says ${expectedSize}: refusing it`)));
    return out;
  }
  arm();
  message.on("data", (chunk) => {
    received += chunk.length;
    if (expectedSize !== void 0 && received > expectedSize) {
      fail(new Error(`${url} sent more than the ${expectedSize} bytes the release index promised`));
      return;
    }
    if (out.write(chunk)) {
      arm();
      return;
    }
    clearTimeout(timer);
    message.pause();
    out.once("drain", () => {
      if (settled) return;
      arm();
      message.resume();
    });
  });
  message.on("aborted", () => fail(new TransientDownloadError(`connection closed after ${received} bytes of ${url}`)));
  message.on("error", (error) => fail(new TransientDownloadError(`reading ${url}: ${error.message}`)));
  message.on("end", () => {
    if (settled) return;
    const expected = expectedSize ?? (Number.isFinite(declared) ? declared : void 0);
    if (expected !== void 0 && received !== expected) {
      fail(new TransientDownloadError(`truncated download: ${received} of ${expected} bytes of ${url}`));
      return;
    }
    settled = true;
    clearTimeout(timer);
    out.end();
  });
  out.on("close", () => {
    clearTimeout(timer);
    if (!settled) {
      settled = true;
      message.destroy();
    }
  });
  return out;
}

// src/install/proxy/http.ts
function redactUrl(url) {
  try {
    const parsed = new URL(url);
    if (parsed.password === "" && parsed.username === "") return url;
    if (parsed.password !== "") parsed.password = "***";
    else parsed.username = "***";
    return parsed.toString();
  } catch {
    return url.replace(/\/\/[^/@]*@/u, "//***@");
  }
}
function urlSecrets(url) {
  try {
    const parsed = new URL(url);
    return [parsed.password, parsed.password !== "" ? "" : parsed.username].filter((secret) => secret !== "").map((secret) => decodeURIComponent(secret));
  } catch {
    return [];
  }
}
function splitCredentials(url) {
  const parsed = new URL(url);
  if (parsed.username === "" && parsed.password === "") return { plainUrl: url, headers: {} };
  const user = decodeURIComponent(parsed.username);
  const password = decodeURIComponent(parsed.password);
  parsed.username = "";
  parsed.password = "";
  return {
    plainUrl: parsed.toString(),
    headers: { authorization: `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}` }
  };
}
function requestFor(url, log) {
  const { plainUrl, headers } = splitCredentials(url);
  return { plainUrl, options: { headers, ...log ? { log } : {} } };
}
async function getBytes(url, log) {
  const { plainUrl, options } = requestFor(url, log);
  return streamDownload(plainUrl, options, async (body) => {
    const chunks = [];
    for await (const chunk of body) chunks.push(chunk);
    return Buffer.concat(chunks);
  });
}
async function getText(url, log) {
  return (await getBytes(url, log)).toString("utf8");
}
async function downloadToFile(url, dest, maxBytes, log) {
  const { plainUrl, options } = requestFor(url, log);
  return streamDownload(plainUrl, options, async (body) => {
    let received = 0;
    const limit = new Transform({
      transform(chunk, _encoding, callback) {
        received += chunk.length;
        if (received > maxBytes) callback(new Error(`${plainUrl} sent more than the ${maxBytes}-byte limit for a module zip`));
        else callback(null, chunk);
      }
    });
    await pipeline(body, limit, createWriteStream(dest));
    return received;
  });
}

export {
  HttpStatusError,
  streamDownload,
  fetchText,
  redactUrl,
  urlSecrets,
  getBytes,
  getText,
  downloadToFile
};
//# sourceMappingURL=chunk-4LILCVNU.js.map
