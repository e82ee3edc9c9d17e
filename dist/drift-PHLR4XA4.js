import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  runDriftPhase
} from "./chunk-YGVR3AZ3.js";
import "./chunk-ROGAT56K.js";
import "./chunk-6ISBL5ME.js";
import "./chunk-64B3WNUZ.js";
import "./chunk-NLEAGNMU.js";
import "./chunk-TQ4ZRQK3.js";
import "./chunk-N7VZR5QC.js";
import "./chunk-K6YPAQYX.js";
export {
  runDriftPhase
};
//# sourceMappingURL=drift-PHLR4XA4.js.map
