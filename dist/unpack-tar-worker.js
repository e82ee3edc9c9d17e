import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  describeArchiveError
} from "./chunk-P3IBRVJ2.js";
import {
  checkedUnpacker
} from "./chunk-SAINBFXQ.js";
import {
  ArchiveEntrySequence,
  entryPath
} from "./chunk-OF3SV2ZF.js";
import "./chunk-XGH6ETTA.js";
import "./chunk-J27SYFL5.js";

// src/archive/unpack-tar-worker.ts
import { posix } from "node:path";
import { pipeline } from "node:stream/promises";
import { parentPort, workerData } from "node:worker_threads";
import { createGunzip } from "node:zlib";
var LIMITS = {
  /** Go archives unpack to about 250 MB; anything far larger is not a Go release. */
  maxUnpackedBytes: 2 * 1024 ** 3,
  maxEntries: 1e5
};
function goArchiveRules(root2) {
  const sequence = new ArchiveEntrySequence(root2, LIMITS);
  return {
    judge(entry) {
      const reason = sequence.refuse(entry);
      if (reason) return reason;
      const linkpath = entry.kind === "hardlink" ? posix.normalize(entry.linkTarget ?? "") : entry.kind === "symlink" ? entry.linkTarget : void 0;
      return { path: entryPath(entry.name), linkpath };
    },
    maxStreamBytes: LIMITS.maxUnpackedBytes + 256 * 1024 ** 2,
    container: "gzip"
  };
}
var port = parentPort;
var { destination, root } = workerData;
var send = (message) => port.postMessage(message);
var gunzip = createGunzip({ chunkSize: 256 * 1024, writableHighWaterMark: 4 * 1024 * 1024 });
var unpackError;
var unpacking = pipeline(gunzip, checkedUnpacker(destination, goArchiveRules(root))).catch((error) => {
  unpackError ??= error.code?.startsWith("Z_") ? new Error(`not a valid .tar.gz: ${describeArchiveError(error)}`) : error;
  send({ kind: "failed" });
});
async function finish() {
  await unpacking;
  send({ kind: "done", error: unpackError?.message });
  port.close();
}
port.on("message", (request) => {
  if (request instanceof Uint8Array) {
    const chunk = Buffer.from(request.buffer, request.byteOffset, request.byteLength);
    if (unpackError || gunzip.destroyed) send({ kind: "consumed", bytes: chunk.length });
    else gunzip.write(chunk, () => send({ kind: "consumed", bytes: chunk.length }));
  } else if (request.kind === "end") {
    if (!gunzip.destroyed) gunzip.end();
    void finish();
  } else {
    unpackError ??= new Error("download failed");
    gunzip.destroy(unpackError);
    void finish();
  }
});
//# sourceMappingURL=unpack-tar-worker.js.map
