import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  runDriftPhase
} from "./chunk-K7VTC74T.js";
import "./chunk-XXJCEHPZ.js";
import "./chunk-5WNR5G53.js";
import "./chunk-M2ZHTT4A.js";
import "./chunk-NLEAGNMU.js";
import "./chunk-TQ4ZRQK3.js";
import "./chunk-N7VZR5QC.js";
import "./chunk-J27SYFL5.js";
export {
  runDriftPhase
};
//# sourceMappingURL=drift-ALQOKZSM.js.map
