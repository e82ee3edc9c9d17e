import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  CACHE_READ_DENIED_PREFIX,
  CACHE_WRITE_DENIED_PREFIX,
  CacheReadDeniedError,
  CacheWriteDeniedError,
  FinalizeCacheError,
  ReserveCacheError,
  ValidationError,
  isFeatureAvailable,
  restoreCache,
  saveCache
} from "./chunk-JEUN5VUK.js";
import "./chunk-F3L57J2Q.js";
import "./chunk-EILSLXN3.js";
import "./chunk-DWG5MND4.js";
import "./chunk-CLOEEFTM.js";
import "./chunk-EYOV4RPM.js";
import "./chunk-UG6VY2RL.js";
import "./chunk-J27SYFL5.js";
export {
  CACHE_READ_DENIED_PREFIX,
  CACHE_WRITE_DENIED_PREFIX,
  CacheReadDeniedError,
  CacheWriteDeniedError,
  FinalizeCacheError,
  ReserveCacheError,
  ValidationError,
  isFeatureAvailable,
  restoreCache,
  saveCache
};
//# sourceMappingURL=cache-I33NQ6CF.js.map
