import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  HttpStatusError
} from "./chunk-XHVA37CI.js";

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
function redactUrl(url) {
  return urlCredentials(url).redacted;
}
function urlSecrets(url) {
  return urlCredentials(url).secrets;
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
  const shown = fields.map(redactUrl).join(" ");
  if (fields.length > 2) throw new GosumdbError(`malformed GOSUMDB "${shown}": want "name", "name+hash+key" or "name+hash+key URL"`);
  const [nameOrKey, url] = fields;
  const known = Object.hasOwn(KNOWN_DATABASES, nameOrKey) ? KNOWN_DATABASES[nameOrKey] : void 0;
  let verifier;
  let directUrl;
  if (known !== void 0) {
    verifier = parseVerifierKey(known.key);
    directUrl = known.url;
  } else if (nameOrKey.includes("+")) {
    try {
      verifier = parseVerifierKey(nameOrKey);
    } catch (error) {
      throw new GosumdbError(`malformed GOSUMDB "${shown}": ${error.message}`);
    }
    directUrl = `https://${verifier.name}`;
  } else {
    throw new GosumdbError(`GOSUMDB "${nameOrKey}" is not a known database: give its key as "name+hash+key"`);
  }
  if (url !== void 0) {
    if (!/^https?:\/\//u.test(url)) throw new GosumdbError(`malformed GOSUMDB URL "${redactUrl(url)}": want http:// or https://`);
    directUrl = url;
  }
  return { name: verifier.name, verifier, directUrl: directUrl.replace(/\/+$/u, "") };
}
function gosumdbSecrets(config) {
  return urlSecrets(config.directUrl);
}
function sumdbAnchor(config) {
  return { kind: "sumdb", name: config.name, keyHash: config.verifier.keyHash.toString(16).padStart(8, "0") };
}

// src/install/routes/proxy/goproxy.ts
var GoproxyError = class extends Error {
  name = "GoproxyError";
};
var GO_DEFAULT_GOPROXY = "https://proxy.golang.org,direct";
function effectiveGoproxy(value) {
  return value?.trim() || GO_DEFAULT_GOPROXY;
}
function describeGoproxy(value) {
  const given = value?.trim();
  return given ? `GOPROXY ${redactUrl(given)}` : `GOPROXY ${GO_DEFAULT_GOPROXY} (Go's default: GOPROXY is not set)`;
}
function parseGoproxy(value) {
  const text = effectiveGoproxy(value);
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
  redactUrl,
  urlSecrets,
  proxyCredentials,
  openNote,
  parseGosumdb,
  gosumdbSecrets,
  sumdbAnchor,
  GoproxyError,
  describeGoproxy,
  parseGoproxy,
  describeEntry,
  isNotFound,
  tryProxies
};
//# sourceMappingURL=chunk-Y2Q5KOXR.js.map
