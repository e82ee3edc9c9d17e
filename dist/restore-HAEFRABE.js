import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  restoreCaches
} from "./chunk-HI7F5SIZ.js";
import "./chunk-PVVD4IJK.js";
import "./chunk-26IYKK3F.js";
import "./chunk-YQMGHQ5S.js";
import "./chunk-MYHJHFEH.js";
import "./chunk-BM5O3AMR.js";
import "./chunk-J27SYFL5.js";
export {
  restoreCaches
};
//# sourceMappingURL=restore-HAEFRABE.js.map
