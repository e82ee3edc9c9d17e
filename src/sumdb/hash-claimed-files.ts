// The hashing loop both kinds of thread run (the pool's threads, and the thread that owns the pool
// between its other work): claim the next path from the shared counter, hash the file with large
// synchronous reads, write the digest into shared memory.
import { createHash, hash } from 'node:crypto';
import { closeSync, constants, openSync, readSync } from 'node:fs';
import { DIGEST_BYTES } from './dirhash';

export interface HashFilesJob {
  /** What every path starts with: a tree's root and separator, or nothing. */
  base: string;
  /** The rest of each path: the whole path is `base + rest`, built when the file is claimed. */
  rests: string[];
  /** One Int32: the index of the next unclaimed path. */
  next: SharedArrayBuffer;
  /** DIGEST_BYTES per path, in path order. */
  digests: SharedArrayBuffer;
  /** One byte per path, set to 1 (atomically, after its digest) when the path is hashed. */
  hashed: SharedArrayBuffer;
}

/** A job over the paths `base + rests[i]`: nothing claimed, no digest yet. */
export function newHashJob(base: string, rests: string[]): HashFilesJob {
  return {
    base,
    rests,
    next: new SharedArrayBuffer(4),
    digests: new SharedArrayBuffer(rests.length * DIGEST_BYTES),
    hashed: new SharedArrayBuffer(rests.length),
  };
}

/**
 * Large enough that nearly every file of a Go tree takes one read, small enough that the bytes are
 * still in the core's cache when they are hashed (measured on a Go tree: 64 KiB to 1 MiB cost the
 * same CPU time, 4 MiB a third more).
 */
const READ_BYTES = 256 * 1024;
let buffer: Buffer | undefined;
// A link is refused, not followed: the tree is hashed as it is, and a release holds only regular
// files. Non-blocking, so that a FIFO planted in the tree fails instead of hanging the read.
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;
// A runner image's Go was unpacked weeks before: under relatime, the first read of each file
// would write its access time (an inode update per file, 12,000 of them). Linux only, and only
// for the files' owner (or root): anyone else gets EPERM, and this thread stops asking.
let noAtime: number = constants.O_NOATIME ?? 0;

function openForHashing(path: string): number {
  if (noAtime !== 0) {
    try {
      return openSync(path, OPEN_FLAGS | noAtime);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EPERM') throw error;
      noAtime = 0;
    }
  }
  return openSync(path, OPEN_FLAGS);
}

// A digest comes back as a 32-character 'binary' (latin1: a char per byte) string, written into the
// shared digests: a Buffer per file would be an ArrayBuffer per file for the collector to track and
// sweep (measured over a Go tree on one thread: 5% less CPU).
function hashFile(path: string, digests: Buffer, offset: number): void {
  buffer ??= Buffer.allocUnsafe(READ_BYTES);
  const fd = openForHashing(path);
  try {
    const first = readSync(fd, buffer, 0, READ_BYTES, null);
    if (first < READ_BYTES) {
      // Most files of a Go tree: one short read, so at the end (a local file is read to the count
      // asked or to its end; a read that stopped short otherwise would give a wrong digest, so a
      // mismatch, never a false match). One call hashes them, with no Hash object.
      digests.write(hash('sha256', buffer.subarray(0, first), 'binary'), offset, DIGEST_BYTES, 'binary');
      return;
    }
    const digest = createHash('sha256').update(buffer);
    for (;;) {
      const read = readSync(fd, buffer, 0, READ_BYTES, null);
      if (read === 0) break;
      digest.update(buffer.subarray(0, read));
    }
    digests.write(digest.digest('binary'), offset, DIGEST_BYTES, 'binary');
  } finally {
    closeSync(fd);
  }
}

export class ClaimedFileError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`cannot hash ${path}: ${reason}`);
  }
}

/**
 * Hashes claimed files until none is left (true) or `until` says to stop (false: call again to go
 * on). A file that cannot be read stops every thread (the counter jumps to the end) and throws.
 */
export function hashClaimedFiles(job: HashFilesJob, until: () => boolean = () => false): boolean {
  const next = new Int32Array(job.next);
  const digests = Buffer.from(job.digests);
  const hashed = new Uint8Array(job.hashed);
  do {
    const index = Atomics.add(next, 0, 1);
    if (index >= job.rests.length) return true;
    const path = job.base + job.rests[index]!;
    try {
      hashFile(path, digests, index * DIGEST_BYTES);
      // After the digest: whoever reads this flag atomically then sees the digest too.
      Atomics.store(hashed, index, 1);
    } catch (error) {
      Atomics.store(next, 0, job.rests.length);
      throw new ClaimedFileError(path, (error as NodeJS.ErrnoException).code ?? (error as Error).message);
    }
  } while (!until());
  return false;
}
