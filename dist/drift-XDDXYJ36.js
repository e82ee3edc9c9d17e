import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  runDriftPhase
} from "./chunk-7KHKDCFU.js";
import "./chunk-ROGAT56K.js";
import "./chunk-6ISBL5ME.js";
import "./chunk-H64GQPKC.js";
import "./chunk-3RIALWOI.js";
import "./chunk-UW2SFXIQ.js";
import "./chunk-NEOLH4GP.js";
import "./chunk-K6YPAQYX.js";
export {
  runDriftPhase
};
//# sourceMappingURL=drift-XDDXYJ36.js.map
