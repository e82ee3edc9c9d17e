import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  runBuildPhase
} from "./chunk-WJ4LFLHR.js";
import "./chunk-2YTLPP3V.js";
import "./chunk-U4UGGD7C.js";
import {
  parseBuildInputs
} from "./chunk-7U5FFEH5.js";
import "./chunk-NW6GH3JE.js";
import "./chunk-USZB6PXU.js";
import "./chunk-VFSTZKB7.js";
import {
  actionInputs,
  workspaceDirectory
} from "./chunk-GNZNQ3Q4.js";
import {
  failWith
} from "./chunk-XXJCEHPZ.js";
import "./chunk-5WNR5G53.js";
import "./chunk-N7VZR5QC.js";
import "./chunk-MYHJHFEH.js";
import "./chunk-XGH6ETTA.js";
import "./chunk-J27SYFL5.js";

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
