import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  runBuildPhase
} from "./chunk-TSDEYQT4.js";
import "./chunk-NDA52OJJ.js";
import "./chunk-S4H7VIOM.js";
import "./chunk-X5FJGOJB.js";
import "./chunk-CFGINUAJ.js";
import "./chunk-CTTLFQ52.js";
import "./chunk-UG6VY2RL.js";
import "./chunk-TPILC3OJ.js";
import "./chunk-26IYKK3F.js";
import "./chunk-YQMGHQ5S.js";
import "./chunk-NBMMN6Z4.js";
import "./chunk-MYHJHFEH.js";
import "./chunk-BM5O3AMR.js";
import "./chunk-XGH6ETTA.js";
import "./chunk-J27SYFL5.js";
export {
  runBuildPhase
};
//# sourceMappingURL=build-6WIYMMHE.js.map
