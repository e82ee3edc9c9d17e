import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);

// src/sumdb/hash-claimed-files.ts
import { createHash, hash } from "node:crypto";
import { closeSync, constants, openSync, readSync } from "node:fs";
var DIGEST_BYTES = 32;
var READ_BYTES = 256 * 1024;
var buffer;
var OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;
function hashFile(path, into) {
  buffer ??= Buffer.allocUnsafe(READ_BYTES);
  const fd = openSync(path, OPEN_FLAGS);
  try {
    const first = readSync(fd, buffer, 0, READ_BYTES, null);
    let read = first < READ_BYTES ? readSync(fd, buffer, first, READ_BYTES - first, null) : -1;
    if (read === 0) {
      into.set(hash("sha256", buffer.subarray(0, first), "buffer"));
      return;
    }
    const digest = createHash("sha256").update(buffer.subarray(0, first));
    if (read > 0) digest.update(buffer.subarray(first, first + read));
    for (; ; ) {
      read = readSync(fd, buffer, 0, READ_BYTES, null);
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
  hashClaimedFiles
};
//# sourceMappingURL=chunk-YDENMX3S.js.map
