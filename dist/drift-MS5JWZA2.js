import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  runDriftPhase
} from "./chunk-3WPW3VTZ.js";
import "./chunk-CQSCB3DJ.js";
import "./chunk-GTGMILQT.js";
import "./chunk-YQMGHQ5S.js";
import "./chunk-6F6UILQ2.js";
import "./chunk-3L4ZV4KV.js";
import "./chunk-UZWOPRO6.js";
import "./chunk-NBMMN6Z4.js";
import "./chunk-MYHJHFEH.js";
import "./chunk-J27SYFL5.js";
export {
  runDriftPhase
};
//# sourceMappingURL=drift-MS5JWZA2.js.map
