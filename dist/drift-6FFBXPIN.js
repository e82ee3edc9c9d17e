import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  runDriftPhase
} from "./chunk-3S5ZEQNZ.js";
import "./chunk-CQSCB3DJ.js";
import "./chunk-XXJCEHPZ.js";
import "./chunk-5WNR5G53.js";
import "./chunk-7FQN3OI2.js";
import "./chunk-NLEAGNMU.js";
import "./chunk-TQ4ZRQK3.js";
import "./chunk-N7VZR5QC.js";
import "./chunk-MYHJHFEH.js";
import "./chunk-J27SYFL5.js";
export {
  runDriftPhase
};
//# sourceMappingURL=drift-6FFBXPIN.js.map
