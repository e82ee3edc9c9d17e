// Rules every entry of an archive must obey before any byte of it is written, even to staging.
// Pure: takes names as they appear in the archive, returns the reason an entry is refused.
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
