// h1 of a directory tree as a module zip would name its files: walk the tree, map each path to
// its zip name (or leave it out), hash the files on every core, and combine them as dirhash does.
import { readdirSync, type Dirent } from 'node:fs';
import { sep } from 'node:path';
import { compareStrings } from '../shared/order';
import { hash1OfDigests } from './dirhash';
import { FileHasher } from './hash-files';

export interface TreeHash {
  /** `h1:` over the mapped names and contents; undefined when the tree holds what no zip can (see `unexpected`). */
  h1?: string;
  files: number;
  /** Paths (relative, `/`-separated) that are neither folders nor regular files: links, devices, FIFOs. */
  unexpected: string[];
}

interface Listed {
  entry: Dirent;
  relativePath: string;
  /** The zip name of a file; of a folder, the prefix of its files' names. */
  zipName: string;
}

const byZipName = (a: Listed, b: Listed): number => compareStrings(a.zipName, b.zipName);

/**
 * Hashes `root`. `zipName` maps a relative path (`/`-separated) to the name the zip gives it, or
 * undefined for what the zip leaves out; a folder is asked as `path/`, and undefined leaves out
 * all it holds unread. Links are not followed: a zip holds regular files only, so a tree with a
 * link cannot be the one a zip describes, and gets no h1.
 */
export async function hashTree(root: string, zipName: (relativePath: string) => string | undefined): Promise<TreeHash> {
  // The threads start while the tree is walked. The walk is synchronous: a thread-pool round trip per
  // folder (a Go tree has 1,300) costs more than the folders take to read, and the threads are busy starting.
  const hasher = new FileHasher();
  try {
    const names: string[] = [];
    const paths: string[] = [];
    const unexpected: string[] = [];
    // One readdir per folder, recursing by hand: the entry types come with the listing. Node 24's
    // recursive readdir stats every entry again, which took 200 ms of a Go tree's 240. Siblings go
    // in the order of their zip names, a folder's being the prefix `name/`: when the mapping keeps
    // the folder structure, the files come out in the order dirhash sorts them in, and hash1 need
    // not sort 12,000 names again.
    const walk = (folder: string, relativeFolder: string): void => {
      const listed: Listed[] = [];
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const relativePath = relativeFolder + entry.name;
        const name = zipName(entry.isDirectory() ? `${relativePath}/` : relativePath);
        if (name !== undefined) listed.push({ entry, relativePath, zipName: name });
      }
      listed.sort(byZipName);
      for (const { entry, relativePath, zipName: name } of listed) {
        const path = folder + sep + entry.name;
        if (entry.isDirectory()) walk(path, `${relativePath}/`);
        else if (entry.isFile()) {
          names.push(name);
          paths.push(path);
        } else unexpected.push(relativePath);
      }
    };
    walk(root, '');
    if (unexpected.length > 0) return { files: paths.length, unexpected };
    return { h1: hash1OfDigests(names, await hasher.hash(paths)), files: paths.length, unexpected };
  } finally {
    hasher.close();
  }
}
