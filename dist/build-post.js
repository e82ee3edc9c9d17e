import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  removeJobBuilderFromState
} from "./chunk-3XVOITOC.js";
import "./chunk-USSYQ7N4.js";
import "./chunk-GTGMILQT.js";
import "./chunk-YQMGHQ5S.js";
import "./chunk-J27SYFL5.js";

// src/build-post.ts
await removeJobBuilderFromState();
//# sourceMappingURL=build-post.js.map
