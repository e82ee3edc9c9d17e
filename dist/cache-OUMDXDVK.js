import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  restoreCaches,
  saveCaches
} from "./chunk-3KSZYOL3.js";
import "./chunk-AOVPXKZY.js";
import "./chunk-RH7UVAXR.js";
import "./chunk-BZOURKAT.js";
import "./chunk-6ISBL5ME.js";
import "./chunk-K6YPAQYX.js";
export {
  restoreCaches,
  saveCaches
};
//# sourceMappingURL=cache-OUMDXDVK.js.map
