import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  Docker
} from "./chunk-CCHP4WFE.js";
import "./chunk-S334UFZI.js";
import "./chunk-AOVPXKZY.js";
import "./chunk-BZOURKAT.js";
import "./chunk-6ISBL5ME.js";
import "./chunk-K6YPAQYX.js";
export {
  Docker
};
//# sourceMappingURL=docker-HLV47JXK.js.map
