import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  create
} from "./chunk-AZ4FC2XX.js";
import {
  locateGoPaths
} from "./chunk-S2YB5L7J.js";
import {
  info,
  warning
} from "./chunk-YPATXIHC.js";
import {
  saveState,
  setOutput
} from "./chunk-6ISBL5ME.js";

// src/cache/restore.ts
import { existsSync } from "node:fs";

// src/cache/dependencies.ts
import { readdir, readFile, stat } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
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
      } else if (entry.isFile() && DEFAULT_NAMES.has(entry.name)) {
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
    if ((await stat(path)).isFile()) files.push(path);
  }
  return files;
}
async function readDependencyFiles(options) {
  const paths = options.patterns.length > 0 ? await findGlobbedFiles(options.patterns, options.workspace) : await findDefaultFiles(resolve(options.workspace, options.workingDirectory), options.excluded.map((path) => resolve(path)));
  const unique = [...new Set(paths)].filter((path) => !options.excluded.some((dir) => path.startsWith(resolve(dir) + sep)));
  return Promise.all(
    unique.map(async (path) => ({
      path: relative(options.workspace, path).split(sep).join("/"),
      content: await readFile(path)
    }))
  );
}

// src/cache/files.ts
import { chmod, lstat, readdir as readdir2, rm, utimes } from "node:fs/promises";
import { join as join2 } from "node:path";

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

// src/cache/files.ts
async function listFiles(root) {
  const files = [];
  async function walk(dir, prefix) {
    let entries;
    try {
      entries = await readdir2(dir, { withFileTypes: true });
    } catch (error) {
      if (error.code === "ENOENT" && prefix === "") return;
      throw error;
    }
    for (const entry of entries) {
      const path = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
      const full = join2(dir, entry.name);
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
async function ageBuildCacheEntries(root, jobStartMs) {
  const aged = new Date(agedMtimeMs(jobStartMs));
  const entries = (await listFiles(root)).filter((file) => isBuildCacheEntry(file.path));
  await Promise.all(entries.map((file) => utimes(join2(root, file.path), aged, aged)));
  return entries.length;
}
async function trimBuildCache(root, jobStartMs) {
  const files = await listFiles(root);
  const unused = selectUnusedEntries(files, jobStartMs);
  await Promise.all(unused.map((file) => rm(join2(root, file.path), { force: true })));
  const entries = files.filter((file) => isBuildCacheEntry(file.path)).length;
  return { removed: unused.length, removedBytes: unused.reduce((sum, file) => sum + file.size, 0), kept: entries - unused.length };
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
    for (const entry of await readdir2(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) await walk(join2(dir, entry.name));
    }
  }
  try {
    await walk(root);
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
  }
  return changed;
}

// src/cache/fingerprint.ts
import { createHash } from "node:crypto";
var EMPTY_FINGERPRINT = "empty";
function fingerprint(files) {
  if (files.length === 0) return EMPTY_FINGERPRINT;
  const hash = createHash("sha256");
  for (const file of [...files].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) {
    hash.update(`${file.path}\0${file.size}
`);
  }
  return hash.digest("hex");
}

// src/cache/keys.ts
import { createHash as createHash2 } from "node:crypto";
var PREFIX = "setup-go-golden";
var NO_DEPENDENCY_FILES = "nosum";
function hashDependencyFiles(files) {
  if (files.length === 0) return NO_DEPENDENCY_FILES;
  const hash = createHash2("sha256");
  for (const file of [...files].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) {
    const digest = createHash2("sha256").update(file.content).digest("hex");
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
  return `t${createHash2("sha256").update(canonicalTargets(targets).join("\n")).digest("hex").slice(0, 12)}`;
}
function sanitize(part) {
  return part.replace(/[,\s]+/g, "_");
}
function join3(parts) {
  return parts.filter((part) => part !== "").map(sanitize).join("-");
}
function base(kind, context) {
  return [PREFIX, kind, context.os, context.arch, context.image ?? ""];
}
function moduleCacheKeys(context) {
  const fixed = join3([...base("mod", context), context.suffix]);
  return { key: `${fixed}-${context.dependencyHash}`, restoreKeys: [`${fixed}-`] };
}
function buildCacheKeys(context) {
  const goFixed = join3([...base("build", context), `go${context.goVersion}`]);
  const fixed = join3([goFixed, targetSetId(context.targets), context.suffix]);
  const restoreKeys = [`${fixed}-`];
  if (context.suffix === "") restoreKeys.push(`${goFixed}-`);
  return { key: `${fixed}-${context.dependencyHash}`, restoreKeys };
}

// src/cache/record.ts
var RESTORE_STATE = "setup-go-golden-caches";
function encodeRecord(record) {
  return JSON.stringify(record);
}
function decodeRecord(text) {
  if (!text) return void 0;
  const value = JSON.parse(text);
  if (typeof value.jobStartMs !== "number" || !Array.isArray(value.caches)) throw new Error("malformed cache state");
  return value;
}

// src/cache/restore.ts
function runnerOs() {
  if (process.env.RUNNER_OS) return process.env.RUNNER_OS.toLowerCase();
  return process.platform === "win32" ? "windows" : process.platform === "darwin" ? "macos" : "linux";
}
function setHitOutputs(modHit, buildHit) {
  setOutput("cache-mod-hit", String(modHit));
  setOutput("cache-build-hit", String(buildHit));
  setOutput("cache-hit", String(modHit && buildHit));
}
var LABEL = { mod: "module cache", build: "build cache" };
async function restoreOne(cache, kind, dir, keys, jobStartMs) {
  info(`${LABEL[kind]} ${dir}: key ${keys.key}, restore keys ${keys.restoreKeys.join(" | ")}`);
  if (kind === "mod" && existsSync(dir)) await makeDirectoriesWritable(dir);
  let matchedKey;
  try {
    matchedKey = await cache.restoreCache([dir], keys.key, keys.restoreKeys);
  } catch (error) {
    warning(`${LABEL[kind]} not restored: ${error.message}`);
  }
  if (matchedKey) info(`${LABEL[kind]} restored from ${matchedKey}${matchedKey === keys.key ? " (exact)" : ""}`);
  else info(`${LABEL[kind]}: no entry for ${keys.key}`);
  if (kind === "build") await ageBuildCacheEntries(dir, jobStartMs);
  return { kind, dir, key: keys.key, matchedKey, fingerprint: fingerprint(await listFiles(dir)) };
}
async function restoreCaches(context) {
  const jobStartMs = Date.now();
  const paths = locateGoPaths(context.paths);
  const result = { enabled: false, modHit: false, buildHit: false, gocache: paths.gocache, gomodcache: paths.gomodcache, caches: [] };
  if (!context.inputs.enabled) {
    setHitOutputs(false, false);
    return result;
  }
  const cache = await import("./cache-NBMFK2D7.js");
  if (!cache.isFeatureAvailable()) {
    warning("The Actions cache service is not available to this job (ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL unset): caches are neither restored nor saved.");
    setHitOutputs(false, false);
    return result;
  }
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const dependencyFiles = await readDependencyFiles({
    workspace,
    workingDirectory: context.workingDirectory,
    patterns: context.inputs.dependencyPath,
    excluded: [paths.gomodcache, paths.gocache]
  });
  info(`cache keys hash ${dependencyFiles.length} file(s)${dependencyFiles.length ? `: ${dependencyFiles.map((file) => file.path).join(", ")}` : ""}`);
  const keyContext = {
    os: runnerOs(),
    arch: context.arch,
    image: process.env.ImageOS,
    goVersion: context.goVersion,
    targets: context.targets,
    dependencyHash: hashDependencyFiles(dependencyFiles),
    suffix: context.inputs.keySuffix
  };
  const pending = [restoreOne(cache, "mod", paths.gomodcache, moduleCacheKeys(keyContext), jobStartMs)];
  if (paths.gocache !== "off") pending.push(restoreOne(cache, "build", paths.gocache, buildCacheKeys(keyContext), jobStartMs));
  else info("GOCACHE=off: the build cache is neither restored nor saved");
  result.caches = await Promise.all(pending);
  result.enabled = true;
  const exact = (kind) => result.caches.some((entry) => entry.kind === kind && entry.matchedKey === entry.key);
  result.modHit = exact("mod");
  result.buildHit = exact("build");
  saveState(RESTORE_STATE, encodeRecord({ jobStartMs, caches: result.caches }));
  setHitOutputs(result.modHit, result.buildHit);
  return result;
}

export {
  listFiles,
  trimBuildCache,
  EMPTY_FINGERPRINT,
  fingerprint,
  RESTORE_STATE,
  decodeRecord,
  restoreCaches
};
//# sourceMappingURL=chunk-RYN7IR3A.js.map
