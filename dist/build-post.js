import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  removeJobBuilderFromState
} from "./chunk-QO2G6B5L.js";
import "./chunk-OIZN36WV.js";
import "./chunk-EYQVFZ2G.js";
import "./chunk-6SVKKH72.js";
import "./chunk-J27SYFL5.js";

// src/build-post.ts
await removeJobBuilderFromState();
//# sourceMappingURL=build-post.js.map
