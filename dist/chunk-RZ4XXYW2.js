import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);

// src/shared/path-inside.ts
import { isAbsolute, relative, resolve } from "node:path";
function isInside(child, parent) {
  const path = relative(resolve(parent), resolve(child));
  return path === "" || !path.startsWith("..") && !isAbsolute(path);
}

export {
  isInside
};
//# sourceMappingURL=chunk-RZ4XXYW2.js.map
