import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  removeJobBuilderFromState
} from "./chunk-UILRZC76.js";
import "./chunk-UI3AEVGF.js";
import "./chunk-EYOV4RPM.js";
import "./chunk-UG6VY2RL.js";
import "./chunk-J27SYFL5.js";

// src/build-post.ts
await removeJobBuilderFromState();
//# sourceMappingURL=build-post.js.map
