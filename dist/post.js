import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  saveCaches
} from "./chunk-3KSZYOL3.js";
import "./chunk-AOVPXKZY.js";
import "./chunk-RH7UVAXR.js";
import "./chunk-BZOURKAT.js";
import {
  warning
} from "./chunk-6ISBL5ME.js";
import "./chunk-K6YPAQYX.js";

// src/post.ts
try {
  await saveCaches();
} catch (error) {
  warning(`caches not saved: ${error.message}`);
}
//# sourceMappingURL=post.js.map
