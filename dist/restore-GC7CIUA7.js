import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  restoreCaches
} from "./chunk-7XKI5TPB.js";
import "./chunk-XFXSACXI.js";
import "./chunk-OYWHTCNH.js";
import "./chunk-PDPHIZ2I.js";
import "./chunk-CQSCB3DJ.js";
import "./chunk-XXJCEHPZ.js";
import "./chunk-5WNR5G53.js";
import "./chunk-MYHJHFEH.js";
import "./chunk-J27SYFL5.js";
export {
  restoreCaches
};
//# sourceMappingURL=restore-GC7CIUA7.js.map
