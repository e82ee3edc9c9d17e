import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  restoreCaches
} from "./chunk-SN6A5DI2.js";
import "./chunk-E4AGFD7M.js";
import "./chunk-74LKF5P6.js";
import "./chunk-BZOURKAT.js";
import "./chunk-ROGAT56K.js";
import "./chunk-6ISBL5ME.js";
import "./chunk-K6YPAQYX.js";
export {
  restoreCaches
};
//# sourceMappingURL=restore-NCLTSVOB.js.map
