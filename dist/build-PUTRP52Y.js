import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  runBuildPhase
} from "./chunk-WJ4LFLHR.js";
import "./chunk-2YTLPP3V.js";
import "./chunk-U4UGGD7C.js";
import "./chunk-NW6GH3JE.js";
import "./chunk-USZB6PXU.js";
import "./chunk-XXJCEHPZ.js";
import "./chunk-5WNR5G53.js";
import "./chunk-N7VZR5QC.js";
import "./chunk-MYHJHFEH.js";
import "./chunk-XGH6ETTA.js";
import "./chunk-J27SYFL5.js";
export {
  runBuildPhase
};
//# sourceMappingURL=build-PUTRP52Y.js.map
