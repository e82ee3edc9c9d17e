import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  runBuildPhase
} from "./chunk-P3J74H2V.js";
import "./chunk-2YTLPP3V.js";
import "./chunk-U6D636WC.js";
import "./chunk-CTTLFQ52.js";
import {
  parseBuildInputs
} from "./chunk-KS4KQUVE.js";
import "./chunk-RWJGUBIK.js";
import "./chunk-WBGLODKM.js";
import "./chunk-J4TXHFWU.js";
import {
  actionInputs,
  workspaceDirectory
} from "./chunk-ZFK5XV4V.js";
import {
  failWith
} from "./chunk-XXJCEHPZ.js";
import "./chunk-5WNR5G53.js";
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
