import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  runDriftPhase
} from "./chunk-MLAHW6QN.js";
import "./chunk-TPILC3OJ.js";
import "./chunk-CQSCB3DJ.js";
import "./chunk-26IYKK3F.js";
import "./chunk-YQMGHQ5S.js";
import "./chunk-6DZATSVM.js";
import "./chunk-XVOD6XAE.js";
import "./chunk-FAKZ4MPP.js";
import "./chunk-NNFJ34CN.js";
import "./chunk-NBMMN6Z4.js";
import "./chunk-MYHJHFEH.js";
import "./chunk-BM5O3AMR.js";
import "./chunk-J27SYFL5.js";
export {
  runDriftPhase
};
//# sourceMappingURL=drift-ZEKO7ZQH.js.map
