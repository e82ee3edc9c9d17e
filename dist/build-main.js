import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  parseBuildInputs
} from "./chunk-MAXRPYO5.js";
import {
  runBuildPhase
} from "./chunk-XNH2EQWZ.js";
import "./chunk-5UVVFJIR.js";
import "./chunk-S4H7VIOM.js";
import "./chunk-NG6JJXAN.js";
import "./chunk-NJ7FCBSR.js";
import "./chunk-CTTLFQ52.js";
import "./chunk-UG6VY2RL.js";
import "./chunk-YY7NEPDL.js";
import {
  actionInputs,
  workspaceDirectory
} from "./chunk-YX5WH3W7.js";
import {
  failWith
} from "./chunk-GTGMILQT.js";
import "./chunk-YQMGHQ5S.js";
import "./chunk-NBMMN6Z4.js";
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
