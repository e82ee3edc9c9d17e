// Where the build writes, made safe against links a checkout can carry: a pull request can commit
// `dist -> /elsewhere` or `dist/SHA256SUMS -> ~/file`, and a write that follows either lands
// outside the workspace. So the output folders are walked and made one component at a time with
// lstat, a link anywhere is refused, and every file is written under a fresh name in the verified
// folder (O_EXCL | O_NOFOLLOW) and renamed over its target: a rename replaces a link, never follows it.
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';

/** A path the build must not write through, named with the input that chose it. */
export class LinkRefused extends Error {
  override name = 'LinkRefused';
  constructor(input: string, path: string, problem: string) {
    super(`input ${input}: ${path} ${problem}; the build never writes through links or over anything but a regular file`);
  }
}

async function kindAt(path: string): Promise<'directory' | 'file' | 'link' | 'other' | 'missing'> {
  try {
    const info = await lstat(path);
    if (info.isSymbolicLink()) return 'link';
    return info.isDirectory() ? 'directory' : info.isFile() ? 'file' : 'other';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
}

/**
 * Makes `folder` (inside `root`, which is taken as it is) and every folder between them, checking
 * each component with lstat: a link or a non-folder anywhere below `root` is refused.
 */
export async function linkFreeFolder(input: string, root: string, folder: string): Promise<void> {
  const below = relative(root, folder);
  if (below.startsWith('..')) throw new Error(`${folder} is not inside ${root}`);
  let path = root;
  for (const component of below.split(sep).filter(Boolean)) {
    path = join(path, component);
    let kind = await kindAt(path);
    if (kind === 'missing') {
      await mkdir(path).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'EEXIST') throw error;
      });
      kind = await kindAt(path);
    }
    if (kind === 'link') throw new LinkRefused(input, path, 'is a symbolic link');
    if (kind !== 'directory') throw new LinkRefused(input, path, 'exists and is not a folder');
  }
}

/** Refuses a link or anything else but a regular file at the names the build is about to write into `folder`. */
export async function refuseNonFiles(input: string, folder: string, names: readonly string[]): Promise<void> {
  for (const name of names) {
    const path = join(folder, name);
    const kind = await kindAt(path);
    if (kind === 'link') throw new LinkRefused(input, path, 'is a symbolic link');
    if (kind === 'directory' || kind === 'other') throw new LinkRefused(input, path, 'exists and is not a regular file');
  }
}

/** A fresh name beside `path`, for a file that is finished there and then takes `path` by rename. */
export function partialBeside(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.partial`);
}

/** Moves a finished partial file onto `path`: a rename replaces a link there instead of writing through it. */
export async function renameIntoPlace(partial: string, path: string): Promise<void> {
  await rename(partial, path).catch(async (error: unknown) => {
    await rm(partial, { force: true });
    throw error;
  });
}

/**
 * Writes `data` to `path` without following a link at it: into a fresh file beside it (created
 * exclusively, never through a link), then renamed over `path`.
 */
export async function writeFileNoFollow(path: string, data: string | Uint8Array, mode = 0o644): Promise<void> {
  const partial = partialBeside(path);
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;
  const handle = await open(partial, flags, mode);
  try {
    await handle.writeFile(data);
    await handle.chmod(mode);
  } catch (error) {
    await handle.close();
    await rm(partial, { force: true });
    throw error;
  }
  await handle.close();
  await renameIntoPlace(partial, path);
}
