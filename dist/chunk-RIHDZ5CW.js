import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  HttpClient
} from "./chunk-6ISBL5ME.js";

// src/sumdb/note.ts
import { createHash, createPublicKey, verify } from "node:crypto";
var ED25519_ALGORITHM = 1;
var SIGNATURE_PREFIX = "\u2014 ";
var ED25519_SPKI_PREFIX = Buffer.from("302a300506032b6570032100", "hex");
var NoteError = class extends Error {
  name = "NoteError";
};
function noteKeyHash(name, algorithmAndKey) {
  const digest = createHash("sha256").update(`${name}
`).update(algorithmAndKey).digest();
  return digest.readUInt32BE(0);
}
function isValidSignerName(name) {
  return name.length > 0 && !/[\s+]/u.test(name);
}
function parseVerifierKey(vkey) {
  const match = /^([^+]*)\+([^+]*)\+(.*)$/su.exec(vkey);
  if (!match) throw new NoteError(`malformed verifier key "${vkey}": want <name>+<hash>+<key>`);
  const [, name, hashHex, keyBase64] = match;
  if (!isValidSignerName(name)) throw new NoteError(`malformed verifier key "${vkey}": bad name`);
  if (!/^[0-9a-f]{8}$/u.test(hashHex)) throw new NoteError(`malformed verifier key "${vkey}": key hash must be 8 lowercase hex digits`);
  const algorithmAndKey = Buffer.from(keyBase64, "base64");
  if (algorithmAndKey.toString("base64") !== keyBase64) throw new NoteError(`malformed verifier key "${vkey}": key is not valid base64`);
  if (algorithmAndKey[0] !== ED25519_ALGORITHM || algorithmAndKey.length !== 33) {
    throw new NoteError(`unsupported verifier key "${vkey}": only Ed25519 keys (algorithm 1, 32 bytes) are supported`);
  }
  const keyHash = Number.parseInt(hashHex, 16);
  if (noteKeyHash(name, algorithmAndKey) !== keyHash) {
    throw new NoteError(`verifier key "${vkey}": key hash ${hashHex} does not match the key`);
  }
  const publicKey = createPublicKey({
    key: Buffer.concat([ED25519_SPKI_PREFIX, algorithmAndKey.subarray(1)]),
    format: "der",
    type: "spki"
  });
  return { name, keyHash, publicKey };
}
function openNote(message, verifiers) {
  const split = message.lastIndexOf("\n\n");
  if (split < 0) throw new NoteError("malformed signed note: no blank line between text and signatures");
  const text = message.slice(0, split + 1);
  const signatureBlock = message.slice(split + 2);
  if (/[\u0000-\u0009\u000b-\u001f]/u.test(text)) throw new NoteError("malformed signed note: control characters in text");
  if (!signatureBlock.endsWith("\n")) throw new NoteError("malformed signed note: signature block does not end in a newline");
  const signed = Buffer.from(text, "utf8");
  const verifiedBy = [];
  const unknown = [];
  for (const line of signatureBlock.slice(0, -1).split("\n")) {
    if (!line.startsWith(SIGNATURE_PREFIX)) throw new NoteError(`malformed signed note: bad signature line "${line}"`);
    const fields = line.slice(SIGNATURE_PREFIX.length).split(" ");
    if (fields.length !== 2) throw new NoteError(`malformed signed note: bad signature line "${line}"`);
    const [name, signatureBase64] = fields;
    const raw = Buffer.from(signatureBase64, "base64");
    if (raw.length < 5 || raw.toString("base64") !== signatureBase64) {
      throw new NoteError(`malformed signed note: signature of ${name} is not valid base64`);
    }
    const keyHash = raw.readUInt32BE(0);
    const verifier = verifiers.find((candidate) => candidate.name === name && candidate.keyHash === keyHash);
    if (verifier === void 0) {
      unknown.push(`${name}+${keyHash.toString(16).padStart(8, "0")}`);
      continue;
    }
    if (!verify(null, signed, verifier.publicKey, raw.subarray(4))) {
      throw new NoteError(`invalid signature by ${name} on the signed note`);
    }
    if (!verifiedBy.includes(name)) verifiedBy.push(name);
  }
  if (verifiedBy.length === 0) {
    const known = verifiers.map((verifier) => `${verifier.name}+${verifier.keyHash.toString(16).padStart(8, "0")}`);
    const seen = unknown.length > 0 ? `signed only by unknown key(s) ${unknown.join(", ")}` : "not signed";
    throw new NoteError(`signed note is ${seen}; expected a signature by ${known.join(", ")}`);
  }
  return { text, verifiedBy };
}

// src/sumdb/gosumdb.ts
var DEFAULT_SUMDB_KEY = "sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8";
var KNOWN_DATABASES = {
  "sum.golang.org": { key: DEFAULT_SUMDB_KEY, url: "https://sum.golang.org" },
  "sum.golang.google.cn": { key: DEFAULT_SUMDB_KEY, url: "https://sum.golang.google.cn" }
};
var GosumdbError = class extends Error {
  name = "GosumdbError";
};
function parseGosumdb(value) {
  const trimmed = (value ?? "").trim();
  if (trimmed === "off") {
    throw new GosumdbError(
      "GOSUMDB=off: the Go toolchain module is only installed with checksum database verification (go itself refuses it too); set gosumdb to a database or leave it empty for sum.golang.org"
    );
  }
  const fields = (trimmed === "" ? "sum.golang.org" : trimmed).split(/\s+/u);
  if (fields.length > 2) throw new GosumdbError(`malformed GOSUMDB "${trimmed}": want "name", "name+hash+key" or "name+hash+key URL"`);
  const [nameOrKey, url] = fields;
  const known = KNOWN_DATABASES[nameOrKey];
  let verifier;
  let directUrl;
  if (known !== void 0) {
    verifier = parseVerifierKey(known.key);
    directUrl = known.url;
  } else if (nameOrKey.includes("+")) {
    try {
      verifier = parseVerifierKey(nameOrKey);
    } catch (error) {
      throw new GosumdbError(`malformed GOSUMDB "${trimmed}": ${error.message}`);
    }
    directUrl = `https://${verifier.name}`;
  } else {
    throw new GosumdbError(`GOSUMDB "${nameOrKey}" is not a known database: give its key as "name+hash+key"`);
  }
  if (url !== void 0) {
    if (!/^https?:\/\//u.test(url)) throw new GosumdbError(`malformed GOSUMDB URL "${url}": want http:// or https://`);
    directUrl = url;
  }
  return { name: verifier.name, verifier, directUrl: directUrl.replace(/\/+$/u, "") };
}

// src/install/proxy/http.ts
import { createWriteStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import { Transform } from "node:stream";

// src/shared/credentials.ts
var SCHEME = /^[a-z][a-z0-9+.-]*$/i;
function urlCredentials(url) {
  const schemeEnd = url.indexOf("://");
  if (schemeEnd <= 0 || !SCHEME.test(url.slice(0, schemeEnd))) return { secrets: [], redacted: url };
  const authorityStart = schemeEnd + 3;
  let authorityEnd = url.length;
  for (const stop of ["/", "?", "#"]) {
    const index = url.indexOf(stop, authorityStart);
    if (index !== -1 && index < authorityEnd) authorityEnd = index;
  }
  const at = url.lastIndexOf("@", authorityEnd - 1);
  if (at < authorityStart) return { secrets: [], redacted: url };
  const userinfo = url.slice(authorityStart, at);
  const colon = userinfo.indexOf(":");
  const secret = colon === -1 ? userinfo : userinfo.slice(colon + 1);
  const secrets = new Set([secret, safeDecode(secret), url].filter(Boolean));
  return { secrets: [...secrets], redacted: `${url.slice(0, authorityStart)}***@${url.slice(at + 1)}` };
}
function proxyCredentials(goproxy) {
  const secrets = /* @__PURE__ */ new Set();
  const redacted = goproxy.split(/([,|\s])/).map((part, index) => {
    if (index % 2 === 1) return part;
    const found = urlCredentials(part);
    for (const secret of found.secrets) secrets.add(secret);
    return found.redacted;
  });
  return { secrets: [...secrets], redacted: redacted.join("") };
}
function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

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
  return urlCredentials(url).redacted;
}
function urlSecrets(url) {
  return urlCredentials(url).secrets;
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

// src/install/proxy/goproxy.ts
var GoproxyError = class extends Error {
  name = "GoproxyError";
};
function parseGoproxy(value) {
  const text = (value ?? "").trim();
  if (text === "") return [{ kind: "direct", fallThroughOnAnyError: false }];
  const entries = [];
  const pattern = /([^,|]*)([,|]?)/gu;
  for (const match of text.matchAll(pattern)) {
    const item = match[1].trim();
    const fallThroughOnAnyError = match[2] === "|";
    if (item === "") {
      if (match[0] === "") break;
      continue;
    }
    if (item === "off") entries.push({ kind: "off" });
    else if (item === "direct") entries.push({ kind: "direct", fallThroughOnAnyError });
    else if (item === "noproxy") continue;
    else {
      const url = /^[a-z][a-z0-9+.-]*:\/\//iu.test(item) ? item : `https://${item}`;
      if (!/^(https?|file):\/\//iu.test(url)) throw new GoproxyError(`GOPROXY entry ${redactUrl(item)}: unsupported scheme`);
      entries.push({ kind: "url", url: url.replace(/\/+$/u, ""), fallThroughOnAnyError });
    }
  }
  if (entries.length === 0) throw new GoproxyError(`GOPROXY "${redactUrl(text)}" lists no proxy`);
  return entries;
}
function describeEntry(entry) {
  return entry.kind === "url" ? redactUrl(entry.url) : entry.kind;
}
function isNotFound(error) {
  return error instanceof HttpStatusError && (error.status === 404 || error.status === 410);
}
async function tryProxies(entries, directBase, what, operation) {
  const failures = [];
  for (const entry of entries) {
    if (entry.kind === "off") {
      failures.push('GOPROXY=off: module downloads are disabled (set goproxy to a proxy or "direct")');
      break;
    }
    const base = entry.kind === "direct" ? directBase : entry.url;
    try {
      return await operation(base);
    } catch (error) {
      failures.push(`${describeEntry(entry)}: ${error.message}`);
      if (!entry.fallThroughOnAnyError && !isNotFound(error)) break;
    }
  }
  throw new GoproxyError(`${what} failed:
  ${failures.join("\n  ")}`);
}

export {
  openNote,
  parseGosumdb,
  proxyCredentials,
  HttpStatusError,
  streamDownload,
  fetchText,
  redactUrl,
  urlSecrets,
  getBytes,
  getText,
  downloadToFile,
  GoproxyError,
  parseGoproxy,
  describeEntry,
  isNotFound,
  tryProxies
};
//# sourceMappingURL=chunk-RIHDZ5CW.js.map
