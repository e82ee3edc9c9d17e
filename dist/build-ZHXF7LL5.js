import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  runBuildPhase
} from "./chunk-YABM3FGR.js";
import "./chunk-NDA52OJJ.js";
import "./chunk-L4CI2NMB.js";
import "./chunk-X5FJGOJB.js";
import "./chunk-CFGINUAJ.js";
import "./chunk-CTTLFQ52.js";
import "./chunk-PI6JENBU.js";
import "./chunk-DRZAVMTK.js";
import "./chunk-UG6VY2RL.js";
import "./chunk-RZ4XXYW2.js";
import "./chunk-UUH7NTXT.js";
import "./chunk-YQMGHQ5S.js";
import "./chunk-FAKZ4MPP.js";
import "./chunk-NBMMN6Z4.js";
import "./chunk-MYHJHFEH.js";
import "./chunk-BM5O3AMR.js";
import "./chunk-XGH6ETTA.js";
import "./chunk-J27SYFL5.js";
export {
  runBuildPhase
};
//# sourceMappingURL=build-ZHXF7LL5.js.map
