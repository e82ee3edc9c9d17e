import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  Docker
} from "./chunk-MVTXOY3I.js";
import "./chunk-S334UFZI.js";
import "./chunk-HT2XL23D.js";
import "./chunk-E4AGFD7M.js";
import "./chunk-BZOURKAT.js";
import "./chunk-6ISBL5ME.js";
import "./chunk-K6YPAQYX.js";
export {
  Docker
};
//# sourceMappingURL=docker-DAQLNZFY.js.map
