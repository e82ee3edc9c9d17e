import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  Docker
} from "./chunk-TZF5DIQ5.js";
import "./chunk-3HGZWJPC.js";
import "./chunk-D4H6AP7H.js";
import "./chunk-UX5KDH27.js";
import "./chunk-DWG5MND4.js";
import "./chunk-WM7KHEVL.js";
import "./chunk-CLOEEFTM.js";
import "./chunk-UG6VY2RL.js";
import "./chunk-YQMGHQ5S.js";
import "./chunk-J27SYFL5.js";
export {
  Docker
};
//# sourceMappingURL=docker-55RIFHO2.js.map
