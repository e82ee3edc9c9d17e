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
} from "./chunk-WSUXDD34.js";
import "./chunk-VND7MUPG.js";
import "./chunk-2IXXVKN5.js";
import "./chunk-DWG5MND4.js";
import "./chunk-WM7KHEVL.js";
import "./chunk-CLOEEFTM.js";
import "./chunk-UG6VY2RL.js";
import "./chunk-KMNBZRXU.js";
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
//# sourceMappingURL=cache-ZQZLF53X.js.map
