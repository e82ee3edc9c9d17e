import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  ALL_HIT_OUTPUT,
  CACHE_KINDS,
  RESTORE_STATE,
  encodeRecord,
  fingerprint
} from "./chunk-M3I3N7SO.js";
import {
  hashDependencyFiles,
  listFiles
} from "./chunk-CTN2EULH.js";
import {
  info,
  warning
} from "./chunk-UUH7NTXT.js";
import {
  saveState,
  setOutput
} from "./chunk-YQMGHQ5S.js";
import "./chunk-MYHJHFEH.js";
import {
  escapeCommandData
} from "./chunk-BM5O3AMR.js";
import "./chunk-J27SYFL5.js";

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
  let outcome;
  try {
    const { restoreEntry } = await import("./restore-entry-HID6QRLW.js");
    const restored = await restoreEntry(descriptor, dir, keys, workspace);
    outcome = restored ? {
      state: restored.matchedKey === keys.key ? "exact" : "partial",
      key: keys.key,
      matchedKey: restored.matchedKey,
      size: { bytes: restored.archiveBytes, of: "archive" }
    } : { state: "miss", key: keys.key };
  } catch (error) {
    const reason = error.message;
    warning(`${label} not restored: ${reason}`);
    outcome = { state: "failed", key: keys.key, reason };
  }
  const matchedKey = outcome.state === "exact" || outcome.state === "partial" ? outcome.matchedKey : void 0;
  if (matchedKey) info(`${label} restored from ${escapeCommandData(matchedKey)}${matchedKey === keys.key ? " (exact)" : ""}`);
  else info(`${label}: no entry for ${keys.key}`);
  await descriptor.afterRestore?.(dir, jobStartMs);
  return {
    cache: {
      kind,
      dir,
      key: keys.key,
      matchedKey,
      lineage: keys.lineage,
      fingerprint: fingerprint(await listFiles(dir))
    },
    line: { label, outcome }
  };
}
function allKinds(outcome) {
  return CACHE_KINDS.map(({ label }) => ({ label, outcome }));
}
async function restoreCaches(context) {
  const jobStartMs = Date.now();
  const paths = context.folders;
  const result = {
    enabled: false,
    hits: noHits(),
    gocache: paths.gocache,
    gomodcache: paths.gomodcache,
    caches: [],
    lines: allKinds({ state: "disabled", reason: "input cache is false" })
  };
  if (!context.options.enabled) {
    setHitOutputs(result.hits);
    return result;
  }
  const [cache, { readDependencyFiles }] = await Promise.all([import("./cache-SU6XU6H7.js"), import("./dependencies-TFJE7AVN.js")]);
  if (!cache.isFeatureAvailable()) {
    warning(
      "The Actions cache service is not available to this job (ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL unset): caches are neither restored nor saved."
    );
    setHitOutputs(result.hits);
    result.lines = allKinds({ state: "unavailable" });
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
    suffix: context.options.keySuffix,
    // The build cache key follows the commit (keys.ts); the runner always sets GITHUB_SHA.
    revision: process.env.GITHUB_SHA
  };
  const pending = CACHE_KINDS.map(async (descriptor) => {
    const dir = paths[descriptor.path];
    if (descriptor.offValue === void 0 || dir !== descriptor.offValue)
      return restoreOne(descriptor, dir, keyContext, jobStartMs, context.workspace);
    info(`${descriptor.goSetting}=${dir}: the ${descriptor.label} is neither restored nor saved`);
    const line = { label: descriptor.label, outcome: { state: "disabled", reason: `${descriptor.goSetting}=${dir}` } };
    return { cache: void 0, line };
  });
  const restored = await Promise.all(pending);
  result.caches = restored.flatMap(({ cache: cache2 }) => cache2 ? [cache2] : []);
  result.lines = restored.map(({ line }) => line);
  result.enabled = true;
  for (const entry of result.caches) result.hits[entry.kind] = entry.matchedKey === entry.key;
  saveState(RESTORE_STATE, encodeRecord({ jobStartMs, workspace: context.workspace, caches: result.caches }));
  setHitOutputs(result.hits);
  return result;
}
export {
  restoreCaches
};
//# sourceMappingURL=restore-SYTQ47VN.js.map
