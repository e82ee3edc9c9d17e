import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  hashClaimedFiles,
  newHashJob
} from "./chunk-VNSKBGDO.js";
import {
  goRootZipNaming,
  toolchainModuleVersion
} from "./chunk-JTIA7XNC.js";
import {
  Hash1Builder
} from "./chunk-UKWSVPRX.js";
import {
  takeHashThreads
} from "./chunk-IS4RGL6S.js";
import {
  compareStrings
} from "./chunk-MYHJHFEH.js";

// src/sumdb/tree-hash.ts
import { readdirSync } from "node:fs";
import { sep } from "node:path";

// src/sumdb/hash-files.ts
import { availableParallelism } from "node:os";
var SLICE_MS = 8;
var FileHashError = class extends Error {
  constructor(path, reason) {
    super(`cannot hash ${path}: ${reason}`);
    this.path = path;
  }
  path;
  name = "FileHashError";
};
var FileHasher = class {
  workers;
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
  async hash(rests, { base = "", progress } = {}) {
    const job = newHashJob(base, rests);
    try {
      await Promise.all([
        ...this.workers.map(
          (worker) => new Promise((resolve, reject) => {
            worker.once("message", (message) => {
              if (message.kind === "done") resolve();
              else reject(new FileHashError(message.path, message.reason));
            });
            worker.once("error", reject);
            worker.postMessage(job);
          })
        ),
        this.hashHere(job, progress)
      ]);
    } finally {
      this.close();
    }
    return Buffer.from(job.digests);
  }
  async hashHere(job, progress) {
    const digests = new Uint8Array(job.digests);
    const hashed = new Uint8Array(job.hashed);
    let upTo = 0;
    for (; ; ) {
      const sliceEnd = performance.now() + SLICE_MS;
      try {
        if (hashClaimedFiles(job, () => performance.now() >= sliceEnd)) return;
      } catch (error) {
        const failed = error;
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
  close() {
    for (const worker of this.workers) void worker.terminate();
  }
};

// src/sumdb/tree-hash.ts
var byKey = (a, b) => compareStrings(a.key, b.key);
async function hashTree(root, naming) {
  const hasher = new FileHasher();
  try {
    const names = [];
    const rests = [];
    const unexpected = [];
    const walk = (folder, zipFolder) => {
      const listed = [];
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        if (!entry.isDirectory()) listed.push({ key: naming.fileName(entry.name), entry });
        else if (zipFolder !== "" || !naming.leftOut.has(entry.name)) listed.push({ key: `${entry.name}/`, entry });
      }
      listed.sort(byKey);
      for (const { key, entry } of listed) {
        if (entry.isDirectory()) walk(folder + sep + entry.name, zipFolder + key);
        else if (entry.isFile()) {
          const name = zipFolder + key;
          names.push(name);
          rests.push(key === entry.name ? name : zipFolder + entry.name);
        } else unexpected.push(zipFolder + entry.name);
      }
    };
    walk(root, "");
    if (unexpected.length > 0) return { files: names.length, unexpected };
    const h1 = new Hash1Builder(names, naming.prefix);
    const digests = await hasher.hash(rests, { base: root + sep, progress: (known, upTo) => h1.feed(known, upTo) });
    return { h1: h1.digest(digests), files: names.length, unexpected };
  } finally {
    hasher.close();
  }
}

// src/install/routes/proxy/goroot-hash.ts
function startGoRootHash(goRoot, version, goos, goarch) {
  const moduleVersion = toolchainModuleVersion(version, goos, goarch);
  const tree = hashTree(goRoot, goRootZipNaming(moduleVersion));
  tree.catch(() => void 0);
  return { moduleVersion, tree };
}

export {
  startGoRootHash
};
//# sourceMappingURL=chunk-BBTO3QLS.js.map
