import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  restoreCaches
} from "./chunk-RYN7IR3A.js";
import "./chunk-AZ4FC2XX.js";
import "./chunk-S2YB5L7J.js";
import "./chunk-YPATXIHC.js";
import "./chunk-6ISBL5ME.js";
import "./chunk-K6YPAQYX.js";
export {
  restoreCaches
};
//# sourceMappingURL=restore-5CVLIB2H.js.map
