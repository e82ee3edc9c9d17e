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

export interface UploadContext {
  primaryKey: string;
  /** The key the restore matched, if any. */
  matchedKey?: string;
  /** Fingerprint right after the restore, and now. */
  restoredFingerprint: string;
  currentFingerprint: string;
  emptyFingerprint: string;
}

/** An exact hit is never re-uploaded (keys are immutable); otherwise upload only changed, non-empty content. */
export function decideUpload(context: UploadContext): Decision {
  if (context.matchedKey === context.primaryKey) return { save: false, reason: `exact hit on ${context.primaryKey}` };
  if (context.currentFingerprint === context.emptyFingerprint) return { save: false, reason: 'the cache is empty' };
  if (context.currentFingerprint === context.restoredFingerprint) {
    return { save: false, reason: `content unchanged since the restore${context.matchedKey ? ` of ${context.matchedKey}` : ''}` };
  }
  return { save: true, reason: context.matchedKey ? `content changed since the restore of ${context.matchedKey}` : 'new content' };
}
