import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  removeJobBuilderFromState
} from "./chunk-GAWST3ER.js";
import "./chunk-3WPIR4D7.js";
import "./chunk-KMNBZRXU.js";
import "./chunk-J27SYFL5.js";

// src/build-post.ts
await removeJobBuilderFromState();
//# sourceMappingURL=build-post.js.map
