import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  Docker
} from "./chunk-BQD2V7QH.js";
import "./chunk-OX2DYTXV.js";
import "./chunk-MO3NIWS2.js";
import "./chunk-CRN7QAMO.js";
import "./chunk-EYQVFZ2G.js";
import "./chunk-6SVKKH72.js";
import "./chunk-J27SYFL5.js";
export {
  Docker
};
//# sourceMappingURL=docker-UXDYG5GT.js.map
