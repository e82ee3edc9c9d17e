import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  runBuildPhase
} from "./chunk-WR5R6CAL.js";
import "./chunk-3STES4KD.js";
import {
  parseBuildInputs
} from "./chunk-RNCH3JGW.js";
import "./chunk-3BBOXSNB.js";
import "./chunk-DSHIWOU2.js";
import {
  actionInputs,
  workspaceDirectory
} from "./chunk-QKGUJ3SV.js";
import {
  failWith
} from "./chunk-ROGAT56K.js";
import "./chunk-6ISBL5ME.js";
import "./chunk-N7VZR5QC.js";
import "./chunk-XGH6ETTA.js";
import "./chunk-K6YPAQYX.js";

// src/build-main.ts
import { availableParallelism } from "node:os";
try {
  const outside = [];
  const options = parseBuildInputs(actionInputs(), availableParallelism(), { workspace: workspaceDirectory(), outside });
  await runBuildPhase(options, outside);
} catch (error) {
  failWith(error);
}
//# sourceMappingURL=build-main.js.map
