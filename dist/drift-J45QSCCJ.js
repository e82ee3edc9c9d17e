import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  runDriftPhase
} from "./chunk-YBVFRLJG.js";
import "./chunk-6ISBL5ME.js";
import "./chunk-CNJASA54.js";
import "./chunk-OQPKZYJC.js";
import "./chunk-HRB464SM.js";
import "./chunk-K6YPAQYX.js";
export {
  runDriftPhase
};
//# sourceMappingURL=drift-J45QSCCJ.js.map
