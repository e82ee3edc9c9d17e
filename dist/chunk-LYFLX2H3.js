import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  InputError,
  shown
} from "./chunk-YX5WH3W7.js";

// src/inputs/workspace.ts
import { statSync } from "node:fs";
import { dirname, isAbsolute as isAbsolute2, resolve as resolve2 } from "node:path";

// src/shared/path-inside.ts
import { isAbsolute, relative, resolve } from "node:path";
function isInside(child, parent) {
  const path = relative(resolve(parent), resolve(child));
  return path === "" || !path.startsWith("..") && !isAbsolute(path);
}

// src/inputs/workspace.ts
function kindOf(path) {
  try {
    return statSync(path).isDirectory() ? "directory" : "other";
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT") return "missing";
    if (code === "ENOTDIR") return "other";
    throw error;
  }
}
function existingDirectory(input, value, base) {
  const absolute = resolve2(base, value);
  const kind = kindOf(absolute);
  if (kind === "missing") throw new InputError(input, `${shown(value)} does not exist (looked for ${absolute})`);
  if (kind === "other") throw new InputError(input, `${shown(value)} is not a directory (${absolute})`);
  return absolute;
}
function writableDirectory(input, value, context) {
  const absolute = resolve2(context.base, value);
  if (!isInside(absolute, context.workspace)) {
    if (!isAbsolute2(value)) {
      throw new InputError(
        input,
        `${shown(value)} leads outside the workspace (${absolute}); to write there deliberately, give an absolute path`
      );
    }
    context.outside.push({ input, path: absolute });
  }
  for (let path = absolute; ; path = dirname(path)) {
    const kind = kindOf(path);
    if (kind === "directory") break;
    if (kind === "other") throw new InputError(input, `${shown(value)}: ${path} exists and is not a directory`);
    if (dirname(path) === path) break;
  }
  return absolute;
}

export {
  isInside,
  existingDirectory,
  writableDirectory
};
//# sourceMappingURL=chunk-LYFLX2H3.js.map
