import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  runDriftPhase
} from "./chunk-DQFJL2TX.js";
import "./chunk-CQSCB3DJ.js";
import {
  existingDirectory
} from "./chunk-W6U4YIKI.js";
import {
  actionInputs,
  workspaceDirectory
} from "./chunk-RULQL3YI.js";
import {
  failWith
} from "./chunk-OIZN36WV.js";
import "./chunk-EYQVFZ2G.js";
import "./chunk-6SVKKH72.js";
import "./chunk-OW2Y2QBK.js";
import "./chunk-3L4ZV4KV.js";
import "./chunk-UZWOPRO6.js";
import "./chunk-NBMMN6Z4.js";
import "./chunk-MYHJHFEH.js";
import "./chunk-J27SYFL5.js";

// src/inputs/drift.ts
function parseDriftInputs(read, workspace) {
  return {
    workingDirectory: existingDirectory("working-directory", read.path("working-directory", "."), workspace),
    mode: read.choice("mode", ["warn", "error"], "error"),
    ignore: read.list("ignore", { max: 16384 })
  };
}

// src/drift-main.ts
try {
  await runDriftPhase(parseDriftInputs(actionInputs(), workspaceDirectory()));
} catch (error) {
  failWith(error);
}
//# sourceMappingURL=drift-main.js.map
