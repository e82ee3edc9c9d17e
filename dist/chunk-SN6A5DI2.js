import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  create,
  downloadCache,
  getCacheEntry,
  getCacheMode,
  getCacheServiceVersion,
  getCacheVersion,
  getCompressionMethod,
  internalCacheTwirpClient,
  isCacheReadable
} from "./chunk-E4AGFD7M.js";
import {
  cacheDeadlines,
  locateGoPaths,
  transferBudgetMs,
  whileTransferring,
  withinDeadline
} from "./chunk-74LKF5P6.js";
import {
  escapeCommandData,
  info,
  warning
} from "./chunk-ROGAT56K.js";
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
  const compiler = context.cCompiler ? `cc${createHash2("sha256").update(context.cCompiler).digest("hex").slice(0, 8)}` : "";
  const fixed = join3([goFixed, targetSetId(context.targets), compiler, context.suffix]);
  const restoreKeys = [`${fixed}-`];
  if (context.suffix === "") restoreKeys.push(`${goFixed}-`);
  return { key: `${fixed}-${context.dependencyHash}`, restoreKeys };
}
function isAnswerTo(keys, matchedKey) {
  return matchedKey === keys.key || keys.restoreKeys.some((prefix) => matchedKey.startsWith(prefix));
}

// src/cache/record.ts
var CACHE_LABEL = { mod: "module cache", build: "build cache" };
var CACHE_ROOT = { mod: "GOMODCACHE", build: "GOCACHE" };
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

// src/cache/restore-entry.ts
import { rm as rm3, stat as stat3 } from "node:fs/promises";
import { join as join5, relative as relative2, sep as sep2 } from "node:path";

// src/cache/service.ts
var AZURE_SEGMENT_BYTES = 128 * 1024 ** 2;
async function lookUp(dir, key, restoreKeys) {
  const mode = getCacheMode();
  if (!isCacheReadable(mode)) {
    info(`cache restore skipped: the runner's cache-mode '${mode}' does not permit reads`);
    return void 0;
  }
  const compression = await getCompressionMethod();
  const container = compression === "gzip" ? "gzip" : "zstd";
  if (getCacheServiceVersion() === "v2") {
    const version = getCacheVersion([dir], compression);
    const response = await internalCacheTwirpClient().GetCacheEntryDownloadURL({ key, restoreKeys, version });
    return response.ok ? { matchedKey: response.matchedKey, url: response.signedDownloadUrl, container } : void 0;
  }
  const entry = await getCacheEntry([key, ...restoreKeys], [dir], { compressionMethod: compression });
  return entry?.archiveLocation && entry.cacheKey ? { matchedKey: entry.cacheKey, url: entry.archiveLocation, container } : void 0;
}
async function download(entry, archive, deadlines) {
  await downloadCache(entry.url, archive, {
    useAzureSdk: getCacheServiceVersion() === "v2",
    timeoutInMs: deadlines.answerMs,
    segmentTimeoutInMs: transferBudgetMs(AZURE_SEGMENT_BYTES, deadlines)
  });
}

// src/cache/unpack.ts
import { lstat as lstat2, mkdir, readdir as readdir3, rename, rm as rm2, rmdir, stat as stat2 } from "node:fs/promises";
import { dirname, join as join4 } from "node:path";
import { Worker } from "node:worker_threads";
async function makeStaging(dir, kind) {
  const staging = join4(dirname(dir), `.setup-go-golden-restore-${kind}-${process.pid}`);
  await removeTree(staging);
  await mkdir(staging, { recursive: true });
  return staging;
}
async function removeTree(path) {
  await makeDirectoriesWritable(path);
  await rm2(path, { recursive: true, force: true });
}
async function unpackCacheArchive(request) {
  const worker = new Worker(new URL("./unpack-worker.js", import.meta.url), { workerData: request });
  const error = await new Promise((resolve2) => {
    worker.on("message", (message) => resolve2(message.error));
    worker.on("error", (failure) => resolve2(`unpacking failed: ${failure.message}`));
    worker.on("exit", () => resolve2("unpacking stopped before the archive was read"));
  });
  if (error !== void 0) throw new Error(error);
}
async function moveIntoPlace(staged, target) {
  const existing = await stat2(target).catch(() => void 0);
  if (existing && !existing.isDirectory()) throw new Error(`${target} exists and is not a folder`);
  if (existing && (await readdir3(target)).length === 0) await rmdir(target);
  else if (existing) return merge(staged, target);
  await mkdir(dirname(target), { recursive: true });
  await rename(staged, target);
}
async function merge(staged, target) {
  for (const entry of await readdir3(staged, { withFileTypes: true })) {
    const from = join4(staged, entry.name);
    const to = join4(target, entry.name);
    const present = await lstat2(to).catch(() => void 0);
    if (entry.isDirectory() && present?.isDirectory()) {
      await merge(from, to);
      continue;
    }
    if (present) await removeTree(to);
    await rename(from, to);
  }
}

// src/cache/restore-entry.ts
function explainTransferError(error) {
  const message = error instanceof Error ? error.message : String(error);
  if (/premature close|^aborted$|ECONNRESET|socket hang up|terminated/i.test(message)) {
    return `the connection closed before the whole archive arrived (${message})`;
  }
  return message;
}
function archivedName(dir) {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  return relative2(workspace, dir).split(sep2).join("/") || ".";
}
async function restoreEntry(kind, dir, keys) {
  const deadlines = cacheDeadlines();
  const found = await withinDeadline(
    lookUp(dir, keys.key, keys.restoreKeys).catch((error) => Promise.reject(new Error(`the cache lookup failed: ${error.message}`))),
    deadlines.answerMs,
    `the cache service did not answer the lookup of ${keys.key}`
  );
  if (!found) return void 0;
  const key = escapeCommandData(found.matchedKey);
  if (!isAnswerTo(keys, found.matchedKey)) throw new Error(`the cache service answered with entry ${key}, which none of the keys asked for matches`);
  info(`${CACHE_LABEL[kind]}: downloading ${key}${found.matchedKey === keys.key ? "" : " (found by a restore key)"}`);
  const staging = await makeStaging(dir, kind);
  try {
    const archive = join5(staging, "archive");
    await whileTransferring(
      download(found, archive, deadlines).catch((error) => Promise.reject(new Error(`downloading ${key} failed: ${explainTransferError(error)}`))),
      archive,
      deadlines,
      `the download of ${key}`
    );
    info(`${CACHE_LABEL[kind]}: ${key} downloaded (${((await stat3(archive)).size / 1048576).toFixed(1)} MiB), unpacking`);
    const rules = { prefix: archivedName(dir), root: CACHE_ROOT[kind], label: CACHE_LABEL[kind], container: found.container };
    await unpackCacheArchive({ archive, destination: staging, rules }).catch(
      (error) => Promise.reject(new Error(`entry ${key} was not unpacked, nothing of it was kept: ${error.message}`))
    );
    await rm3(archive);
    await moveIntoPlace(join5(staging, rules.root), dir);
    return found.matchedKey;
  } finally {
    await removeTree(staging);
  }
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
  const cache = await import("./cache-IEJRQU3A.js");
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
  listFiles,
  trimBuildCache,
  EMPTY_FINGERPRINT,
  fingerprint,
  CACHE_LABEL,
  RESTORE_STATE,
  decodeRecord,
  restoreCaches
};
//# sourceMappingURL=chunk-SN6A5DI2.js.map
