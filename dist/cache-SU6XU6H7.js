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
} from "./chunk-N4L6VBEH.js";
import "./chunk-EGEIOS4H.js";
import "./chunk-UX5KDH27.js";
import "./chunk-DWG5MND4.js";
import "./chunk-WM7KHEVL.js";
import "./chunk-CLOEEFTM.js";
import "./chunk-UG6VY2RL.js";
import "./chunk-YQMGHQ5S.js";
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
//# sourceMappingURL=cache-SU6XU6H7.js.map
