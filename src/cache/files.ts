// File system work on cache directories: listing, ageing and trimming build cache entries, and
// making a read-only module cache writable so that a restore can merge into it.
import type { Dirent } from 'node:fs';
import { chmod, lstat, lutimes, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AddedContent } from './policy';
import { agedMtimeMs, isBuildCacheEntry, selectAddedEntries, selectUnusedEntries, type CacheFile } from './trim';

/** Every regular file under root (symlinks are listed, not followed); empty when root is missing. */
export async function listFiles(root: string): Promise<CacheFile[]> {
  const files: CacheFile[] = [];
  async function walk(dir: string, prefix: string): Promise<void> {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && prefix === '') return;
      throw error;
    }
    for (const entry of entries) {
      const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        await walk(full, path);
      } else {
        const stats = await lstat(full);
        files.push({ path, size: stats.size, mtimeMs: stats.mtimeMs });
      }
    }
  }
  await walk(root, '');
  return files;
}

/**
 * The build cache entries of root, each with its own mtime: a file, or a folder holding a cached
 * executable (whose files are counted in its size, and never listed as entries of their own).
 */
export async function listBuildCacheEntries(root: string): Promise<CacheFile[]> {
  const entries: CacheFile[] = [];
  let subdirs: Dirent[];
  try {
    subdirs = await readdir(root, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return entries;
    throw error;
  }
  for (const subdir of subdirs.filter((entry) => entry.isDirectory() && /^[0-9a-f]{2}$/.test(entry.name))) {
    for (const name of await readdir(join(root, subdir.name))) {
      const path = `${subdir.name}/${name}`;
      if (!isBuildCacheEntry(path)) continue;
      const stats = await lstat(join(root, path));
      const size = stats.isDirectory() ? (await listFiles(join(root, path))).reduce((sum, file) => sum + file.size, 0) : stats.size;
      entries.push({ path, size, mtimeMs: stats.mtimeMs });
    }
  }
  return entries;
}

/**
 * Sets every build cache entry's mtime to before the job, so that Go marks each one it uses; with
 * `recordTo`, also writes their names there, one a line: the post step tells what the job added
 * from them (mtimes cannot: Go marks a used entry and a new one alike).
 */
export async function ageBuildCacheEntries(root: string, jobStartMs: number, recordTo?: string): Promise<number> {
  const aged = new Date(agedMtimeMs(jobStartMs));
  const entries = await listBuildCacheEntries(root);
  // lutimes: a link among the entries (a cache folder inside a checkout can hold the pull request's)
  // gets its own times set, never its target's.
  await Promise.all(entries.map((file) => lutimes(join(root, file.path), aged, aged)));
  if (recordTo !== undefined) await writeFile(recordTo, entries.map((file) => `${file.path}\n`).join(''));
  return entries.length;
}

/** The entries of root that are not in the list ageBuildCacheEntries recorded; undefined without that list. */
export async function addedSinceRestore(root: string, recordedIn: string): Promise<AddedContent | undefined> {
  let text: string;
  try {
    text = await readFile(recordedIn, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const entries = await listBuildCacheEntries(root);
  const added = selectAddedEntries(entries, new Set(text.split('\n')));
  const bytes = (files: readonly CacheFile[]) => files.reduce((sum, file) => sum + file.size, 0);
  return { entries: added.length, bytes: bytes(added), totalBytes: bytes(entries) };
}

export interface TrimResult {
  removed: number;
  removedBytes: number;
  kept: number;
}

export async function trimBuildCache(root: string, jobStartMs: number): Promise<TrimResult> {
  const entries = await listBuildCacheEntries(root);
  const unused = selectUnusedEntries(entries, jobStartMs);
  await Promise.all(unused.map((entry) => rm(join(root, entry.path), { force: true, recursive: true })));
  return { removed: unused.length, removedBytes: unused.reduce((sum, entry) => sum + entry.size, 0), kept: entries.length - unused.length };
}

/**
 * Go leaves module directories read-only. tar replaces an existing file by unlinking it, which a
 * read-only directory refuses ("Cannot open: File exists"), so directories get their owner's
 * write bit back before a restore merges into a module cache that already holds files.
 */
export async function makeDirectoriesWritable(root: string): Promise<number> {
  let changed = 0;
  async function walk(dir: string): Promise<void> {
    const stats = await lstat(dir);
    if (!stats.isDirectory()) return;
    if ((stats.mode & 0o200) === 0) {
      await chmod(dir, stats.mode | 0o200);
      changed++;
    }
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) await walk(join(dir, entry.name));
    }
  }
  try {
    await walk(root);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return changed;
}
