import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  runDriftPhase
} from "./chunk-WZVOK57M.js";
import "./chunk-CQSCB3DJ.js";
import "./chunk-GTGMILQT.js";
import "./chunk-YQMGHQ5S.js";
import "./chunk-NVSMV75D.js";
import "./chunk-5MMKQCNC.js";
import "./chunk-UZWOPRO6.js";
import "./chunk-NBMMN6Z4.js";
import "./chunk-MYHJHFEH.js";
import "./chunk-J27SYFL5.js";
export {
  runDriftPhase
};
//# sourceMappingURL=drift-KI6GR5GT.js.map
