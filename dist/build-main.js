import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  runBuildPhase
} from "./chunk-NYAEHKEK.js";
import "./chunk-KDDNMIUD.js";
import {
  setFailed
} from "./chunk-6ISBL5ME.js";
import "./chunk-NEOLH4GP.js";
import "./chunk-XGH6ETTA.js";
import "./chunk-K6YPAQYX.js";

// src/build-main.ts
try {
  await runBuildPhase();
} catch (error) {
  setFailed(error instanceof Error ? error.message : String(error));
}
//# sourceMappingURL=build-main.js.map
