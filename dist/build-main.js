import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  runBuildPhase
} from "./chunk-BTLE6P56.js";
import "./chunk-2YTLPP3V.js";
import "./chunk-U6D636WC.js";
import "./chunk-CTTLFQ52.js";
import {
  parseBuildInputs
} from "./chunk-UF6LKIFA.js";
import "./chunk-RWJGUBIK.js";
import "./chunk-WBGLODKM.js";
import "./chunk-W6U4YIKI.js";
import {
  actionInputs,
  workspaceDirectory
} from "./chunk-RULQL3YI.js";
import {
  failWith
} from "./chunk-OIZN36WV.js";
import "./chunk-EYQVFZ2G.js";
import "./chunk-6SVKKH72.js";
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
