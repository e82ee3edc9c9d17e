// Which build cache entries this job did not use, and which it added. Pure.
//
// Go refreshes the mtime of a build cache entry it uses, but only when that mtime is more than
// an hour old (cmd/go/internal/cache: mtimeInterval). Right after a restore every entry is aged
// to well before the job started, so every entry used by this job ends up with an mtime after
// the job start; comparing against the job start minus the interval stays correct even for an
// entry that escaped the ageing.

export const GO_MTIME_INTERVAL_MS = 60 * 60 * 1000;

export interface CacheFile {
  /** Path relative to the cache root, with forward slashes. */
  path: string;
  /** Bytes; of a folder entry, the bytes of the files in it. */
  size: number;
  mtimeMs: number;
}

// Entries are <2 hex>/<64 hex>-a (action) and <2 hex>/<64 hex>-d (output); since Go 1.24 an
// output can also be a folder holding one executable (`go run`, `go tool`), which Go marks used
// on the folder itself. README, trim.txt, testexpire.txt and fuzz/ are Go's own bookkeeping and
// always stay.
const ENTRY = /^[0-9a-f]{2}\/[0-9a-f]{64}-[ad]$/;

export function isBuildCacheEntry(path: string): boolean {
  return ENTRY.test(path);
}

/** The mtime given to restored entries: old enough that Go refreshes it on first use. */
export function agedMtimeMs(jobStartMs: number): number {
  return jobStartMs - 2 * GO_MTIME_INTERVAL_MS;
}

/** Build cache entries to delete before saving: those this job did not touch. */
export function selectUnusedEntries(files: readonly CacheFile[], jobStartMs: number): CacheFile[] {
  const threshold = jobStartMs - GO_MTIME_INTERVAL_MS;
  return files.filter((file) => isBuildCacheEntry(file.path) && file.mtimeMs < threshold);
}

/** The build cache entries among `files` that the restore did not bring: what this job added. */
export function selectAddedEntries(files: readonly CacheFile[], restored: ReadonlySet<string>): CacheFile[] {
  return files.filter((file) => isBuildCacheEntry(file.path) && !restored.has(file.path));
}
