// The threads FileHasher (hash-files.ts) hashes on. A thread is slow to start on a small runner;
// started while the step's own code is still loading (see main.ts), it is ready when
// the walk ends instead of slowing the walk down. Imports nothing that loads slowly: it runs first.
import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

// Bundled, the worker sits beside this code as a .js file. Run from source (unit tests, benches) it
// is .ts, and the thread registers the TypeScript loader itself first (Node 20 threads do not run --import).
function startHashThread(): Worker {
  if (extname(fileURLToPath(import.meta.url)) !== '.ts') return new Worker(new URL('./hash-files-worker.js', import.meta.url));
  const source = new URL('./hash-files-worker.ts', import.meta.url).href;
  return new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(source)}); });`, {
    eval: true,
  });
}

/** Threads started ahead of use; unreferenced, so that unused ones do not keep the step alive. */
const prewarmed: Worker[] = [];

/**
 * One thread per core beside this one, started now for a FileHasher that may come. A thread that
 * fails or ends before it is taken leaves the pool quietly: the run may not need it, and a hasher
 * that does starts its own, whose failure it reports. (`start` is for tests.)
 */
export function prewarmHashThreads(start: () => Worker = startHashThread): void {
  for (let count = availableParallelism() - 1 - prewarmed.length; count > 0; count--) {
    const thread = start();
    thread.unref();
    const leave = () => {
      const index = prewarmed.indexOf(thread);
      if (index !== -1) prewarmed.splice(index, 1);
    };
    thread.once('error', leave);
    thread.once('exit', leave);
    prewarmed.push(thread);
  }
}

/** `count` threads: those prewarmed first, then new ones. */
export function takeHashThreads(count: number): Worker[] {
  const taken = prewarmed.splice(0, count);
  for (const thread of taken) thread.ref();
  while (taken.length < count) taken.push(startHashThread());
  return taken;
}
