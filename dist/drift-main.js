import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  runDriftPhase
} from "./chunk-3S5ZEQNZ.js";
import "./chunk-CQSCB3DJ.js";
import {
  existingDirectory
} from "./chunk-VFSTZKB7.js";
import {
  actionInputs,
  workspaceDirectory
} from "./chunk-GNZNQ3Q4.js";
import {
  failWith
} from "./chunk-XXJCEHPZ.js";
import "./chunk-5WNR5G53.js";
import "./chunk-7FQN3OI2.js";
import "./chunk-NLEAGNMU.js";
import "./chunk-TQ4ZRQK3.js";
import "./chunk-N7VZR5QC.js";
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
