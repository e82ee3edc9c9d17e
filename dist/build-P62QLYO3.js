import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  runBuildPhase
} from "./chunk-PGSSN3DG.js";
import "./chunk-RWJGUBIK.js";
import "./chunk-2YTLPP3V.js";
import "./chunk-U6D636WC.js";
import "./chunk-WBGLODKM.js";
import "./chunk-CTTLFQ52.js";
import "./chunk-UG6VY2RL.js";
import "./chunk-GTGMILQT.js";
import "./chunk-YQMGHQ5S.js";
import "./chunk-NBMMN6Z4.js";
import "./chunk-MYHJHFEH.js";
import "./chunk-XGH6ETTA.js";
import "./chunk-J27SYFL5.js";
export {
  runBuildPhase
};
//# sourceMappingURL=build-P62QLYO3.js.map
