import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-X7OREOBU.js";

// src/inputs/cache.ts
var MAX_KEY_SUFFIX = 256;
var MAX_BRANCH_NAME = 255;
function parseCacheSave(read) {
  const mode = read.choice("cache-save", ["auto", "always", "never"], "auto");
  const branch = read.text("default-branch", { max: MAX_BRANCH_NAME });
  return branch ? { mode, runnerDefaultBranch: branch } : { mode };
}
function parseCacheInputs(read) {
  const keySuffix = read.text("cache-key-suffix", { max: MAX_KEY_SUFFIX });
  if (keySuffix.includes(",")) throw new InputError("cache-key-suffix", "may not hold a comma (cache keys cannot)");
  return {
    enabled: read.boolean("cache", true),
    // One glob per line: a comma is part of a glob ({a,b}).
    dependencyPath: read.list("cache-dependency-path", { lines: true, max: 16384 }),
    save: parseCacheSave(read),
    keySuffix
  };
}

export {
  parseCacheSave,
  parseCacheInputs
};
//# sourceMappingURL=chunk-444EMPVF.js.map
