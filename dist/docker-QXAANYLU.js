import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  Docker
} from "./chunk-W43U4SMZ.js";
import "./chunk-S334UFZI.js";
import "./chunk-QSZWY4UR.js";
import "./chunk-AZ4FC2XX.js";
import "./chunk-BZOURKAT.js";
import "./chunk-6ISBL5ME.js";
import "./chunk-K6YPAQYX.js";
export {
  Docker
};
//# sourceMappingURL=docker-QXAANYLU.js.map
