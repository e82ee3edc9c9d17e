import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  runBuildPhase
} from "./chunk-S2CA7Q45.js";
import "./chunk-U4UGGD7C.js";
import "./chunk-2YTLPP3V.js";
import {
  parseBuildInputs
} from "./chunk-XJ5O7ECV.js";
import "./chunk-NW6GH3JE.js";
import "./chunk-USZB6PXU.js";
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
