import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  runBuildPhase
} from "./chunk-4QYGQRZE.js";
import "./chunk-7YSXQFWM.js";
import "./chunk-3BBOXSNB.js";
import "./chunk-YPATXIHC.js";
import "./chunk-6ISBL5ME.js";
import "./chunk-NEOLH4GP.js";
import "./chunk-XGH6ETTA.js";
import "./chunk-K6YPAQYX.js";
export {
  runBuildPhase
};
//# sourceMappingURL=build-K4CXQNDO.js.map
