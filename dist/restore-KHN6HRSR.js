import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  restoreCaches
} from "./chunk-JBQNPTWM.js";
import "./chunk-HUQ5MHG4.js";
import "./chunk-OYWHTCNH.js";
import "./chunk-PDPHIZ2I.js";
import "./chunk-CQSCB3DJ.js";
import "./chunk-XXJCEHPZ.js";
import "./chunk-5WNR5G53.js";
import "./chunk-MYHJHFEH.js";
import "./chunk-J27SYFL5.js";
export {
  restoreCaches
};
//# sourceMappingURL=restore-KHN6HRSR.js.map
