import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  removeJobBuilderFromState
} from "./chunk-5RTYPE2B.js";
import "./chunk-XXJCEHPZ.js";
import "./chunk-5WNR5G53.js";
import "./chunk-J27SYFL5.js";

// src/build-post.ts
await removeJobBuilderFromState();
//# sourceMappingURL=build-post.js.map
