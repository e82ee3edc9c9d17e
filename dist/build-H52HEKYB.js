import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  runBuildPhase
} from "./chunk-3JXV67MO.js";
import "./chunk-JUSVIITF.js";
import "./chunk-S4H7VIOM.js";
import "./chunk-O2ZPDTUX.js";
import "./chunk-NJ7FCBSR.js";
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
//# sourceMappingURL=build-H52HEKYB.js.map
