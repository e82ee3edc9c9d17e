import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  addedSinceRestore,
  ageBuildCacheEntries,
  buildCacheKeys,
  makeDirectoriesWritable,
  moduleCacheKeys,
  trimBuildCache
} from "./chunk-CTN2EULH.js";
import {
  info
} from "./chunk-UUH7NTXT.js";
import {
  compareStrings
} from "./chunk-MYHJHFEH.js";

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
import { createHash as createHash2 } from "node:crypto";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// src/cache/policy.ts
var TO_SAVE = "to save anyway, set cache-save: always";
function decideSaveForEvent(mode, event) {
  if (mode === "never") return { save: false, reason: "cache-save is never" };
  if (mode === "always") return { save: true, reason: "cache-save is always" };
  if (event.eventName !== "push")
    return { save: false, reason: `cache-save is auto and the event is ${event.eventName || "unknown"}, not push; ${TO_SAVE}` };
  const branch = event.defaultBranch || event.runnerDefaultBranch;
  if (!branch)
    return {
      save: false,
      reason: `cache-save is auto and neither the event file (repository.default_branch) nor the runner names the default branch; ${TO_SAVE}`
    };
  const expected = `refs/heads/${branch}`;
  if (event.ref !== expected)
    return { save: false, reason: `cache-save is auto and ${event.ref} is not the default branch (${expected}); ${TO_SAVE}` };
  return { save: true, reason: `push to the default branch ${branch}` };
}
var BUILD_SAVE_THRESHOLD = { bytes: 1024 * 1024, share: 0.04 };
function thresholdBytes(threshold, totalBytes) {
  return threshold.bytes + Math.round(threshold.share * totalBytes);
}
function formatSize(bytes) {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1048576).toFixed(1)} MiB`;
}
function describeAdded(added) {
  return `${added.entries} new entries, ${formatSize(added.bytes)} of ${formatSize(added.totalBytes)}`;
}
function decideUpload(context) {
  if (context.matchedKey === context.primaryKey) return { save: false, reason: `exact hit on ${context.primaryKey}` };
  if (context.currentFingerprint === context.emptyFingerprint) return { save: false, reason: "the cache is empty" };
  if (!context.matchedKey) return { save: true, reason: "no entry was restored: new content" };
  if (context.currentFingerprint === context.restoredFingerprint) {
    return { save: false, reason: `content unchanged since the restore of ${context.matchedKey}` };
  }
  const { added, threshold } = context;
  if (context.sameLineage && added && threshold && added.bytes < thresholdBytes(threshold, added.totalBytes)) {
    const parts = `${formatSize(threshold.bytes)} + ${Math.round(threshold.share * 100)} percent of the cache`;
    return {
      save: false,
      reason: `${describeAdded(added)} since the restore of ${context.matchedKey}: below the threshold of ${formatSize(thresholdBytes(threshold, added.totalBytes))} (${parts})`
    };
  }
  return {
    save: true,
    reason: `content changed since the restore of ${context.matchedKey}${added ? ` (${describeAdded(added)})` : ""}`
  };
}

// src/cache/kinds.ts
function restoredEntriesList(dir) {
  const name = `setup-go-golden-restored-${createHash2("sha256").update(dir).digest("hex").slice(0, 16)}.txt`;
  return join(process.env.RUNNER_TEMP || tmpdir(), name);
}
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
      await ageBuildCacheEntries(dir, jobStartMs, restoredEntriesList(dir));
    },
    beforeSave: async (dir, jobStartMs) => {
      const trim = await trimBuildCache(dir, jobStartMs);
      info(`build cache trimmed: ${trim.removed} unused entries (${formatSize(trim.removedBytes)}) removed, ${trim.kept} kept`);
    },
    added: (dir) => addedSinceRestore(dir, restoredEntriesList(dir)),
    saveThreshold: BUILD_SAVE_THRESHOLD
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
  if (typeof value.jobStartMs !== "number" || typeof value.workspace !== "string" || !Array.isArray(value.caches))
    throw new Error("malformed cache state");
  return value;
}

export {
  EMPTY_FINGERPRINT,
  fingerprint,
  decideSaveForEvent,
  decideUpload,
  CACHE_KINDS,
  ALL_HIT_OUTPUT,
  cacheKind,
  RESTORE_STATE,
  encodeRecord,
  decodeRecord
};
//# sourceMappingURL=chunk-M3I3N7SO.js.map
