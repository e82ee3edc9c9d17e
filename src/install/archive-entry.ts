// Rules every entry of an archive must obey before any byte of it is written, even to staging.
// Pure: takes names as they appear in the archive, returns the reason an entry is refused.
// refuseArchiveEntry judges one entry alone; ArchiveEntrySequence judges it against those before
// it, so that the entries may be written in any order, by several writers at once.
import { posix } from 'node:path';

export type ArchiveEntryKind = 'file' | 'directory' | 'symlink' | 'hardlink' | 'other';

export interface ArchiveEntry {
  name: string;
  kind: ArchiveEntryKind;
  /** Target of a symlink (relative to the link's folder) or a hard link (relative to the archive root). */
  linkTarget?: string;
}

/**
 * Returns why the entry is unsafe, or undefined when it may be extracted.
 * `root` is the single top folder every entry must live in (`go/` for go.dev archives).
 */
export function refuseArchiveEntry(entry: ArchiveEntry, root: string): string | undefined {
  const name = entry.name;
  if (name.includes('\0')) return `entry name contains a NUL byte: ${JSON.stringify(name)}`;
  if (name.includes('\\')) return `entry name contains a backslash: ${name}`;
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return `absolute path in archive: ${name}`;
  if (name.split('/').includes('..')) return `path escapes the archive with '..': ${name}`;
  const normalized = posix.normalize(name);
  if (normalized !== root.replace(/\/$/, '') && !normalized.startsWith(root)) {
    return `entry outside the top folder ${root}: ${name}`;
  }
  switch (entry.kind) {
    case 'file':
    case 'directory':
      return undefined;
    case 'symlink': {
      const target = entry.linkTarget ?? '';
      if (target === '' || target.startsWith('/') || /^[A-Za-z]:/.test(target)) return `symlink ${name} points to an absolute path: ${target}`;
      const resolved = posix.normalize(posix.join(posix.dirname(normalized), target));
      if (resolved === '..' || resolved.startsWith('../') || !isInside(resolved, root)) {
        return `symlink ${name} escapes ${root}: ${target}`;
      }
      return undefined;
    }
    case 'hardlink': {
      const target = entry.linkTarget ?? '';
      if (target.startsWith('/') || target.split('/').includes('..') || !isInside(posix.normalize(target), root)) {
        return `hard link ${name} points outside ${root}: ${target}`;
      }
      return undefined;
    }
    default:
      return `entry ${name} is neither a file, a folder nor a link (devices and FIFOs are refused)`;
  }
}

function isInside(path: string, root: string): boolean {
  return path === root.replace(/\/$/, '') || path.startsWith(root);
}

export interface ArchiveLimits {
  maxEntries: number;
  maxUnpackedBytes: number;
}

/**
 * Judges the entries of one archive in order. On top of refuseArchiveEntry it refuses what only
 * makes sense written one entry after another: a path seen twice, an entry under a symlink of the
 * archive (written through it), a hard link to an entry not yet seen. Go archives do none of
 * these, and without them no entry depends on another having been written first.
 */
export class ArchiveEntrySequence {
  private readonly symlinks = new Set<string>();
  private readonly seen = new Set<string>();
  private entries = 0;
  private unpackedBytes = 0;

  constructor(
    private readonly root: string,
    private readonly limits: ArchiveLimits,
  ) {}

  refuse(entry: ArchiveEntry & { size: number }): string | undefined {
    const reason = refuseArchiveEntry(entry, this.root);
    if (reason) return reason;
    const path = posix.normalize(entry.name).replace(/\/$/, '');
    if (++this.entries > this.limits.maxEntries) return `archive has more than ${this.limits.maxEntries} entries`;
    if ((this.unpackedBytes += entry.size) > this.limits.maxUnpackedBytes) {
      return `archive unpacks to more than ${this.limits.maxUnpackedBytes} bytes`;
    }
    if (this.seen.has(path)) return `${path} appears twice in the archive`;
    // Most archives (Go's among them) have no symlink at all: no ancestors to look up then.
    for (let parent = posix.dirname(path); this.symlinks.size > 0 && parent !== '.' && parent !== '/'; parent = posix.dirname(parent)) {
      if (this.symlinks.has(parent)) return `${entry.name} would be written through the symlink ${parent}`;
    }
    if (entry.kind === 'hardlink') {
      const target = posix.normalize(entry.linkTarget ?? '');
      if (!this.seen.has(target)) return `hard link ${entry.name} points to ${target}, which is not earlier in the archive`;
    }
    this.seen.add(path);
    if (entry.kind === 'symlink') this.symlinks.add(path);
    return undefined;
  }
}
