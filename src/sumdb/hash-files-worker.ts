// The worker half of FileHasher (hash-files.ts): claims the next path from the shared counter,
// hashes the file with large synchronous reads, writes the digest into shared memory.
import { createHash } from 'node:crypto';
import { closeSync, constants, openSync, readSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import type { HashFilesJob, HashFilesWorkerMessage } from './hash-files';

/**
 * Large enough that nearly every file of a Go tree takes one read, small enough that the bytes are
 * still in the core's cache when they are hashed (measured on a Go tree: 64 KiB to 1 MiB cost the
 * same CPU time, 4 MiB a third more).
 */
const READ_BYTES = 256 * 1024;
const buffer = Buffer.allocUnsafe(READ_BYTES);
// A link is refused, not followed: the tree is hashed as it is, and a release holds only regular
// files. Non-blocking, so that a FIFO planted in the tree fails instead of hanging the read.
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

function hashFile(path: string, into: Uint8Array): void {
  const fd = openSync(path, OPEN_FLAGS);
  try {
    const digest = createHash('sha256');
    for (;;) {
      const read = readSync(fd, buffer, 0, READ_BYTES, null);
      if (read === 0) break;
      digest.update(buffer.subarray(0, read));
    }
    into.set(digest.digest());
  } finally {
    closeSync(fd);
  }
}

parentPort!.on('message', (job: HashFilesJob) => {
  const next = new Int32Array(job.next);
  const digests = new Uint8Array(job.digests);
  let reply: HashFilesWorkerMessage = { kind: 'done' };
  for (let index = Atomics.add(next, 0, 1); index < job.paths.length; index = Atomics.add(next, 0, 1)) {
    const path = job.paths[index]!;
    try {
      hashFile(path, digests.subarray(index * 32, index * 32 + 32));
    } catch (error) {
      reply = { kind: 'failed', path, reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
      break;
    }
  }
  parentPort!.postMessage(reply);
});
