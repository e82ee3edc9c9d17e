// Rules every entry of an archive must obey before any byte of it is written, even to staging.
// Pure: takes names as they appear in the archive, returns the reason an entry is refused.
// refuseArchiveEntry judges one entry alone; ArchiveEntrySequence judges it against those before
// it, so that the entries may be written in any order, by several writers at once.
import { posix } from 'node:path';

const MAX_PATH_LENGTH = 4096;

export type ArchiveEntryKind = 'file' | 'directory' | 'symlink' | 'hardlink' | 'other';

const KIND_LABEL: Record<ArchiveEntryKind, string> = {
  file: 'file',
  directory: 'folder',
  symlink: 'symlink',
  hardlink: 'hard link',
  other: 'entry',
};

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
  // Longer than any path a file system takes; also keeps the checks below cheap.
  if (name.length > MAX_PATH_LENGTH) return `entry name is longer than ${MAX_PATH_LENGTH} characters: ${name.slice(0, 100)}…`;
  if ((entry.linkTarget?.length ?? 0) > MAX_PATH_LENGTH) return `link target of ${name} is longer than ${MAX_PATH_LENGTH} characters`;
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
      // Some tar readers make a link of any entry that names a target.
      return entry.linkTarget ? `${KIND_LABEL[entry.kind]} ${name} names a link target: ${entry.linkTarget}` : undefined;
    case 'symlink': {
      const target = entry.linkTarget ?? '';
      if (target === '' || target.startsWith('/') || /^[A-Za-z]:/.test(target))
        return `symlink ${name} points to an absolute path: ${target}`;
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

/** An entry's path as it is checked and written: normalized, without a folder's trailing slash. */
export function entryPath(name: string): string {
  return posix.normalize(name).replace(/\/$/, '');
}

function isInside(path: string, root: string): boolean {
  return path === root.replace(/\/$/, '') || path.startsWith(root);
}

export interface ArchiveLimits {
  maxEntries: number;
  maxUnpackedBytes: number;
}

/**
 * The key two names share when a file system could take them for the same file (macOS and Windows
 * fold case and Unicode forms). Folds more than any of them (compatibility forms, upper then lower
 * case so that σ, ς and Σ, or ß and SS, meet): a false match only refuses an archive.
 */
function pathKey(path: string): string {
  return path.normalize('NFKC').toUpperCase().toLowerCase().normalize('NFKC');
}

/**
 * Judges the entries of one archive in order. On top of refuseArchiveEntry it refuses what only
 * makes sense written one entry after another, so that entries can be written in any order, by
 * several writers at once, and no entry can redirect where another is written:
 * - a path seen twice, comparing names the way a case-insensitive file system would;
 * - anything under a symlink, file or hard link of the archive, and a symlink, file or hard link
 *   where earlier entries (or the targets of earlier symlinks) needed a folder;
 * - a symlink whose target passes through a symlink or file of the archive;
 * - a hard link to anything but a file already seen, spelled as that file was;
 * - data on anything but a file, and sizes that are not whole numbers;
 * - more entries and folders than the limit.
 * Go archives do none of these.
 */
export class ArchiveEntrySequence {
  /** Every entry admitted, by pathKey. */
  private readonly admitted = new Map<string, { kind: ArchiveEntryKind; path: string }>();
  /** Every folder an admitted entry lives in or an admitted symlink's target passes through, by pathKey. */
  private readonly folders = new Set<string>();
  private entries = 0;
  private unpackedBytes = 0;

  constructor(
    private readonly root: string,
    private readonly limits: ArchiveLimits,
  ) {}

  refuse(entry: ArchiveEntry & { size: number }): string | undefined {
    const reason = refuseArchiveEntry(entry, this.root);
    if (reason) return reason;
    const path = entryPath(entry.name);
    const label = `${KIND_LABEL[entry.kind]} ${path}`;
    if (!Number.isSafeInteger(entry.size) || entry.size < 0) return `${label} has an invalid size (${entry.size})`;
    if (entry.kind !== 'file' && entry.size !== 0) return `${label} carries ${entry.size} bytes of data`;
    this.unpackedBytes += entry.size;
    if (this.unpackedBytes > this.limits.maxUnpackedBytes) {
      return `archive unpacks to more than ${this.limits.maxUnpackedBytes} bytes`;
    }
    const key = pathKey(path);
    if (this.admitted.has(key)) return `${path} appears twice in the archive`;
    if (entry.kind !== 'directory' && this.folders.has(key)) return `${label} is where earlier entries needed a folder`;
    const newFolders: string[] = [];
    for (let parent = posix.dirname(path); parent !== '.' && parent !== '/'; parent = posix.dirname(parent)) {
      const parentKey = pathKey(parent);
      const blocker = this.notAFolder(parentKey);
      if (blocker) return `${path} would be written ${blocker}`;
      // A folder already known had its own ancestors judged when it was added.
      if (this.folders.has(parentKey)) break;
      newFolders.push(parentKey);
    }
    if (entry.kind === 'symlink') {
      const passed = this.foldersOnTheWay(posix.dirname(path), entry.linkTarget ?? '');
      if (typeof passed === 'string') return `symlink ${path} points ${passed}`;
      newFolders.push(...passed);
    }
    if (entry.kind === 'hardlink') {
      const target = posix.normalize(entry.linkTarget ?? '');
      const linked = this.admitted.get(pathKey(target));
      if (!linked || (linked.kind !== 'file' && linked.kind !== 'hardlink')) {
        return `hard link ${path} points to ${target}, which is not a file earlier in the archive`;
      }
      if (linked.path !== target) return `hard link ${path} points to ${target}, but the archive spells that file ${linked.path}`;
    }
    const added = newFolders.filter((folder) => !this.folders.has(folder));
    if (++this.entries + this.folders.size + added.length > this.limits.maxEntries) {
      return `archive has more than ${this.limits.maxEntries} entries and folders`;
    }
    this.admitted.set(key, { kind: entry.kind, path });
    for (const folder of added) this.folders.add(folder);
    return undefined;
  }

  /** Why the path with this key cannot be a folder ("through the symlink go/x"), if an admitted entry says so. */
  private notAFolder(key: string): string | undefined {
    const existing = this.admitted.get(key);
    if (!existing || existing.kind === 'directory') return undefined;
    return `${existing.kind === 'symlink' ? 'through' : 'under'} the ${KIND_LABEL[existing.kind]} ${existing.path}`;
  }

  /**
   * Walks a symlink target the way the kernel will, from the link's folder: every name followed by
   * more of the target must be a folder (never a link of the archive), now and later. Returns those
   * folders' keys, or why the target is refused.
   */
  private foldersOnTheWay(linkFolder: string, target: string): string[] | string {
    const walked = linkFolder.split('/');
    const folders: string[] = [];
    const names = target.split('/').filter((name) => name !== '' && name !== '.');
    for (const [index, name] of names.entries()) {
      if (name === '..') {
        walked.pop();
        continue;
      }
      walked.push(name);
      if (index === names.length - 1) break;
      const key = pathKey(walked.join('/'));
      const blocker = this.notAFolder(key);
      if (blocker) return blocker;
      folders.push(key);
    }
    return folders;
  }
}
