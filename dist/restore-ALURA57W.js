import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  restoreCaches
} from "./chunk-GCFB5P3R.js";
import "./chunk-T2S7VCH7.js";
import "./chunk-OYWHTCNH.js";
import "./chunk-S2YB5L7J.js";
import "./chunk-XXJCEHPZ.js";
import "./chunk-5WNR5G53.js";
import "./chunk-J27SYFL5.js";
export {
  restoreCaches
};
//# sourceMappingURL=restore-ALURA57W.js.map
