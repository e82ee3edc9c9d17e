import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  compareStrings
} from "./chunk-MYHJHFEH.js";

// src/cache/files.ts
import { chmod, lstat, lutimes, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

// src/cache/trim.ts
var GO_MTIME_INTERVAL_MS = 60 * 60 * 1e3;
var ENTRY = /^[0-9a-f]{2}\/[0-9a-f]{64}-[ad]$/;
function isBuildCacheEntry(path) {
  return ENTRY.test(path);
}
function agedMtimeMs(jobStartMs) {
  return jobStartMs - 2 * GO_MTIME_INTERVAL_MS;
}
function selectUnusedEntries(files, jobStartMs) {
  const threshold = jobStartMs - GO_MTIME_INTERVAL_MS;
  return files.filter((file) => isBuildCacheEntry(file.path) && file.mtimeMs < threshold);
}
function selectAddedEntries(files, restored) {
  return files.filter((file) => isBuildCacheEntry(file.path) && !restored.has(file.path));
}

// src/cache/files.ts
async function listFiles(root) {
  const files = [];
  async function walk(dir, prefix) {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      if (error.code === "ENOENT" && prefix === "") return;
      throw error;
    }
    for (const entry of entries) {
      const path = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        await walk(full, path);
      } else {
        const stats = await lstat(full);
        files.push({ path, size: stats.size, mtimeMs: stats.mtimeMs });
      }
    }
  }
  await walk(root, "");
  return files;
}
async function listBuildCacheEntries(root) {
  const entries = [];
  let subdirs;
  try {
    subdirs = await readdir(root, { withFileTypes: true });
  } catch (error) {
    if (error.code === "ENOENT") return entries;
    throw error;
  }
  for (const subdir of subdirs.filter((entry) => entry.isDirectory() && /^[0-9a-f]{2}$/.test(entry.name))) {
    for (const name of await readdir(join(root, subdir.name))) {
      const path = `${subdir.name}/${name}`;
      if (!isBuildCacheEntry(path)) continue;
      const stats = await lstat(join(root, path));
      const size = stats.isDirectory() ? (await listFiles(join(root, path))).reduce((sum, file) => sum + file.size, 0) : stats.size;
      entries.push({ path, size, mtimeMs: stats.mtimeMs });
    }
  }
  return entries;
}
async function ageBuildCacheEntries(root, jobStartMs, recordTo) {
  const aged = new Date(agedMtimeMs(jobStartMs));
  const entries = await listBuildCacheEntries(root);
  await Promise.all(entries.map((file) => lutimes(join(root, file.path), aged, aged)));
  if (recordTo !== void 0) await writeFile(recordTo, entries.map((file) => `${file.path}
`).join(""));
  return entries.length;
}
async function addedSinceRestore(root, recordedIn) {
  let text;
  try {
    text = await readFile(recordedIn, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw error;
  }
  const entries = await listBuildCacheEntries(root);
  const added = selectAddedEntries(entries, new Set(text.split("\n")));
  const bytes = (files) => files.reduce((sum, file) => sum + file.size, 0);
  return { entries: added.length, bytes: bytes(added), totalBytes: bytes(entries) };
}
async function trimBuildCache(root, jobStartMs) {
  const entries = await listBuildCacheEntries(root);
  const unused = selectUnusedEntries(entries, jobStartMs);
  await Promise.all(unused.map((entry) => rm(join(root, entry.path), { force: true, recursive: true })));
  return { removed: unused.length, removedBytes: unused.reduce((sum, entry) => sum + entry.size, 0), kept: entries.length - unused.length };
}
async function makeDirectoriesWritable(root) {
  let changed = 0;
  async function walk(dir) {
    const stats = await lstat(dir);
    if (!stats.isDirectory()) return;
    if ((stats.mode & 128) === 0) {
      await chmod(dir, stats.mode | 128);
      changed++;
    }
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) await walk(join(dir, entry.name));
    }
  }
  try {
    await walk(root);
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
  }
  return changed;
}

// src/cache/keys.ts
import { createHash } from "node:crypto";
var PREFIX = "setup-go-golden";
var NO_DEPENDENCY_FILES = "nosum";
var REVISION_LENGTH = 12;
function hashDependencyFiles(files) {
  if (files.length === 0) return NO_DEPENDENCY_FILES;
  const hash = createHash("sha256");
  for (const file of [...files].sort((a, b) => compareStrings(a.path, b.path))) {
    const digest = createHash("sha256").update(file.content).digest("hex");
    hash.update(`${digest}  ${file.path}
`);
  }
  return hash.digest("hex").slice(0, 32);
}
function canonicalTargets(targets) {
  return [...new Set(targets.map((target) => target.toLowerCase()))].sort();
}
function targetSetId(targets) {
  if (targets.length === 0) return "native";
  return `t${createHash("sha256").update(canonicalTargets(targets).join("\n")).digest("hex").slice(0, 12)}`;
}
function sanitize(part) {
  return part.replace(/[,\s]+/g, "_");
}
function join2(parts) {
  return parts.filter((part) => part !== "").map(sanitize).join("-");
}
function base(kind, context) {
  return [PREFIX, kind, context.os, context.arch, context.image ?? ""];
}
function moduleCacheKeys(context) {
  const fixed = join2([...base("mod", context), context.suffix]);
  return { key: `${fixed}-${context.dependencyHash}`, restoreKeys: [`${fixed}-`] };
}
function buildCacheKeys(context) {
  const goFixed = join2([...base("build", context), `go${context.goVersion}`]);
  const compiler = context.cCompiler ? `cc${createHash("sha256").update(context.cCompiler).digest("hex").slice(0, 8)}` : "";
  const fixed = join2([goFixed, targetSetId(context.targets), compiler, context.suffix]);
  const withDependencies = `${fixed}-${context.dependencyHash}`;
  const revision = /^[0-9a-f]{12,64}$/i.test(context.revision ?? "") ? context.revision.slice(0, REVISION_LENGTH).toLowerCase() : "";
  const restoreKeys = revision ? [`${withDependencies}-`, `${fixed}-`] : [`${fixed}-`];
  if (context.suffix === "") restoreKeys.push(`${goFixed}-`);
  if (!revision) return { key: withDependencies, restoreKeys };
  return { key: `${withDependencies}-${revision}`, restoreKeys, lineage: `${withDependencies}-` };
}
function isSameLineage(lineage, matchedKey) {
  return lineage !== void 0 && matchedKey?.startsWith(lineage) === true;
}
function isAnswerTo(keys, matchedKey) {
  return matchedKey === keys.key || keys.restoreKeys.some((prefix) => matchedKey.startsWith(prefix));
}

export {
  listFiles,
  ageBuildCacheEntries,
  addedSinceRestore,
  trimBuildCache,
  makeDirectoriesWritable,
  hashDependencyFiles,
  moduleCacheKeys,
  buildCacheKeys,
  isSameLineage,
  isAnswerTo
};
//# sourceMappingURL=chunk-CTN2EULH.js.map
