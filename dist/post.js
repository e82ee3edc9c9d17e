import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  parseCacheSave
} from "./chunk-444EMPVF.js";
import {
  cacheDeadlines,
  exitIfWorkAbandoned,
  transferBudgetMs,
  withinDeadline
} from "./chunk-7VLQPEDF.js";
import {
  EMPTY_FINGERPRINT,
  RESTORE_STATE,
  cacheKind,
  decodeRecord,
  fingerprint
} from "./chunk-HI7F5SIZ.js";
import {
  listFiles
} from "./chunk-PVVD4IJK.js";
import {
  saveCache
} from "./chunk-N4L6VBEH.js";
import "./chunk-EGEIOS4H.js";
import "./chunk-UX5KDH27.js";
import "./chunk-DWG5MND4.js";
import "./chunk-WM7KHEVL.js";
import "./chunk-CLOEEFTM.js";
import "./chunk-UG6VY2RL.js";
import {
  actionInputs
} from "./chunk-X7OREOBU.js";
import {
  removeJobBuilderFromState
} from "./chunk-76UUOY22.js";
import "./chunk-USSYQ7N4.js";
import {
  info,
  warning
} from "./chunk-26IYKK3F.js";
import {
  getState
} from "./chunk-YQMGHQ5S.js";
import "./chunk-MYHJHFEH.js";
import {
  escapeCommandData
} from "./chunk-BM5O3AMR.js";
import "./chunk-J27SYFL5.js";

// src/cache/save.ts
import { readFileSync } from "node:fs";

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
function decideUpload(context) {
  if (context.matchedKey === context.primaryKey) return { save: false, reason: `exact hit on ${context.primaryKey}` };
  if (context.currentFingerprint === context.emptyFingerprint) return { save: false, reason: "the cache is empty" };
  if (context.currentFingerprint === context.restoredFingerprint) {
    return { save: false, reason: `content unchanged since the restore${context.matchedKey ? ` of ${context.matchedKey}` : ""}` };
  }
  return { save: true, reason: context.matchedKey ? `content changed since the restore of ${context.matchedKey}` : "new content" };
}

// src/cache/save.ts
function readDefaultBranch() {
  const path = process.env.GITHUB_EVENT_PATH;
  if (!path) return void 0;
  try {
    const payload = JSON.parse(readFileSync(path, "utf8"));
    const branch = payload.repository?.default_branch;
    return typeof branch === "string" && branch ? branch : void 0;
  } catch {
    return void 0;
  }
}
function saveDecisionForThisJob(options) {
  return decideSaveForEvent(options.mode, {
    eventName: process.env.GITHUB_EVENT_NAME ?? "",
    ref: process.env.GITHUB_REF ?? "",
    defaultBranch: readDefaultBranch(),
    runnerDefaultBranch: options.runnerDefaultBranch
  });
}
async function saveOne(entry, jobStartMs) {
  const descriptor = cacheKind(entry.kind);
  const label = descriptor.label;
  if (entry.matchedKey === entry.key) {
    info(`${label}: exact hit on ${entry.key}, not saved again`);
    return;
  }
  await descriptor.beforeSave?.(entry.dir, jobStartMs);
  const files = await listFiles(entry.dir);
  const decision = decideUpload({
    primaryKey: entry.key,
    matchedKey: entry.matchedKey,
    restoredFingerprint: entry.fingerprint,
    currentFingerprint: fingerprint(files),
    emptyFingerprint: EMPTY_FINGERPRINT
  });
  if (!decision.save) {
    info(`${label}: not saved (${escapeCommandData(decision.reason)})`);
    return;
  }
  info(`${label}: saving ${entry.dir} as ${entry.key} (${escapeCommandData(decision.reason)})`);
  const deadlines = cacheDeadlines();
  const bytes = files.reduce((sum, file) => sum + file.size, 0);
  const budgetMs = transferBudgetMs(bytes, deadlines) + deadlines.answerMs;
  try {
    const id = await withinDeadline(saveCache([entry.dir], entry.key), budgetMs, "the save did not finish");
    if (id === -1) warning(`${label} was not saved as ${entry.key}: the cache service refused or failed (see the log above).`);
    else info(`${label} saved as ${entry.key}`);
  } catch (error) {
    warning(`${label} was not saved as ${entry.key}: ${error.message}`);
  }
}
async function saveCaches(options) {
  const record = decodeRecord(getState(RESTORE_STATE));
  if (!record) {
    info("caches were not restored in this job: nothing to save");
    return;
  }
  const decision = saveDecisionForThisJob(options);
  if (!decision.save) {
    info(`caches not saved: ${decision.reason}`);
    return;
  }
  for (const entry of record.caches) await saveOne(entry, record.jobStartMs);
}

// src/post.ts
await removeJobBuilderFromState();
try {
  await saveCaches(parseCacheSave(actionInputs()));
} catch (error) {
  warning(`caches not saved: ${error.message}`);
}
exitIfWorkAbandoned();
//# sourceMappingURL=post.js.map
