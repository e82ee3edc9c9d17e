import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  runDriftPhase
} from "./chunk-DQFJL2TX.js";
import "./chunk-CQSCB3DJ.js";
import "./chunk-OIZN36WV.js";
import "./chunk-EYQVFZ2G.js";
import "./chunk-6SVKKH72.js";
import "./chunk-OW2Y2QBK.js";
import "./chunk-3L4ZV4KV.js";
import "./chunk-UZWOPRO6.js";
import "./chunk-NBMMN6Z4.js";
import "./chunk-MYHJHFEH.js";
import "./chunk-J27SYFL5.js";
export {
  runDriftPhase
};
//# sourceMappingURL=drift-5YBWET57.js.map
