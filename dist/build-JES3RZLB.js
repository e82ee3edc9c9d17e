import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  runBuildPhase
} from "./chunk-NYAEHKEK.js";
import "./chunk-KDDNMIUD.js";
import "./chunk-6ISBL5ME.js";
import "./chunk-NEOLH4GP.js";
import "./chunk-XGH6ETTA.js";
import "./chunk-K6YPAQYX.js";
export {
  runBuildPhase
};
//# sourceMappingURL=build-JES3RZLB.js.map
