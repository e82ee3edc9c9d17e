import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  restoreCaches
} from "./chunk-BJ4PJFF6.js";
import "./chunk-PDPHIZ2I.js";
import "./chunk-XFXSACXI.js";
import "./chunk-3WPIR4D7.js";
import "./chunk-KMNBZRXU.js";
import "./chunk-MYHJHFEH.js";
import "./chunk-J27SYFL5.js";
export {
  restoreCaches
};
//# sourceMappingURL=restore-DPYPAGVY.js.map
