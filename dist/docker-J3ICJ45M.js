import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  Docker
} from "./chunk-6BR2PM4E.js";
import "./chunk-J4GNQLPE.js";
import "./chunk-NKBNOVAI.js";
import "./chunk-JOCCUHAM.js";
import "./chunk-OYWHTCNH.js";
import "./chunk-J3MAT2XL.js";
import "./chunk-5WNR5G53.js";
import "./chunk-J27SYFL5.js";
export {
  Docker
};
//# sourceMappingURL=docker-J3ICJ45M.js.map
