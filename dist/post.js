import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  parseCacheSave,
  saveSummaryMarkdown
} from "./chunk-GCJQ3Q25.js";
import {
  servicePath
} from "./chunk-4V75LUHY.js";
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
  decideSaveForEvent,
  decideUpload,
  decodeRecord,
  fingerprint
} from "./chunk-M3I3N7SO.js";
import {
  isSameLineage,
  listFiles
} from "./chunk-CTN2EULH.js";
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
} from "./chunk-PIFPU7MM.js";
import "./chunk-USSYQ7N4.js";
import {
  info,
  warning
} from "./chunk-UUH7NTXT.js";
import {
  getState,
  summary
} from "./chunk-YQMGHQ5S.js";
import "./chunk-MYHJHFEH.js";
import {
  escapeCommandData
} from "./chunk-BM5O3AMR.js";
import "./chunk-J27SYFL5.js";

// src/cache/save.ts
import { readFileSync } from "node:fs";
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
async function fromWorkspace(workspace, save) {
  const before = process.cwd();
  process.chdir(workspace);
  try {
    return await save();
  } finally {
    process.chdir(before);
  }
}
async function saveOne(entry, jobStartMs, workspace) {
  const descriptor = cacheKind(entry.kind);
  const label = descriptor.label;
  const notSaved = (reason) => ({ label, key: entry.key, saved: false, reason });
  if (entry.matchedKey === entry.key) {
    info(`${label}: exact hit on ${entry.key}, not saved again`);
    return notSaved("exact hit on this key, which is never saved again");
  }
  await descriptor.beforeSave?.(entry.dir, jobStartMs);
  const files = await listFiles(entry.dir);
  const decision = decideUpload({
    primaryKey: entry.key,
    matchedKey: entry.matchedKey,
    restoredFingerprint: entry.fingerprint,
    currentFingerprint: fingerprint(files),
    emptyFingerprint: EMPTY_FINGERPRINT,
    sameLineage: isSameLineage(entry.lineage, entry.matchedKey),
    added: await descriptor.added?.(entry.dir),
    threshold: descriptor.saveThreshold
  });
  if (!decision.save) {
    info(`${label}: not saved (${escapeCommandData(decision.reason)})`);
    return notSaved(decision.reason);
  }
  info(`${label}: saving ${entry.dir} as ${entry.key} (${escapeCommandData(decision.reason)})`);
  const deadlines = cacheDeadlines();
  const bytes = files.reduce((sum, file) => sum + file.size, 0);
  const budgetMs = transferBudgetMs(bytes, deadlines) + deadlines.answerMs;
  try {
    const id = await withinDeadline(
      fromWorkspace(workspace, () => saveCache([servicePath(entry.dir, workspace)], entry.key)),
      budgetMs,
      "the save did not finish"
    );
    if (id === -1) {
      warning(`${label} was not saved as ${entry.key}: the cache service refused or failed (see the log above).`);
      return notSaved("the cache service refused or failed (see the log)");
    }
    info(`${label} saved as ${entry.key}`);
    return { label, key: entry.key, saved: true, size: { bytes, of: "folder" } };
  } catch (error) {
    warning(`${label} was not saved as ${entry.key}: ${error.message}`);
    return notSaved(error.message);
  }
}
async function saveCaches(options) {
  const record = decodeRecord(getState(RESTORE_STATE));
  if (!record) {
    info("caches were not restored in this job: nothing to save");
    return void 0;
  }
  const decision = saveDecisionForThisJob(options);
  if (!decision.save) {
    info(`caches not saved: ${decision.reason}`);
    return { outcomes: [], refusal: decision.reason };
  }
  const outcomes = [];
  for (const entry of record.caches) outcomes.push(await saveOne(entry, record.jobStartMs, record.workspace));
  return { outcomes };
}

// src/post.ts
await removeJobBuilderFromState();
var report;
try {
  report = await saveCaches(parseCacheSave(actionInputs()));
} catch (error) {
  warning(`caches not saved: ${error.message}`);
}
if (report && process.env.GITHUB_STEP_SUMMARY) {
  try {
    await summary.addRaw(saveSummaryMarkdown(report.outcomes, report.refusal)).write();
  } catch (error) {
    info(`the job summary could not be written: ${error.message}`);
  }
}
exitIfWorkAbandoned();
//# sourceMappingURL=post.js.map
