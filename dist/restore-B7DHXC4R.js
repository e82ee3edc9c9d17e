import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  restoreCaches
} from "./chunk-5W3HB45N.js";
import "./chunk-PVVD4IJK.js";
import "./chunk-26IYKK3F.js";
import "./chunk-YQMGHQ5S.js";
import "./chunk-MYHJHFEH.js";
import "./chunk-BM5O3AMR.js";
import "./chunk-J27SYFL5.js";
export {
  restoreCaches
};
//# sourceMappingURL=restore-B7DHXC4R.js.map
