import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  runDriftPhase
} from "./chunk-YGVR3AZ3.js";
import {
  existingDirectory
} from "./chunk-DSHIWOU2.js";
import {
  actionInputs,
  workspaceDirectory
} from "./chunk-QKGUJ3SV.js";
import {
  failWith
} from "./chunk-ROGAT56K.js";
import "./chunk-6ISBL5ME.js";
import "./chunk-64B3WNUZ.js";
import "./chunk-NLEAGNMU.js";
import "./chunk-TQ4ZRQK3.js";
import "./chunk-N7VZR5QC.js";
import "./chunk-K6YPAQYX.js";

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
