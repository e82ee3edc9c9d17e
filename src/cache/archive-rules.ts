// What a cache archive may hold, judged entry by entry before anything of it is written. Pure.
// @actions/cache names entries relative to the workspace (`../../go/pkg/mod/golang.org/...`), and
// its own restore extracts them with `tar -P` wherever they point. Here every entry must live in
// the one cache folder the archive was saved from, and be what Go writes there: files and folders.
// Go's module cache holds no links (module zips cannot carry them, and cmd/go makes none) and its
// build cache holds none either; no set-id bits, no devices.
import { ArchiveEntrySequence, entryPath, type ArchiveLimits } from '../archive/archive-entry';
import type { HeaderView, Placement, UnpackRules } from '../archive/checked-unpacker';

/** Far above real caches (a large module cache: ~300,000 files, a few GB), far below what would exhaust a runner. */
export const CACHE_ARCHIVE_LIMITS: ArchiveLimits = { maxEntries: 2_000_000, maxUnpackedBytes: 64 * 1024 ** 3 };

const SET_ID_BITS = 0o6000;

export interface CacheArchive {
  /** The cache folder as the archive names it: relative to the workspace, as @actions/cache wrote it. */
  prefix: string;
  /** The folder of the staging area the cache is written to (GOMODCACHE, GOCACHE). */
  root: string;
  /** How messages name the cache: module cache, build cache. */
  label: string;
  container: 'zstd' | 'gzip';
}

/** Rules for the checked unpacker: entries inside `prefix` land under `root`, anything else refuses the archive. */
export function cacheArchiveRules(archive: CacheArchive, limits: ArchiveLimits = CACHE_ARCHIVE_LIMITS): UnpackRules {
  const sequence = new ArchiveEntrySequence(`${archive.root}/`, limits);
  const inside = archive.prefix === '.' ? './' : `${archive.prefix}/`;
  return {
    judge(entry: HeaderView): Placement | string {
      const { name } = entry;
      if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return `absolute path in archive: ${name}`;
      if (name !== archive.prefix && !name.startsWith(inside)) return `${name} is outside the ${archive.label} (${archive.prefix})`;
      if (entry.kind !== 'file' && entry.kind !== 'directory') {
        const what =
          entry.kind === 'other'
            ? 'a device, FIFO or other special file'
            : `a ${entry.kind === 'hardlink' ? 'hard link' : 'symlink'} to ${entry.linkTarget}`;
        return `${name} is ${what}: a ${archive.label} holds only files and folders`;
      }
      if (entry.mode & SET_ID_BITS) return `${name} has the setuid or setgid bit (mode ${(entry.mode & 0o7777).toString(8)})`;
      const staged = `${archive.root}/${name.slice(inside.length)}`;
      const reason = sequence.refuse({ name: staged, kind: entry.kind, linkTarget: entry.linkTarget, size: entry.size });
      return reason ?? { path: entryPath(staged) };
    },
    maxStreamBytes: limits.maxUnpackedBytes + limits.maxEntries * 1536,
    container: archive.container,
  };
}
