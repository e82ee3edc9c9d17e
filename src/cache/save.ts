// Post-step half of the caches: runs each cache kind's pre-save step (the build cache is trimmed to
// what this job used), then saves each cache whose content changed, when the cache-save policy
// allows it. Failures only warn.
import * as cache from '@actions/cache';
import * as core from '@actions/core';
import * as log from '../shared/log';
import { readFileSync } from 'node:fs';
import { cacheDeadlines, transferBudgetMs, withinDeadline } from './deadline';
import { listFiles } from './files';
import { EMPTY_FINGERPRINT, fingerprint } from './fingerprint';
import { escapeCommandData } from '../shared/log-text';
import type { CacheSaveOptions } from './options';
import { decideSaveForEvent, decideUpload, type Decision } from './policy';
import { isSameLineage } from './keys';
import { cacheKind } from './kinds';
import { servicePath } from './entry-path';
import { decodeRecord, RESTORE_STATE, type RestoredCache } from './record';
import type { SaveOutcome } from './summary';

function readDefaultBranch(): string | undefined {
  const path = process.env.GITHUB_EVENT_PATH;
  if (!path) return undefined;
  try {
    const payload = JSON.parse(readFileSync(path, 'utf8')) as { repository?: { default_branch?: unknown } };
    const branch = payload.repository?.default_branch;
    return typeof branch === 'string' && branch ? branch : undefined;
  } catch {
    return undefined;
  }
}

export function saveDecisionForThisJob(options: CacheSaveOptions): Decision {
  return decideSaveForEvent(options.mode, {
    eventName: process.env.GITHUB_EVENT_NAME ?? '',
    ref: process.env.GITHUB_REF ?? '',
    defaultBranch: readDefaultBranch(),
    runnerDefaultBranch: options.runnerDefaultBranch,
  });
}

/**
 * The client resolves a relative path (entry-path.ts) from the current folder, while it packs
 * relative to GITHUB_WORKSPACE: the save starts from the workspace the restore named it from.
 */
async function fromWorkspace<T>(workspace: string, save: () => Promise<T>): Promise<T> {
  const before = process.cwd();
  process.chdir(workspace);
  try {
    return await save();
  } finally {
    process.chdir(before);
  }
}

async function saveOne(entry: RestoredCache, jobStartMs: number, workspace: string): Promise<SaveOutcome> {
  const descriptor = cacheKind(entry.kind);
  const label = descriptor.label;
  const notSaved = (reason: string): SaveOutcome => ({ label, key: entry.key, saved: false, reason });
  if (entry.matchedKey === entry.key) {
    log.info(`${label}: exact hit on ${entry.key}, not saved again`);
    return notSaved('exact hit on this key, which is never saved again');
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
    threshold: descriptor.saveThreshold,
  });
  // The reason may name the key the cache service matched: a value from outside.
  if (!decision.save) {
    log.info(`${label}: not saved (${escapeCommandData(decision.reason)})`);
    return notSaved(decision.reason);
  }
  log.info(`${label}: saving ${entry.dir} as ${entry.key} (${escapeCommandData(decision.reason)})`);
  // Packing, reserving, uploading and finalizing, bounded by the folder's size (the archive is
  // smaller) at the floor rate, plus an answer time for each of the two requests around the upload.
  const deadlines = cacheDeadlines();
  const bytes = files.reduce((sum, file) => sum + file.size, 0);
  const budgetMs = transferBudgetMs(bytes, deadlines) + deadlines.answerMs;
  try {
    // The library reports a refused reservation (409: another job saved this key) or a service
    // failure itself and returns -1; a job never fails over a cache.
    const id = await withinDeadline(
      fromWorkspace(workspace, () => cache.saveCache([servicePath(entry.dir, workspace)], entry.key)),
      budgetMs,
      'the save did not finish',
    );
    if (id === -1) {
      log.warning(`${label} was not saved as ${entry.key}: the cache service refused or failed (see the log above).`);
      return notSaved('the cache service refused or failed (see the log)');
    }
    log.info(`${label} saved as ${entry.key}`);
    // The library reports no archive size: the folder's files are what was packed.
    return { label, key: entry.key, saved: true, size: { bytes, of: 'folder' } };
  } catch (error) {
    log.warning(`${label} was not saved as ${entry.key}: ${(error as Error).message}`);
    return notSaved((error as Error).message);
  }
}

/** What the post step did with the caches: each one's outcome, or why none was saved. */
export interface SaveReport {
  outcomes: SaveOutcome[];
  refusal?: string;
}

/** Undefined when this job restored no cache (caching off, or no cache service): nothing to report. */
export async function saveCaches(options: CacheSaveOptions): Promise<SaveReport | undefined> {
  const record = decodeRecord(core.getState(RESTORE_STATE));
  if (!record) {
    log.info('caches were not restored in this job: nothing to save');
    return undefined;
  }
  const decision = saveDecisionForThisJob(options);
  if (!decision.save) {
    log.info(`caches not saved: ${decision.reason}`);
    return { outcomes: [], refusal: decision.reason };
  }
  const outcomes: SaveOutcome[] = [];
  for (const entry of record.caches) outcomes.push(await saveOne(entry, record.jobStartMs, record.workspace));
  return { outcomes };
}
