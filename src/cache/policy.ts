// Whether the post step saves caches at all, and whether one cache needs uploading. Pure.

export type CacheSaveMode = 'auto' | 'always' | 'never';

export interface SaveEventContext {
  eventName: string;
  ref: string;
  /** repository.default_branch of the event file; undefined when the file names none. */
  defaultBranch?: string;
  /**
   * The runner's own github.event.repository.default_branch (the hidden default-branch input):
   * nektos/act's default event file names no repository, yet its expression context knows the branch.
   * The event file stays first: it is what the runner was started with.
   */
  runnerDefaultBranch?: string;
}

export interface Decision {
  save: boolean;
  reason: string;
}

/** Every auto refusal ends with the way out: a job that must save says so itself. */
const TO_SAVE = 'to save anyway, set cache-save: always';

/**
 * `auto` saves only on pushes to the default branch: pull requests and other branches then only
 * read the caches, so they can neither poison nor evict the entries every branch restores.
 */
export function decideSaveForEvent(mode: CacheSaveMode, event: SaveEventContext): Decision {
  if (mode === 'never') return { save: false, reason: 'cache-save is never' };
  if (mode === 'always') return { save: true, reason: 'cache-save is always' };
  if (event.eventName !== 'push')
    return { save: false, reason: `cache-save is auto and the event is ${event.eventName || 'unknown'}, not push; ${TO_SAVE}` };
  const branch = event.defaultBranch || event.runnerDefaultBranch;
  if (!branch)
    return {
      save: false,
      reason: `cache-save is auto and neither the event file (repository.default_branch) nor the runner names the default branch; ${TO_SAVE}`,
    };
  const expected = `refs/heads/${branch}`;
  if (event.ref !== expected)
    return { save: false, reason: `cache-save is auto and ${event.ref} is not the default branch (${expected}); ${TO_SAVE}` };
  return { save: true, reason: `push to the default branch ${branch}` };
}

/** What a job added to the restored content (entries it did not restore), and what a save would upload. */
export interface AddedContent {
  entries: number;
  bytes: number;
  /** The bytes of every entry the folder holds now (after the trim): what a save packs and uploads. */
  totalBytes: number;
}

/**
 * When a new entry of the same lineage is worth its upload: when compiling again what the job
 * added would take longer than the save. A save costs a fixed part (its requests) and a part that
 * grows with the cache it packs and uploads, so the job must add `bytes` plus `share` of the bytes
 * a save would upload.
 */
export interface SaveThreshold {
  bytes: number;
  share: number;
}

/**
 * Measured on caddyserver/caddy's history (bench/history.bench.ts, docs/caches.md#the-save-threshold):
 * a warm job took 0.13-0.15 s more per MiB of build results it added, and a save added 4.2 s to
 * the post step for a 697 MiB cache, so a save pays for one later job once the job added about 4%
 * of the cache. `bytes` stands for the save's requests.
 */
export const BUILD_SAVE_THRESHOLD: SaveThreshold = { bytes: 1024 * 1024, share: 0.04 };

/** The bytes a job must add before `totalBytes` of cache are worth saving again. */
export function thresholdBytes(threshold: SaveThreshold, totalBytes: number): number {
  return threshold.bytes + Math.round(threshold.share * totalBytes);
}

export interface UploadContext {
  primaryKey: string;
  /** The key the restore matched, if any. */
  matchedKey?: string;
  /** Fingerprint right after the restore, and now. */
  restoredFingerprint: string;
  currentFingerprint: string;
  emptyFingerprint: string;
  /** Whether the matched entry is an earlier one of the primary key's lineage (keys.ts isSameLineage). */
  sameLineage?: boolean;
  /** What the job added since the restore, when known. */
  added?: AddedContent;
  threshold?: SaveThreshold;
}

/** A measured size as the cache logs say it. */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1048576).toFixed(1)} MiB`;
}

function describeAdded(added: AddedContent): string {
  return `${added.entries} new entries, ${formatSize(added.bytes)} of ${formatSize(added.totalBytes)}`;
}

/**
 * An exact hit is never re-uploaded (keys are immutable); otherwise upload only changed, non-empty
 * content. Content restored from an earlier entry of the same lineage is uploaded again only when
 * the job added at least the threshold: below it, the next jobs recompile a little rather than
 * every push storing another copy of nearly the same cache. What a job does not save stays new
 * for the next job, so the work left to recompile never grows past the threshold for long.
 */
export function decideUpload(context: UploadContext): Decision {
  if (context.matchedKey === context.primaryKey) return { save: false, reason: `exact hit on ${context.primaryKey}` };
  if (context.currentFingerprint === context.emptyFingerprint) return { save: false, reason: 'the cache is empty' };
  // After a miss the service lacks the entry, whatever the folder held before the job (a runner
  // that keeps HOME): anything there is worth uploading.
  if (!context.matchedKey) return { save: true, reason: 'no entry was restored: new content' };
  if (context.currentFingerprint === context.restoredFingerprint) {
    return { save: false, reason: `content unchanged since the restore of ${context.matchedKey}` };
  }
  const { added, threshold } = context;
  if (context.sameLineage && added && threshold && added.bytes < thresholdBytes(threshold, added.totalBytes)) {
    const parts = `${formatSize(threshold.bytes)} + ${Math.round(threshold.share * 100)} percent of the cache`;
    return {
      save: false,
      reason: `${describeAdded(added)} since the restore of ${context.matchedKey}: below the threshold of ${formatSize(thresholdBytes(threshold, added.totalBytes))} (${parts})`,
    };
  }
  return {
    save: true,
    reason: `content changed since the restore of ${context.matchedKey}${added ? ` (${describeAdded(added)})` : ''}`,
  };
}
