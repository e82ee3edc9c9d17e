// What the main step tells the post step about the caches it restored (saved as action state).

import type { CacheKind } from './kinds';

export interface RestoredCache {
  kind: CacheKind;
  dir: string;
  key: string;
  matchedKey?: string;
  /** The prefix of the entries `key` succeeds (keys.ts CacheKeySet.lineage): restored from one, a save needs the threshold. */
  lineage?: string;
  /** Fingerprint of the directory right after the restore. */
  fingerprint: string;
}

export interface RestoreRecord {
  jobStartMs: number;
  /** The workspace a relative entry path is relative to. */
  workspace: string;
  caches: RestoredCache[];
}

export const RESTORE_STATE = 'setup-go-golden-caches';

export function encodeRecord(record: RestoreRecord): string {
  return JSON.stringify(record);
}

export function decodeRecord(text: string): RestoreRecord | undefined {
  if (!text) return undefined;
  const value = JSON.parse(text) as RestoreRecord;
  if (typeof value.jobStartMs !== 'number' || typeof value.workspace !== 'string' || !Array.isArray(value.caches))
    throw new Error('malformed cache state');
  return value;
}
