import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  hashClaimedFiles
} from "./chunk-VNSKBGDO.js";
import "./chunk-UKWSVPRX.js";
import "./chunk-MYHJHFEH.js";
import "./chunk-J27SYFL5.js";

// src/sumdb/hash-files-worker.ts
import { parentPort } from "node:worker_threads";
parentPort.on("message", (job) => {
  let reply = { kind: "done" };
  try {
    hashClaimedFiles(job);
  } catch (error) {
    const failed = error;
    reply = { kind: "failed", path: failed.path, reason: failed.reason };
  }
  parentPort.postMessage(reply);
});
//# sourceMappingURL=hash-files-worker.js.map
