import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  restoreCaches
} from "./chunk-BMU4AZWS.js";
import "./chunk-AZ4FC2XX.js";
import "./chunk-RH7UVAXR.js";
import "./chunk-6ISBL5ME.js";
import "./chunk-K6YPAQYX.js";
export {
  restoreCaches
};
//# sourceMappingURL=restore-ZRRJC6AO.js.map
