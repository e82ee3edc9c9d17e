import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  runBuildPhase
} from "./chunk-UD6O32O3.js";
import "./chunk-KDDNMIUD.js";
import "./chunk-6ISBL5ME.js";
import "./chunk-XGH6ETTA.js";
import "./chunk-K6YPAQYX.js";
export {
  runBuildPhase
};
//# sourceMappingURL=build-R5X3ULAN.js.map
