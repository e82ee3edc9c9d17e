import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);

// src/sumdb/hash-files-worker.ts
import { createHash } from "node:crypto";
import { closeSync, constants, openSync, readSync } from "node:fs";
import { parentPort } from "node:worker_threads";
var READ_BYTES = 256 * 1024;
var buffer = Buffer.allocUnsafe(READ_BYTES);
var OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;
function hashFile(path, into) {
  const fd = openSync(path, OPEN_FLAGS);
  try {
    const digest = createHash("sha256");
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
parentPort.on("message", (job) => {
  const next = new Int32Array(job.next);
  const digests = new Uint8Array(job.digests);
  let reply = { kind: "done" };
  for (let index = Atomics.add(next, 0, 1); index < job.paths.length; index = Atomics.add(next, 0, 1)) {
    const path = job.paths[index];
    try {
      hashFile(path, digests.subarray(index * 32, index * 32 + 32));
    } catch (error) {
      reply = { kind: "failed", path, reason: error.code ?? error.message };
      break;
    }
  }
  parentPort.postMessage(reply);
});
//# sourceMappingURL=hash-files-worker.js.map
