// The one way the action reads a file of the repository it works on (version files, go.mod,
// workflows, action files, Dockerfiles, go.sum for cache keys). A pull request's author writes
// these files, so a file can be a symbolic link to the runner's secrets (`-> /proc/self/environ`),
// a link in a parent directory, a FIFO that never answers, or a file too large to hold. Each path
// component inside the root is checked with lstat, the file itself is opened with O_NOFOLLOW (and
// O_NONBLOCK, so that a FIFO swapped in after the check cannot hang the open), must be a regular
// file, and is read up to a size cap. What is refused says so without a byte of the target.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, posix, relative, resolve, sep } from 'node:path';

export type RepoRead = { kind: 'text'; text: string } | RepoRefusal | { kind: 'missing' };

/** The same read, as bytes (content that is hashed, not parsed). */
export type RepoBytes = { kind: 'bytes'; bytes: Buffer } | RepoRefusal | { kind: 'missing' };

/** Why a file of the repository was not read. */
export type RepoRefusal =
  /** A link, or a file that is not a regular file: `at` is its path in the repository (maybe a parent directory). */
  | { kind: 'not-followed'; at: string; what: string }
  /** Larger than the cap for its kind. */
  | { kind: 'too-large'; limit: number }
  /** The whole read's budget of files or bytes is spent. */
  | { kind: 'over-budget'; reason: string };

/**
 * Files and bytes a whole run may read: a repository of a million files reads at most this much,
 * and says where it stopped instead of running out of time or memory.
 */
export class ReadBudget {
  files = 0;
  bytes = 0;

  constructor(
    readonly maxFiles: number,
    readonly maxBytes: number,
    /** What the bytes are of, for the refusal: `in all`, or a kind of file. */
    private readonly of = 'in all',
    /** The budget whose file count this one's files count against (a budget of its own bytes). */
    private readonly counter?: ReadBudget,
  ) {}

  /** A budget of `maxBytes` of its own for some kind of file, whose files count against this one's. */
  sharingFiles(maxBytes: number, of: string): ReadBudget {
    return new ReadBudget(this.maxFiles, maxBytes, of, this.counter ?? this);
  }

  /** Why one more file of `size` bytes cannot be read; undefined when it can (and is then counted). */
  take(size: number): string | undefined {
    const counter = this.counter ?? this;
    if (counter.files >= counter.maxFiles) return `the check reads at most ${counter.maxFiles} files`;
    if (this.bytes + size > this.maxBytes) return `the check reads at most ${formatBytes(this.maxBytes)} ${this.of}`;
    counter.files++;
    if (counter !== this) this.files++;
    this.bytes += size;
    return undefined;
  }
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1 << 20 && bytes % (1 << 20) === 0) return `${bytes / (1 << 20)} MiB`;
  if (bytes >= 1 << 10 && bytes % (1 << 10) === 0) return `${bytes / (1 << 10)} KiB`;
  return `${bytes} bytes`;
}

export interface RepoReadOptions {
  /** The largest file of this kind that is read. */
  maxBytes: number;
  budget?: ReadBudget;
  /** The caller reached the path through real directories (a walk that does not follow links): check only the file. */
  parentsChecked?: boolean;
}

/** O_NOFOLLOW and O_NONBLOCK are POSIX; Windows has neither (nor FIFOs), and lstat still sees links there. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/**
 * The repository path of a relative path (`a/./b` -> `a/b`); undefined for one that is absolute or
 * leaves the root, which names no file of the repository.
 */
export function repoPath(path: string): string | undefined {
  if (path === '' || isAbsolute(path) || /^[A-Za-z]:/.test(path)) return undefined;
  const normal = posix.normalize(path.replace(/\\/g, '/'));
  if (normal === '..' || normal.startsWith('../') || normal.startsWith('/')) return undefined;
  return normal === '.' ? undefined : normal.replace(/\/+$/, '');
}

/**
 * The first component of `path` (relative to `root`, with `/`) that is a link or not a directory,
 * as a path relative to root; undefined when every component is a real directory (or missing).
 */
export function notADirectoryBelow(root: string, path: string): { at: string; what: string; link: boolean } | undefined {
  const inside = repoPath(path);
  if (inside === undefined) return undefined;
  let at = '';
  for (const part of inside.split('/')) {
    at = at === '' ? part : `${at}/${part}`;
    const stats = lstatOrUndefined(join(root, at));
    if (!stats) return undefined;
    if (stats.isSymbolicLink()) return { at, what: 'a symbolic link to a directory', link: true };
    if (!stats.isDirectory()) return { at, what: notRegular(stats) ?? 'a file', link: false };
  }
  return undefined;
}

/** Reads `path` (relative to `root`, with `/`) as text without following a link anywhere below root. */
export function readRepoFile(root: string, path: string, options: RepoReadOptions): RepoRead {
  const read = readRepoBytes(root, path, options);
  return read.kind === 'bytes' ? { kind: 'text', text: read.bytes.toString('utf8') } : read;
}

/** readRepoFile, for content that is hashed rather than read as text. */
export function readRepoBytes(root: string, path: string, options: RepoReadOptions): RepoBytes {
  const inside = repoPath(path);
  if (inside === undefined) return { kind: 'missing' };
  if (!options.parentsChecked) {
    const parent = posix.dirname(inside);
    const blocked = parent === '.' ? undefined : notADirectoryBelow(root, parent);
    // A file where a folder should be means there is no such path; a link is refused by name.
    if (blocked) return blocked.link ? { kind: 'not-followed', at: blocked.at, what: blocked.what } : { kind: 'missing' };
  }
  const full = join(root, inside);
  const stats = lstatOrUndefined(full);
  if (!stats) return { kind: 'missing' };
  const refused = notRegular(stats);
  if (refused) return { kind: 'not-followed', at: inside, what: refused };
  if (stats.size > options.maxBytes) return { kind: 'too-large', limit: options.maxBytes };
  // Counted before the open: past the budget, no file is opened at all.
  const spent = options.budget?.take(stats.size);
  if (spent) return { kind: 'over-budget', reason: spent };
  let fd: number;
  try {
    fd = openSync(full, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // ELOOP: the file was swapped for a link after the check (O_NOFOLLOW refused it).
    if (code === 'ELOOP' || code === 'EMLINK') return { kind: 'not-followed', at: inside, what: 'a symbolic link' };
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
    throw error;
  }
  try {
    const opened = fstatSync(fd);
    const swapped = notRegular(opened) ?? (opened.ino !== stats.ino || opened.dev !== stats.dev ? 'a file replaced while read' : undefined);
    if (swapped) return { kind: 'not-followed', at: inside, what: swapped };
    const bytes = readUpTo(fd, options.maxBytes + 1);
    if (bytes.length > options.maxBytes) return { kind: 'too-large', limit: options.maxBytes };
    return { kind: 'bytes', bytes };
  } finally {
    closeSync(fd);
  }
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ENAMETOOLONG') return undefined;
    throw error;
  }
}

/** What a file is when it is not a regular file; undefined for a regular one. */
export function notRegular(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isSymbolicLink()) return 'a symbolic link';
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

// One scratch buffer for every read (the reads are synchronous): a fresh 64 KiB buffer per file
// was most of what a check of ten thousand small files allocated.
const scratch = Buffer.allocUnsafe(64 * 1024);

/** At most `limit` bytes: a file that grows while read (or lies about its size) stops at the cap. */
function readUpTo(fd: number, limit: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total < limit) {
    const read = readSync(fd, scratch, 0, Math.min(scratch.length, limit - total), null);
    if (read === 0) break;
    chunks.push(Buffer.from(scratch.subarray(0, read)));
    total += read;
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}

/** One sentence for a refused read, naming only the repository path. */
export function describeRefusal(path: string, read: RepoRefusal): string {
  switch (read.kind) {
    case 'not-followed':
      return read.at === path
        ? `${path} is ${read.what}; not followed, nothing in it was read`
        : `${read.at} is ${read.what}; not followed, so ${path} was not read`;
    case 'too-large':
      return `${path} is larger than ${formatBytes(read.limit)}; not read`;
    case 'over-budget':
      return `${path} was not read: ${read.reason}`;
  }
}

/**
 * A file an input names (go-version-file, a cache-dependency-path match), as an absolute path. In
 * the checkout it is the pull request's: read as readRepoFile reads it, and a refusal names its
 * path in the checkout. Outside, the workflow named it itself: only the file itself must not be a
 * link or a special file, and a refusal names it as given.
 */
export function readNamedFile(workspace: string, path: string, options: RepoReadOptions): { read: RepoBytes; name: string } {
  const inCheckout = relative(resolve(workspace), resolve(path));
  if (inCheckout !== '' && !inCheckout.startsWith('..') && !isAbsolute(inCheckout)) {
    const name = inCheckout.split(sep).join('/');
    return { read: readRepoBytes(resolve(workspace), name, options), name };
  }
  const read = readRepoBytes(dirname(path), basename(path), options);
  return { read: read.kind === 'not-followed' ? { ...read, at: path } : read, name: path };
}
