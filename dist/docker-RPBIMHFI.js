import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  Docker
} from "./chunk-EFGRDFB6.js";
import "./chunk-JEUN5VUK.js";
import "./chunk-F3L57J2Q.js";
import "./chunk-EILSLXN3.js";
import "./chunk-DWG5MND4.js";
import "./chunk-CLOEEFTM.js";
import "./chunk-EYOV4RPM.js";
import "./chunk-UG6VY2RL.js";
import "./chunk-J27SYFL5.js";
export {
  Docker
};
//# sourceMappingURL=docker-RPBIMHFI.js.map
