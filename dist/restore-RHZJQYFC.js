import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  restoreCaches
} from "./chunk-JWKE5Y4T.js";
import "./chunk-PDPHIZ2I.js";
import "./chunk-XFXSACXI.js";
import "./chunk-GTGMILQT.js";
import "./chunk-YQMGHQ5S.js";
import "./chunk-MYHJHFEH.js";
import "./chunk-J27SYFL5.js";
export {
  restoreCaches
};
//# sourceMappingURL=restore-RHZJQYFC.js.map
