// SHA-256 of many files on every core. Worker threads (hash-files-worker.ts) claim files one at a
// time from a shared counter, so a few large binaries never leave a core idle, and read each with
// large synchronous reads into a buffer they keep; digests land in shared memory, so the only
// messages are the path list going out and one "done" per worker coming back.
import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

export interface HashFilesJob {
  paths: string[];
  /** One Int32: the index of the next unclaimed path. */
  next: SharedArrayBuffer;
  /** 32 bytes per path, in path order. */
  digests: SharedArrayBuffer;
}

export type HashFilesWorkerMessage = { kind: 'done' } | { kind: 'failed'; path: string; reason: string };

const DIGEST_BYTES = 32;

export class FileHashError extends Error {
  override name = 'FileHashError';
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`cannot hash ${path}: ${reason}`);
  }
}

// Bundled, the worker sits beside this code as a .js file. Run from source (unit tests, benches) it
// is .ts, and the thread registers the TypeScript loader itself first (Node 20 threads do not run --import).
function startWorker(): Worker {
  if (extname(fileURLToPath(import.meta.url)) !== '.ts') return new Worker(new URL('./hash-files-worker.js', import.meta.url));
  const source = new URL('./hash-files-worker.ts', import.meta.url).href;
  return new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(source)}); });`, { eval: true });
}

/**
 * A pool of hashing threads. Start it before the file list is known (a thread takes a few
 * milliseconds to start, which then overlaps the directory walk); `hash` once, and the threads
 * end. A pool that will not be used must be closed.
 */
export class FileHasher {
  private readonly workers: Worker[];

  constructor(threads = availableParallelism()) {
    this.workers = Array.from({ length: Math.max(1, threads) }, startWorker);
  }

  /** Lowercase hex SHA-256 of each file, in the order given. Rejects with FileHashError on the first unreadable file. */
  async hash(paths: string[]): Promise<string[]> {
    const job: HashFilesJob = { paths, next: new SharedArrayBuffer(4), digests: new SharedArrayBuffer(paths.length * DIGEST_BYTES) };
    const next = new Int32Array(job.next);
    try {
      await Promise.all(
        this.workers.map(
          (worker) =>
            new Promise<void>((resolve, reject) => {
              worker.once('message', (message: HashFilesWorkerMessage) => {
                if (message.kind === 'done') return resolve();
                // The other threads stop claiming files; their answers no longer matter.
                Atomics.store(next, 0, paths.length);
                reject(new FileHashError(message.path, message.reason));
              });
              worker.once('error', reject);
              worker.postMessage(job);
            }),
        ),
      );
    } finally {
      this.close();
    }
    const digests = Buffer.from(job.digests);
    return paths.map((_, index) => digests.toString('hex', index * DIGEST_BYTES, (index + 1) * DIGEST_BYTES));
  }

  /** Ends the threads (after `hash`, or when the hashing is no longer wanted). */
  close(): void {
    for (const worker of this.workers) void worker.terminate();
  }
}
