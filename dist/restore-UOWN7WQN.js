import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  restoreCaches
} from "./chunk-JNJRFRY4.js";
import "./chunk-PDPHIZ2I.js";
import "./chunk-XFXSACXI.js";
import "./chunk-UI3AEVGF.js";
import "./chunk-EYOV4RPM.js";
import "./chunk-UG6VY2RL.js";
import "./chunk-MYHJHFEH.js";
import "./chunk-J27SYFL5.js";
export {
  restoreCaches
};
//# sourceMappingURL=restore-UOWN7WQN.js.map
