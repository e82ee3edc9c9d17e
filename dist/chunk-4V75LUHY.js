import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);

// src/cache/entry-path.ts
import { isAbsolute, relative, sep } from "node:path";
function archivedName(dir, workspace) {
  return relative(workspace, dir).split(sep).join("/") || ".";
}
function servicePath(dir, workspace) {
  const name = archivedName(dir, workspace);
  return name === ".." || name.startsWith("../") || isAbsolute(name) ? dir : name;
}

export {
  archivedName,
  servicePath
};
//# sourceMappingURL=chunk-4V75LUHY.js.map
