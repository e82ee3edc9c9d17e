// Restores a downloaded cache archive through an extraction we control: unpacked into a staging
// folder beside the cache folder under the cache archive rules (archive-rules.ts), moved into
// place only once the whole archive passed. A refused or broken archive leaves nothing behind.
import { lstat, mkdir, readdir, rename, rm, rmdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CacheArchive } from './archive-rules';
import { makeDirectoriesWritable } from './files';

export interface CacheUnpackRequest {
  archive: string;
  destination: string;
  rules: CacheArchive;
}

/** A staging folder beside `dir` (same file system, so the move into place is a rename). */
export async function makeStaging(dir: string, kind: string): Promise<string> {
  const staging = join(dirname(dir), `.setup-go-golden-restore-${kind}-${process.pid}`);
  await removeTree(staging);
  await mkdir(staging, { recursive: true });
  return staging;
}

/** Removes a tree that may hold read-only folders (Go's module cache makes them so). */
export async function removeTree(path: string): Promise<void> {
  await makeDirectoriesWritable(path);
  await rm(path, { recursive: true, force: true });
}

/** Unpacks `archive` into `destination`/`rules.root`; rejects with the reason the archive was refused or could not be read. */
export async function unpackCacheArchive(request: CacheUnpackRequest): Promise<void> {
  const worker = new Worker(new URL('./unpack-worker.js', import.meta.url), { workerData: request });
  const error = await new Promise<string | undefined>((resolve) => {
    worker.on('message', (message: { error?: string }) => resolve(message.error));
    worker.on('error', (failure) => resolve(`unpacking failed: ${failure.message}`));
    worker.on('exit', () => resolve('unpacking stopped before the archive was read'));
  });
  if (error !== undefined) throw new Error(error);
}

/**
 * Moves the staged cache folder to `target`: a rename when the target is missing or empty (a
 * fresh runner), otherwise a merge in which the archive's files replace those of the same name,
 * as an extraction over the folder would.
 */
export async function moveIntoPlace(staged: string, target: string): Promise<void> {
  const existing = await stat(target).catch(() => undefined);
  if (existing && !existing.isDirectory()) throw new Error(`${target} exists and is not a folder`);
  if (existing && (await readdir(target)).length === 0) await rmdir(target);
  else if (existing) return merge(staged, target);
  await mkdir(dirname(target), { recursive: true });
  await rename(staged, target);
}

async function merge(staged: string, target: string): Promise<void> {
  for (const entry of await readdir(staged, { withFileTypes: true })) {
    const from = join(staged, entry.name);
    const to = join(target, entry.name);
    const present = await lstat(to).catch(() => undefined);
    if (entry.isDirectory() && present?.isDirectory()) {
      await merge(from, to);
      continue;
    }
    if (present) await removeTree(to);
    await rename(from, to);
  }
}
