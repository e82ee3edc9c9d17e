import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  removeJobBuilderFromState
} from "./chunk-HNLSAA5S.js";
import "./chunk-ROGAT56K.js";
import "./chunk-6ISBL5ME.js";
import "./chunk-K6YPAQYX.js";

// src/build-post.ts
await removeJobBuilderFromState();
//# sourceMappingURL=build-post.js.map
