import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  compareStrings
} from "./chunk-MYHJHFEH.js";

// src/sumdb/hash-claimed-files.ts
import { createHash as createHash2, hash } from "node:crypto";
import { closeSync, constants, openSync, readSync } from "node:fs";

// src/sumdb/dirhash.ts
import { createHash } from "node:crypto";
var DIGEST_BYTES = 32;
function hash1(files) {
  for (const file of files) {
    if (!/^[0-9a-f]{64}$/u.test(file.sha256)) throw new Error(`dirhash: bad sha256 for ${file.name}`);
  }
  return hash1OfDigests(
    files.map((file) => file.name),
    Buffer.from(files.map((file) => file.sha256).join(""), "hex")
  );
}
function hash1OfDigests(names, digests, prefix = "") {
  if (digests.byteLength !== names.length * DIGEST_BYTES) {
    throw new Error(`dirhash: ${names.length} names but ${digests.byteLength} digest bytes`);
  }
  const joined = names.join("\0");
  if (prefix.includes("\n") || joined.includes("\n")) {
    throw new Error(`dirhash: file name with a newline: ${JSON.stringify(prefix + (names.find((name) => name.includes("\n")) ?? ""))}`);
  }
  const order = utf8Order(names, joined);
  const hex = Buffer.from(digests.buffer, digests.byteOffset, digests.byteLength).toString("hex");
  const lines = new Array(names.length);
  for (let line = 0; line < names.length; line++) {
    const index = order === void 0 ? line : order[line];
    lines[line] = `${hex.slice(index * 2 * DIGEST_BYTES, (index + 1) * 2 * DIGEST_BYTES)}  ${prefix}${names[index]}
`;
  }
  return `h1:${createHash("sha256").update(lines.join("")).digest("base64")}`;
}
var SURROGATE = /[\uD800-\uDFFF]/;
function utf8Order(names, joined) {
  const indices = () => names.map((_, index) => index);
  if (!SURROGATE.test(joined)) {
    let sorted = true;
    for (let index = 1; index < names.length && sorted; index++) sorted = compareStrings(names[index - 1], names[index]) <= 0;
    return sorted ? void 0 : indices().sort((a, b) => compareStrings(names[a], names[b]));
  }
  const keys = names.map((name) => Buffer.from(name));
  return indices().sort((a, b) => Buffer.compare(keys[a], keys[b]));
}

// src/sumdb/hash-claimed-files.ts
var READ_BYTES = 256 * 1024;
var buffer;
var OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;
function hashFile(path, into) {
  buffer ??= Buffer.allocUnsafe(READ_BYTES);
  const fd = openSync(path, OPEN_FLAGS);
  try {
    const first = readSync(fd, buffer, 0, READ_BYTES, null);
    if (first < READ_BYTES) {
      into.set(hash("sha256", buffer.subarray(0, first), "buffer"));
      return;
    }
    const digest = createHash2("sha256").update(buffer);
    for (; ; ) {
      const read = readSync(fd, buffer, 0, READ_BYTES, null);
      if (read === 0) break;
      digest.update(buffer.subarray(0, read));
    }
    into.set(digest.digest());
  } finally {
    closeSync(fd);
  }
}
var ClaimedFileError = class extends Error {
  constructor(path, reason) {
    super(`cannot hash ${path}: ${reason}`);
    this.path = path;
    this.reason = reason;
  }
  path;
  reason;
};
function hashClaimedFiles(job, until = () => false) {
  const next = new Int32Array(job.next);
  const digests = new Uint8Array(job.digests);
  do {
    const index = Atomics.add(next, 0, 1);
    if (index >= job.paths.length) return true;
    const path = job.paths[index];
    try {
      hashFile(path, digests.subarray(index * DIGEST_BYTES, (index + 1) * DIGEST_BYTES));
    } catch (error) {
      Atomics.store(next, 0, job.paths.length);
      throw new ClaimedFileError(path, error.code ?? error.message);
    }
  } while (!until());
  return false;
}

export {
  DIGEST_BYTES,
  hash1,
  hash1OfDigests,
  hashClaimedFiles
};
//# sourceMappingURL=chunk-DSHWCFDF.js.map
