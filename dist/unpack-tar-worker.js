import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  rt
} from "./chunk-XGH6ETTA.js";
import {
  refuseArchiveEntry
} from "./chunk-YSBEHQ3O.js";
import "./chunk-K6YPAQYX.js";

// src/install/unpack-tar-worker.ts
import { spawn } from "node:child_process";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parentPort, workerData } from "node:worker_threads";
import { createGunzip } from "node:zlib";
var MAX_UNPACKED_BYTES = 2 * 1024 ** 3;
var MAX_ENTRIES = 1e5;
var UNPACK_QUEUE_BYTES = 64 * 1024 ** 2;
var KIND_BY_TAR_TYPE = {
  File: "file",
  OldFile: "file",
  ContiguousFile: "file",
  Directory: "directory",
  SymbolicLink: "symlink",
  Link: "hardlink"
};
function tarHeaderGuard(root2) {
  let violation;
  let entries = 0;
  let unpacked = 0;
  const parser = new rt({
    strict: true,
    onReadEntry: (entry) => {
      entries++;
      unpacked += entry.size;
      const reason = refuseArchiveEntry({ name: entry.path, kind: KIND_BY_TAR_TYPE[entry.type] ?? "other", linkTarget: entry.linkpath }, root2) ?? (entries > MAX_ENTRIES ? `archive has more than ${MAX_ENTRIES} entries` : void 0) ?? (unpacked > MAX_UNPACKED_BYTES ? `archive unpacks to more than ${MAX_UNPACKED_BYTES} bytes` : void 0);
      if (reason && !violation) violation = new Error(`refusing archive: ${reason}`);
      entry.resume();
    }
  });
  parser.on("error", (error) => {
    violation ??= new Error(`refusing archive: malformed tar: ${error.message}`);
  });
  return new Transform({
    // Room for decompressed data to queue while tar waits on the disk, so that decompression
    // (the slowest stage) never has to wait for it.
    readableHighWaterMark: UNPACK_QUEUE_BYTES,
    transform(chunk, _encoding, callback) {
      parser.write(chunk);
      callback(violation, violation ? void 0 : chunk);
    },
    flush(callback) {
      parser.end();
      callback(violation);
    }
  });
}
var port = parentPort;
var { destination, root } = workerData;
var send = (message) => port.postMessage(message);
var tar = spawn("tar", ["-x", "-f", "-", "-C", destination, "--no-same-owner"], { stdio: ["pipe", "ignore", "pipe"] });
var tarStderr = [];
tar.stderr.on("data", (chunk) => tarStderr.push(chunk));
var tarExit = new Promise((resolve) => {
  tar.on("error", () => resolve(-1));
  tar.on("close", (code) => resolve(code ?? 1));
});
var gunzip = createGunzip({ chunkSize: 256 * 1024, writableHighWaterMark: 4 * 1024 * 1024 });
var unpackError;
var unpacking = pipeline(gunzip, tarHeaderGuard(root), tar.stdin).catch((error) => {
  unpackError ??= error;
  tar.kill("SIGKILL");
  send({ kind: "failed" });
});
async function finish() {
  await unpacking;
  const code = await tarExit;
  if (!unpackError && code !== 0) unpackError = new Error(`tar failed (exit ${code}): ${Buffer.concat(tarStderr).toString().trim()}`);
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
    gunzip.destroy();
    tar.kill("SIGKILL");
    void finish();
  }
});
//# sourceMappingURL=unpack-tar-worker.js.map
