import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);

// src/shared/slash-path.ts
import { relative, sep } from "node:path";
function relativeSlashPath(from, to) {
  return relative(from, to).split(sep).join("/");
}

export {
  relativeSlashPath
};
//# sourceMappingURL=chunk-CQSCB3DJ.js.map
