import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  isInside
} from "./chunk-RZ4XXYW2.js";
import {
  relativeSlashPath
} from "./chunk-CQSCB3DJ.js";
import {
  InputError,
  shown
} from "./chunk-X7OREOBU.js";
import {
  notADirectoryBelow
} from "./chunk-NNFJ34CN.js";

// src/inputs/workspace.ts
import { lstatSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
var LINK_REFUSED = "is a symbolic link; the action follows no link in the workspace";
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
  const absolute = resolve(base, value);
  const kind = kindOf(absolute);
  if (kind === "missing") throw new InputError(input, `${shown(value)} does not exist (looked for ${absolute})`);
  if (kind === "other") throw new InputError(input, `${shown(value)} is not a directory (${absolute})`);
  return absolute;
}
function writableDirectory(input, value, context) {
  const absolute = resolve(context.base, value);
  if (isInside(absolute, context.workspace)) {
    refuseLinksBelow(input, value, context.workspace, absolute);
    return absolute;
  }
  if (!isAbsolute(value)) {
    throw new InputError(
      input,
      `${shown(value)} leads outside the workspace (${absolute}); to write there deliberately, give an absolute path`
    );
  }
  context.outside.push({ input, path: absolute });
  for (let path = absolute; ; path = dirname(path)) {
    const kind = kindOf(path);
    if (kind === "directory") break;
    if (kind === "other") throw new InputError(input, `${shown(value)}: ${path} exists and is not a directory`);
    if (dirname(path) === path) break;
  }
  return absolute;
}
function regularFileInWorkspace(input, value, context) {
  const absolute = resolve(context.base, value);
  if (!isInside(absolute, context.workspace)) return absolute;
  refuseLinksBelow(input, value, context.workspace, dirname(absolute));
  let info;
  try {
    info = lstatSync(absolute);
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new InputError(input, `${shown(value)} does not exist (looked for ${absolute})`);
    throw error;
  }
  if (info.isSymbolicLink()) throw new InputError(input, `${shown(value)}: ${absolute} ${LINK_REFUSED}`);
  if (!info.isFile()) throw new InputError(input, `${shown(value)}: ${absolute} is not a regular file`);
  return absolute;
}
function refuseLinksBelow(input, value, workspace, absolute) {
  const blocked = notADirectoryBelow(workspace, relativeSlashPath(workspace, absolute));
  if (!blocked) return;
  const path = join(resolve(workspace), blocked.at);
  throw new InputError(input, `${shown(value)}: ${path} ${blocked.link ? LINK_REFUSED : "exists and is not a directory"}`);
}

export {
  existingDirectory,
  writableDirectory,
  regularFileInWorkspace
};
//# sourceMappingURL=chunk-2MNAY5YP.js.map
