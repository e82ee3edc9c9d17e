import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  restoreCaches
} from "./chunk-LSOO4UHF.js";
import "./chunk-XFXSACXI.js";
import "./chunk-CRN7QAMO.js";
import "./chunk-PDPHIZ2I.js";
import "./chunk-CQSCB3DJ.js";
import "./chunk-OIZN36WV.js";
import "./chunk-EYQVFZ2G.js";
import "./chunk-6SVKKH72.js";
import "./chunk-MYHJHFEH.js";
import "./chunk-J27SYFL5.js";
export {
  restoreCaches
};
//# sourceMappingURL=restore-ATFO2NKH.js.map
