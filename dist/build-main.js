import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  outsideWorkspaceMarkdown,
  parseBuildInputs
} from "./chunk-BJFLXDIA.js";
import {
  runBuildPhase
} from "./chunk-3JXV67MO.js";
import "./chunk-JUSVIITF.js";
import "./chunk-S4H7VIOM.js";
import "./chunk-O2ZPDTUX.js";
import "./chunk-NJ7FCBSR.js";
import "./chunk-CTTLFQ52.js";
import "./chunk-UG6VY2RL.js";
import "./chunk-LYFLX2H3.js";
import {
  actionInputs,
  workspaceDirectory
} from "./chunk-YX5WH3W7.js";
import {
  failWith
} from "./chunk-GTGMILQT.js";
import {
  summary
} from "./chunk-YQMGHQ5S.js";
import "./chunk-NBMMN6Z4.js";
import "./chunk-MYHJHFEH.js";
import "./chunk-XGH6ETTA.js";
import "./chunk-J27SYFL5.js";

// src/build-main.ts
import { availableParallelism } from "node:os";
try {
  const outside = [];
  const options = parseBuildInputs(actionInputs(), availableParallelism(), { workspace: workspaceDirectory(), outside });
  if (outside.length > 0) summary.addRaw(outsideWorkspaceMarkdown(outside));
  await runBuildPhase(options);
} catch (error) {
  failWith(error);
}
//# sourceMappingURL=build-main.js.map
