// SHA-256 of many files on every core. Worker threads (hash-files-worker.ts) and this thread claim
// files one at a time from a shared counter, so a few large binaries never leave a core idle;
// digests land in shared memory, so the only messages are the path list going out and one "done"
// per worker coming back. This thread hashes in slices between its other work (network answers):
// a thread takes tens of milliseconds to start, and this one is already running.
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { type ClaimedFileError, hashClaimedFiles, type HashFilesJob, newHashJob } from './hash-claimed-files';
import { takeHashThreads } from './hash-threads';

export type HashFilesWorkerMessage = { kind: 'done' } | { kind: 'failed'; path: string; reason: string };

/**
 * Told, between this thread's slices, that the files before `upTo` are hashed: their digests are
 * in `digests` (32 bytes each, in the order given). `upTo` only grows.
 */
export type HashProgress = (digests: Uint8Array, upTo: number) => void;

/** How long this thread hashes before it lets the event loop run. */
const SLICE_MS = 8;

export class FileHashError extends Error {
  override name = 'FileHashError';
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`cannot hash ${path}: ${reason}`);
  }
}

/**
 * A pool of hashing threads: prewarmed ones (hash-threads.ts), else started now, before the file
 * list is known, so that their start overlaps the directory walk. `hash` once, and the threads
 * end. A pool that will not be used must be closed.
 */
export class FileHasher {
  private readonly workers: Worker[];

  /** `threads` counts this one: a pool of N starts N - 1 workers. */
  constructor(threads = availableParallelism()) {
    this.workers = takeHashThreads(Math.max(1, threads) - 1);
  }

  /**
   * The SHA-256 of each file `base + rests[i]`, 32 bytes each in the order given. A tree's files
   * share its root as `base`: the whole paths are built as they are claimed, and do not outlive
   * their hashing. Rejects with FileHashError on the first unreadable file. `progress` hears of the
   * hashed files between slices.
   */
  async hash(rests: string[], { base = '', progress }: { base?: string; progress?: HashProgress } = {}): Promise<Buffer> {
    const job = newHashJob(base, rests);
    try {
      // The workers get the job first: this thread's first slice runs before the call returns.
      await Promise.all([
        ...this.workers.map(
          (worker) =>
            new Promise<void>((resolve, reject) => {
              worker.once('message', (message: HashFilesWorkerMessage) => {
                // A failing thread has already stopped the others from claiming files.
                if (message.kind === 'done') resolve();
                else reject(new FileHashError(message.path, message.reason));
              });
              worker.once('error', reject);
              worker.postMessage(job);
            }),
        ),
        this.hashHere(job, progress),
      ]);
    } finally {
      this.close();
    }
    return Buffer.from(job.digests);
  }

  private async hashHere(job: HashFilesJob, progress?: HashProgress): Promise<void> {
    const digests = new Uint8Array(job.digests);
    const hashed = new Uint8Array(job.hashed);
    let upTo = 0;
    for (;;) {
      const sliceEnd = performance.now() + SLICE_MS;
      try {
        if (hashClaimedFiles(job, () => performance.now() >= sliceEnd)) return;
      } catch (error) {
        const failed = error as ClaimedFileError;
        throw new FileHashError(failed.path, failed.reason);
      }
      if (progress) {
        const before = upTo;
        while (upTo < job.rests.length && Atomics.load(hashed, upTo) === 1) upTo++;
        if (upTo > before) progress(digests, upTo);
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** Ends the threads (after `hash`, or when the hashing is no longer wanted). */
  close(): void {
    for (const worker of this.workers) void worker.terminate();
  }
}
