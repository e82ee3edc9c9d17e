import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  runDriftPhase
} from "./chunk-JRVO6MGP.js";
import {
  existingDirectory
} from "./chunk-2MNAY5YP.js";
import "./chunk-RZ4XXYW2.js";
import "./chunk-CQSCB3DJ.js";
import {
  actionInputs,
  runningRepository,
  workspaceDirectory
} from "./chunk-X7OREOBU.js";
import {
  failStep
} from "./chunk-UUH7NTXT.js";
import "./chunk-YQMGHQ5S.js";
import "./chunk-MOOR5XHU.js";
import "./chunk-XVOD6XAE.js";
import "./chunk-NNFJ34CN.js";
import "./chunk-FAKZ4MPP.js";
import "./chunk-NBMMN6Z4.js";
import "./chunk-MYHJHFEH.js";
import "./chunk-BM5O3AMR.js";
import "./chunk-J27SYFL5.js";

// src/inputs/drift.ts
function parseDriftInputs(read, workspace, repository) {
  return {
    ...repository ? { repository } : {},
    workspace,
    workingDirectory: existingDirectory("working-directory", read.path("working-directory", "."), workspace),
    mode: read.choice("mode", ["warn", "error"], "error"),
    ignore: read.list("ignore", { max: 16384 })
  };
}

// src/drift-main.ts
try {
  await runDriftPhase(parseDriftInputs(actionInputs(), workspaceDirectory(), runningRepository()));
} catch (error) {
  await failStep("setup-go-golden/drift failed", error);
}
//# sourceMappingURL=drift-main.js.map
