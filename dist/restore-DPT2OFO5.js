import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  restoreCaches
} from "./chunk-VFD2LHCL.js";
import "./chunk-RPPNSIBG.js";
import "./chunk-OYWHTCNH.js";
import "./chunk-S2YB5L7J.js";
import "./chunk-XXJCEHPZ.js";
import "./chunk-5WNR5G53.js";
import "./chunk-J27SYFL5.js";
export {
  restoreCaches
};
//# sourceMappingURL=restore-DPT2OFO5.js.map
