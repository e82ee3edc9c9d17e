import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  Docker
} from "./chunk-TELCX5JW.js";
import "./chunk-WSUXDD34.js";
import "./chunk-VND7MUPG.js";
import "./chunk-2IXXVKN5.js";
import "./chunk-DWG5MND4.js";
import "./chunk-WM7KHEVL.js";
import "./chunk-CLOEEFTM.js";
import "./chunk-UG6VY2RL.js";
import "./chunk-KMNBZRXU.js";
import "./chunk-J27SYFL5.js";
export {
  Docker
};
//# sourceMappingURL=docker-YRWFMHTY.js.map
