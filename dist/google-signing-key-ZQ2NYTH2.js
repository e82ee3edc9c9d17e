import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  GOOGLE_SIGNING_KEY,
  GOOGLE_SIGNING_KEY_FINGERPRINT
} from "./chunk-MIUNYTDN.js";
import "./chunk-J27SYFL5.js";
export {
  GOOGLE_SIGNING_KEY,
  GOOGLE_SIGNING_KEY_FINGERPRINT
};
//# sourceMappingURL=google-signing-key-ZQ2NYTH2.js.map
