import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  runDriftPhase
} from "./chunk-WDMPPWAQ.js";
import "./chunk-CQSCB3DJ.js";
import "./chunk-3WPIR4D7.js";
import "./chunk-KMNBZRXU.js";
import "./chunk-OW2Y2QBK.js";
import "./chunk-3L4ZV4KV.js";
import "./chunk-UZWOPRO6.js";
import "./chunk-NBMMN6Z4.js";
import "./chunk-MYHJHFEH.js";
import "./chunk-J27SYFL5.js";
export {
  runDriftPhase
};
//# sourceMappingURL=drift-YGIYUA26.js.map
