import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  runBuildPhase
} from "./chunk-S2CA7Q45.js";
import "./chunk-U4UGGD7C.js";
import "./chunk-2YTLPP3V.js";
import "./chunk-NW6GH3JE.js";
import "./chunk-USZB6PXU.js";
import "./chunk-ROGAT56K.js";
import "./chunk-6ISBL5ME.js";
import "./chunk-N7VZR5QC.js";
import "./chunk-XGH6ETTA.js";
import "./chunk-K6YPAQYX.js";
export {
  runBuildPhase
};
//# sourceMappingURL=build-T5BAMZ3C.js.map
