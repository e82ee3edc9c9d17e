import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  parseBuildInputs
} from "./chunk-PZMUX4GT.js";
import {
  runBuildPhase
} from "./chunk-JMOH4YMA.js";
import "./chunk-RWJGUBIK.js";
import "./chunk-2YTLPP3V.js";
import "./chunk-U6D636WC.js";
import "./chunk-WBGLODKM.js";
import "./chunk-CTTLFQ52.js";
import "./chunk-UG6VY2RL.js";
import "./chunk-JEY2OUFW.js";
import {
  actionInputs,
  workspaceDirectory
} from "./chunk-DDJHVL4H.js";
import {
  failWith
} from "./chunk-3WPIR4D7.js";
import "./chunk-KMNBZRXU.js";
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
