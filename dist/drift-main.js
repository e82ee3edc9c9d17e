import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  runDriftPhase
} from "./chunk-UAENMXRS.js";
import {
  getInput,
  setFailed
} from "./chunk-6ISBL5ME.js";
import "./chunk-H64GQPKC.js";
import "./chunk-3RIALWOI.js";
import "./chunk-UW2SFXIQ.js";
import "./chunk-NEOLH4GP.js";
import "./chunk-K6YPAQYX.js";

// src/drift-main.ts
function readMode() {
  const mode = getInput("mode") || "error";
  if (mode !== "warn" && mode !== "error") throw new Error(`input mode: expected warn or error, got ${JSON.stringify(mode)}`);
  return mode;
}
try {
  await runDriftPhase({
    workingDirectory: getInput("working-directory") || ".",
    mode: readMode(),
    ignore: getInput("ignore").split(/[\n,]/).map((glob) => glob.trim()).filter(Boolean)
  });
} catch (error) {
  setFailed(error instanceof Error ? error.message : String(error));
}
//# sourceMappingURL=drift-main.js.map
