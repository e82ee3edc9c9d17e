// Whether the post step saves caches at all, and whether one cache needs uploading. Pure.

export type CacheSaveMode = 'auto' | 'always' | 'never';

export interface SaveEventContext {
  eventName: string;
  ref: string;
  /** repository.default_branch of the event payload; undefined when the payload has none. */
  defaultBranch?: string;
}

export interface Decision {
  save: boolean;
  reason: string;
}

/**
 * `auto` saves only on pushes to the default branch: pull requests and other branches then only
 * read the caches, so they can neither poison nor evict the entries every branch restores.
 */
export function decideSaveForEvent(mode: CacheSaveMode, event: SaveEventContext): Decision {
  if (mode === 'never') return { save: false, reason: 'cache-save is never' };
  if (mode === 'always') return { save: true, reason: 'cache-save is always' };
  if (event.eventName !== 'push')
    return { save: false, reason: `cache-save is auto and the event is ${event.eventName || 'unknown'}, not push` };
  if (!event.defaultBranch) return { save: false, reason: 'cache-save is auto and the event payload names no default branch' };
  const expected = `refs/heads/${event.defaultBranch}`;
  if (event.ref !== expected) return { save: false, reason: `cache-save is auto and ${event.ref} is not the default branch (${expected})` };
  return { save: true, reason: `push to the default branch ${event.defaultBranch}` };
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
