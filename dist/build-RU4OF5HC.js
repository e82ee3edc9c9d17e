import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  runBuildPhase
} from "./chunk-LRT6O23O.js";
import "./chunk-KDDNMIUD.js";
import "./chunk-XGH6ETTA.js";
import "./chunk-6ISBL5ME.js";
import "./chunk-K6YPAQYX.js";
export {
  runBuildPhase
};
//# sourceMappingURL=build-RU4OF5HC.js.map
