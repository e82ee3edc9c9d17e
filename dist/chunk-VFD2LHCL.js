import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  CACHE_LABEL,
  RESTORE_STATE,
  ageBuildCacheEntries,
  buildCacheKeys,
  encodeRecord,
  hashDependencyFiles,
  listFiles,
  makeDirectoriesWritable,
  moduleCacheKeys
} from "./chunk-RPPNSIBG.js";
import {
  create
} from "./chunk-OYWHTCNH.js";
import {
  locateGoPaths
} from "./chunk-S2YB5L7J.js";
import {
  escapeCommandData,
  info,
  warning
} from "./chunk-XXJCEHPZ.js";
import {
  saveState,
  setOutput
} from "./chunk-5WNR5G53.js";

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
async function restoreOne(kind, dir, keys, jobStartMs) {
  info(`${CACHE_LABEL[kind]} ${dir}: key ${keys.key}, restore keys ${keys.restoreKeys.join(" | ")}`);
  if (kind === "mod" && existsSync(dir)) await makeDirectoriesWritable(dir);
  let matchedKey;
  try {
    const { restoreEntry } = await import("./restore-entry-7JBX5K3H.js");
    matchedKey = await restoreEntry(kind, dir, keys);
  } catch (error) {
    warning(`${CACHE_LABEL[kind]} not restored: ${error.message}`);
  }
  if (matchedKey) info(`${CACHE_LABEL[kind]} restored from ${escapeCommandData(matchedKey)}${matchedKey === keys.key ? " (exact)" : ""}`);
  else info(`${CACHE_LABEL[kind]}: no entry for ${keys.key}`);
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
  const cache = await import("./cache-SYSVXY43.js");
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
    cCompiler: context.cCompiler,
    dependencyHash: hashDependencyFiles(dependencyFiles),
    suffix: context.inputs.keySuffix
  };
  const pending = [restoreOne("mod", paths.gomodcache, moduleCacheKeys(keyContext), jobStartMs)];
  if (paths.gocache !== "off") pending.push(restoreOne("build", paths.gocache, buildCacheKeys(keyContext), jobStartMs));
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
  EMPTY_FINGERPRINT,
  fingerprint,
  restoreCaches
};
//# sourceMappingURL=chunk-VFD2LHCL.js.map
