import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  runDriftPhase
} from "./chunk-JRVO6MGP.js";
import "./chunk-RZ4XXYW2.js";
import "./chunk-CQSCB3DJ.js";
import "./chunk-UUH7NTXT.js";
import "./chunk-YQMGHQ5S.js";
import "./chunk-MOOR5XHU.js";
import "./chunk-XVOD6XAE.js";
import "./chunk-NNFJ34CN.js";
import "./chunk-FAKZ4MPP.js";
import "./chunk-NBMMN6Z4.js";
import "./chunk-MYHJHFEH.js";
import "./chunk-BM5O3AMR.js";
import "./chunk-J27SYFL5.js";
export {
  runDriftPhase
};
//# sourceMappingURL=drift-ZBPKRGB6.js.map
