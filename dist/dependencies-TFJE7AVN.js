import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  create
} from "./chunk-UX5KDH27.js";
import {
  relativeSlashPath
} from "./chunk-CQSCB3DJ.js";
import {
  warning
} from "./chunk-UUH7NTXT.js";
import "./chunk-YQMGHQ5S.js";
import {
  ReadBudget,
  describeRefusal,
  readNamedFile
} from "./chunk-NNFJ34CN.js";
import "./chunk-BM5O3AMR.js";
import "./chunk-J27SYFL5.js";

// src/cache/dependencies.ts
import { lstat, readdir } from "node:fs/promises";
import { isAbsolute, join, resolve, sep } from "node:path";
var MAX_DEPENDENCY_FILE_BYTES = 64 << 20;
var MAX_DEPENDENCY_FILES = 1e4;
var MAX_DEPENDENCY_BYTES = 256 << 20;
var DEFAULT_NAMES = /* @__PURE__ */ new Set(["go.sum", "go.work.sum"]);
function skippedDirectory(name) {
  return name === "testdata" || name === "vendor" || name === "node_modules" || name.startsWith(".") || name.startsWith("_");
}
async function findDefaultFiles(root, excluded) {
  const found = [];
  async function walk(dir) {
    if (excluded.some((path) => dir === path)) return;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.isDirectory()) {
        if (!skippedDirectory(entry.name)) await walk(join(dir, entry.name));
      } else if (DEFAULT_NAMES.has(entry.name)) {
        found.push(join(dir, entry.name));
      }
    }
  }
  await walk(root);
  return found;
}
async function findGlobbedFiles(patterns, workspace) {
  const lines = patterns.map((line) => {
    const negated = line.startsWith("!");
    const pattern = negated ? line.slice(1) : line;
    const absolute = isAbsolute(pattern) ? pattern : join(workspace, pattern);
    return negated ? `!${absolute}` : absolute;
  });
  const globber = await create(lines.join("\n"), { followSymbolicLinks: false, matchDirectories: false });
  const files = [];
  for (const path of await globber.glob()) {
    if (!(await lstat(path)).isDirectory()) files.push(path);
  }
  return files;
}
async function readDependencyFiles(options) {
  const paths = options.patterns.length > 0 ? await findGlobbedFiles(options.patterns, options.workspace) : await findDefaultFiles(
    resolve(options.workspace, options.workingDirectory),
    options.excluded.map((path) => resolve(path))
  );
  const unique = [...new Set(paths)].filter((path) => !options.excluded.some((dir) => path.startsWith(resolve(dir) + sep)));
  const budget = new ReadBudget(MAX_DEPENDENCY_FILES, MAX_DEPENDENCY_BYTES);
  const files = [];
  for (const path of unique) {
    const { read, name } = readNamedFile(options.workspace, path, { maxBytes: MAX_DEPENDENCY_FILE_BYTES, budget });
    if (read.kind === "bytes") files.push({ path: relativeSlashPath(options.workspace, path), content: read.bytes });
    else if (read.kind !== "missing") warning(`cache keys: ${describeRefusal(name, read)}; left out of the cache key`);
  }
  return files;
}
export {
  readDependencyFiles
};
//# sourceMappingURL=dependencies-TFJE7AVN.js.map
