import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);

// src/sumdb/hash-threads.ts
import { availableParallelism } from "node:os";
import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
function startHashThread() {
  if (extname(fileURLToPath(import.meta.url)) !== ".ts") return new Worker(new URL("./hash-files-worker.js", import.meta.url));
  const source = new URL("./hash-files-worker.ts", import.meta.url).href;
  return new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(source)}); });`, {
    eval: true
  });
}
var prewarmed = [];
function prewarmHashThreads(start = startHashThread) {
  for (let count = availableParallelism() - 1 - prewarmed.length; count > 0; count--) {
    const thread = start();
    thread.unref();
    const leave = () => {
      const index = prewarmed.indexOf(thread);
      if (index !== -1) prewarmed.splice(index, 1);
    };
    thread.once("error", leave);
    thread.once("exit", leave);
    prewarmed.push(thread);
  }
}
function takeHashThreads(count) {
  const taken = prewarmed.splice(0, count);
  for (const thread of taken) thread.ref();
  while (taken.length < count) taken.push(startHashThread());
  return taken;
}

export {
  prewarmHashThreads,
  takeHashThreads
};
//# sourceMappingURL=chunk-IS4RGL6S.js.map
