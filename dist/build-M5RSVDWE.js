import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  runBuildPhase
} from "./chunk-DJIXFXM2.js";
import "./chunk-3STES4KD.js";
import "./chunk-3BBOXSNB.js";
import "./chunk-ROGAT56K.js";
import "./chunk-6ISBL5ME.js";
import "./chunk-NEOLH4GP.js";
import "./chunk-XGH6ETTA.js";
import "./chunk-K6YPAQYX.js";
export {
  runBuildPhase
};
//# sourceMappingURL=build-M5RSVDWE.js.map
