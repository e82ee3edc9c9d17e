import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  removeJobBuilderFromState
} from "./chunk-PIFPU7MM.js";
import "./chunk-USSYQ7N4.js";
import "./chunk-UUH7NTXT.js";
import "./chunk-YQMGHQ5S.js";
import "./chunk-BM5O3AMR.js";
import "./chunk-J27SYFL5.js";

// src/build-post.ts
await removeJobBuilderFromState();
//# sourceMappingURL=build-post.js.map
