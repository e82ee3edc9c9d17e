import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  ageBuildCacheEntries,
  buildCacheKeys,
  hashDependencyFiles,
  listFiles,
  makeDirectoriesWritable,
  moduleCacheKeys,
  trimBuildCache
} from "./chunk-PVVD4IJK.js";
import {
  info,
  warning
} from "./chunk-26IYKK3F.js";
import {
  saveState,
  setOutput
} from "./chunk-YQMGHQ5S.js";
import {
  compareStrings
} from "./chunk-MYHJHFEH.js";
import {
  escapeCommandData
} from "./chunk-BM5O3AMR.js";

// src/cache/fingerprint.ts
import { createHash } from "node:crypto";
var EMPTY_FINGERPRINT = "empty";
function fingerprint(files) {
  if (files.length === 0) return EMPTY_FINGERPRINT;
  const hash = createHash("sha256");
  for (const file of [...files].sort((a, b) => compareStrings(a.path, b.path))) {
    hash.update(`${file.path}\0${file.size}
`);
  }
  return hash.digest("hex");
}

// src/cache/kinds.ts
import { existsSync } from "node:fs";
var CACHE_KINDS = [
  {
    kind: "mod",
    label: "module cache",
    goSetting: "GOMODCACHE",
    path: "gomodcache",
    keys: moduleCacheKeys,
    hitOutput: "cache-mod-hit",
    // A restore merging into a module cache renames into its folders, which Go leaves read-only.
    prepareRestore: async (dir) => {
      if (existsSync(dir)) await makeDirectoriesWritable(dir);
    }
  },
  {
    kind: "build",
    label: "build cache",
    goSetting: "GOCACHE",
    path: "gocache",
    offValue: "off",
    keys: buildCacheKeys,
    hitOutput: "cache-build-hit",
    // Aged entries get a fresh mtime when Go uses them, so the save can keep only what this job used.
    afterRestore: async (dir, jobStartMs) => {
      await ageBuildCacheEntries(dir, jobStartMs);
    },
    beforeSave: async (dir, jobStartMs) => {
      const trim = await trimBuildCache(dir, jobStartMs);
      info(
        `build cache trimmed: ${trim.removed} unused entries (${(trim.removedBytes / 1048576).toFixed(1)} MiB) removed, ${trim.kept} kept`
      );
    }
  }
];
var ALL_HIT_OUTPUT = "cache-hit";
function cacheKind(kind) {
  const descriptor = CACHE_KINDS.find((entry) => entry.kind === kind);
  if (!descriptor) throw new Error(`unknown cache kind ${kind}`);
  return descriptor;
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
function noHits() {
  return Object.fromEntries(CACHE_KINDS.map(({ kind }) => [kind, false]));
}
function setHitOutputs(hits) {
  for (const { kind, hitOutput } of CACHE_KINDS) setOutput(hitOutput, String(hits[kind]));
  setOutput(ALL_HIT_OUTPUT, String(CACHE_KINDS.every(({ kind }) => hits[kind])));
}
async function restoreOne(descriptor, dir, keyContext, jobStartMs, workspace) {
  const { kind, label } = descriptor;
  const keys = descriptor.keys(keyContext);
  info(`${label} ${dir}: key ${keys.key}, restore keys ${keys.restoreKeys.join(" | ")}`);
  await descriptor.prepareRestore?.(dir);
  let matchedKey;
  try {
    const { restoreEntry } = await import("./restore-entry-VRNRMGJB.js");
    matchedKey = await restoreEntry(descriptor, dir, keys, workspace);
  } catch (error) {
    warning(`${label} not restored: ${error.message}`);
  }
  if (matchedKey) info(`${label} restored from ${escapeCommandData(matchedKey)}${matchedKey === keys.key ? " (exact)" : ""}`);
  else info(`${label}: no entry for ${keys.key}`);
  await descriptor.afterRestore?.(dir, jobStartMs);
  return { kind, dir, key: keys.key, matchedKey, fingerprint: fingerprint(await listFiles(dir)) };
}
async function restoreCaches(context) {
  const jobStartMs = Date.now();
  const paths = context.folders;
  const result = { enabled: false, hits: noHits(), gocache: paths.gocache, gomodcache: paths.gomodcache, caches: [] };
  if (!context.options.enabled) {
    setHitOutputs(result.hits);
    return result;
  }
  const [cache, { readDependencyFiles }] = await Promise.all([import("./cache-SU6XU6H7.js"), import("./dependencies-GI7IFA6R.js")]);
  if (!cache.isFeatureAvailable()) {
    warning(
      "The Actions cache service is not available to this job (ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL unset): caches are neither restored nor saved."
    );
    setHitOutputs(result.hits);
    return result;
  }
  const dependencyFiles = await readDependencyFiles({
    workspace: context.workspace,
    workingDirectory: context.workingDirectory,
    patterns: context.options.dependencyPath,
    excluded: [paths.gomodcache, paths.gocache]
  });
  info(
    `cache keys hash ${dependencyFiles.length} file(s)${dependencyFiles.length ? `: ${dependencyFiles.map((file) => file.path).join(", ")}` : ""}`
  );
  const keyContext = {
    os: runnerOs(),
    arch: context.arch,
    image: process.env.ImageOS,
    goVersion: context.goVersion,
    targets: context.targets,
    cCompiler: context.cCompiler,
    dependencyHash: hashDependencyFiles(dependencyFiles),
    suffix: context.options.keySuffix
  };
  const pending = [];
  for (const descriptor of CACHE_KINDS) {
    const dir = paths[descriptor.path];
    if (descriptor.offValue !== void 0 && dir === descriptor.offValue)
      info(`${descriptor.goSetting}=${dir}: the ${descriptor.label} is neither restored nor saved`);
    else pending.push(restoreOne(descriptor, dir, keyContext, jobStartMs, context.workspace));
  }
  result.caches = await Promise.all(pending);
  result.enabled = true;
  for (const entry of result.caches) result.hits[entry.kind] = entry.matchedKey === entry.key;
  saveState(RESTORE_STATE, encodeRecord({ jobStartMs, caches: result.caches }));
  setHitOutputs(result.hits);
  return result;
}

export {
  EMPTY_FINGERPRINT,
  fingerprint,
  cacheKind,
  RESTORE_STATE,
  decodeRecord,
  restoreCaches
};
//# sourceMappingURL=chunk-HI7F5SIZ.js.map
