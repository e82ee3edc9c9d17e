import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  checkedUnpacker
} from "./chunk-SAINBFXQ.js";
import {
  ArchiveEntrySequence,
  entryPath
} from "./chunk-OF3SV2ZF.js";
import "./chunk-XGH6ETTA.js";
import "./chunk-J27SYFL5.js";

// src/cache/unpack-worker.ts
import { spawn } from "node:child_process";
import { createReadStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import { parentPort, workerData } from "node:worker_threads";
import { createGunzip } from "node:zlib";

// src/cache/archive-rules.ts
var CACHE_ARCHIVE_LIMITS = { maxEntries: 2e6, maxUnpackedBytes: 64 * 1024 ** 3 };
var SET_ID_BITS = 3072;
function cacheArchiveRules(archive2, limits = CACHE_ARCHIVE_LIMITS) {
  const sequence = new ArchiveEntrySequence(`${archive2.root}/`, limits);
  const inside = archive2.prefix === "." ? "./" : `${archive2.prefix}/`;
  return {
    judge(entry) {
      const { name } = entry;
      if (name.startsWith("/") || /^[A-Za-z]:/.test(name)) return `absolute path in archive: ${name}`;
      if (name !== archive2.prefix && !name.startsWith(inside)) return `${name} is outside the ${archive2.label} (${archive2.prefix})`;
      if (entry.kind !== "file" && entry.kind !== "directory") {
        const what = entry.kind === "other" ? "a device, FIFO or other special file" : `a ${entry.kind === "hardlink" ? "hard link" : "symlink"} to ${entry.linkTarget}`;
        return `${name} is ${what}: a ${archive2.label} holds only files and folders`;
      }
      if (entry.mode & SET_ID_BITS) return `${name} has the setuid or setgid bit (mode ${(entry.mode & 4095).toString(8)})`;
      const staged = `${archive2.root}/${name.slice(inside.length)}`;
      const reason = sequence.refuse({ name: staged, kind: entry.kind, linkTarget: entry.linkTarget, size: entry.size });
      return reason ?? { path: entryPath(staged) };
    },
    maxStreamBytes: limits.maxUnpackedBytes + limits.maxEntries * 1536,
    container: archive2.container
  };
}

// src/cache/unpack-worker.ts
var { archive, destination, rules } = workerData;
function decompress() {
  if (rules.container === "gzip") {
    const tar = createReadStream(archive).pipe(createGunzip({ chunkSize: 256 * 1024 }));
    const failure2 = new Promise((resolve) => {
      tar.on("error", (error) => resolve(`not a valid gzip archive: ${error.message}`));
      tar.on("close", () => resolve(void 0));
    });
    return { tar, failure: failure2 };
  }
  const child = spawn("zstd", ["-d", "-c", "-q", "--no-progress", archive], { stdio: ["ignore", "pipe", "pipe"] });
  const stderr = [];
  child.stderr.on("data", (chunk) => stderr.push(chunk));
  const failure = new Promise((resolve) => {
    child.on("error", (error) => resolve(`zstd could not run: ${error.message}`));
    child.on("close", (code) => {
      const said = Buffer.concat(stderr).toString().trim();
      resolve(code === 0 ? void 0 : `not a valid zstd archive: ${said || `zstd exit ${code}`}`);
    });
  });
  return { tar: child.stdout, failure };
}
async function unpack() {
  const { tar, failure } = decompress();
  let tarEnded = false;
  tar.on("end", () => tarEnded = true);
  let stoppedReading = false;
  const unpacking = pipeline(tar, checkedUnpacker(destination, cacheArchiveRules(rules))).then(
    () => void 0,
    (error) => {
      stoppedReading = !tarEnded;
      return error.message;
    }
  );
  const [unpackError, decompressError] = await Promise.all([unpacking, failure]);
  return stoppedReading ? unpackError : decompressError ?? unpackError;
}
void unpack().then((error) => {
  parentPort.postMessage({ error });
  parentPort.close();
});
//# sourceMappingURL=unpack-worker.js.map
