import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  DIGEST_BYTES
} from "./chunk-UKWSVPRX.js";

// src/sumdb/hash-claimed-files.ts
import { createHash, hash } from "node:crypto";
import { closeSync, constants, openSync, readSync } from "node:fs";
function newHashJob(base, rests) {
  return {
    base,
    rests,
    next: new SharedArrayBuffer(4),
    digests: new SharedArrayBuffer(rests.length * DIGEST_BYTES),
    hashed: new SharedArrayBuffer(rests.length)
  };
}
var READ_BYTES = 256 * 1024;
var buffer;
var OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;
var noAtime = constants.O_NOATIME ?? 0;
function openForHashing(path) {
  if (noAtime !== 0) {
    try {
      return openSync(path, OPEN_FLAGS | noAtime);
    } catch (error) {
      if (error.code !== "EPERM") throw error;
      noAtime = 0;
    }
  }
  return openSync(path, OPEN_FLAGS);
}
function hashFile(path, digests, offset) {
  buffer ??= Buffer.allocUnsafe(READ_BYTES);
  const fd = openForHashing(path);
  try {
    const first = readSync(fd, buffer, 0, READ_BYTES, null);
    if (first < READ_BYTES) {
      digests.write(hash("sha256", buffer.subarray(0, first), "binary"), offset, DIGEST_BYTES, "binary");
      return;
    }
    const digest = createHash("sha256").update(buffer);
    for (; ; ) {
      const read = readSync(fd, buffer, 0, READ_BYTES, null);
      if (read === 0) break;
      digest.update(buffer.subarray(0, read));
    }
    digests.write(digest.digest("binary"), offset, DIGEST_BYTES, "binary");
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
  const digests = Buffer.from(job.digests);
  const hashed = new Uint8Array(job.hashed);
  do {
    const index = Atomics.add(next, 0, 1);
    if (index >= job.rests.length) return true;
    const path = job.base + job.rests[index];
    try {
      hashFile(path, digests, index * DIGEST_BYTES);
      Atomics.store(hashed, index, 1);
    } catch (error) {
      Atomics.store(next, 0, job.rests.length);
      throw new ClaimedFileError(path, error.code ?? error.message);
    }
  } while (!until());
  return false;
}

export {
  newHashJob,
  hashClaimedFiles
};
//# sourceMappingURL=chunk-VNSKBGDO.js.map
