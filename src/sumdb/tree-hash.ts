// h1 of a directory tree as a module zip would name its files: walk the tree, map each path to
// its zip name (or leave it out), hash the files on every core, and combine them as dirhash does.
import { readdirSync } from 'node:fs';
import { sep } from 'node:path';
import { hash1 } from './dirhash';
import { FileHasher } from './hash-files';

export interface TreeHash {
  /** `h1:` over the mapped names and contents; undefined when the tree holds what no zip can (see `unexpected`). */
  h1?: string;
  files: number;
  /** Paths (relative, `/`-separated) that are neither folders nor regular files: links, devices, FIFOs. */
  unexpected: string[];
}

/**
 * Hashes `root`. `zipName` maps a relative path (`/`-separated) to the name the zip gives it, or
 * undefined for files the zip leaves out. Links are not followed: a zip holds regular files only,
 * so a tree with a link cannot be the one a zip describes, and gets no h1.
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
    // recursive readdir stats every entry again, which took 200 ms of a Go tree's 240.
    const walk = (folder: string, relativeFolder: string): void => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const path = folder + sep + entry.name;
        const relativePath = relativeFolder + entry.name;
        if (entry.isDirectory()) {
          walk(path, `${relativePath}/`);
          continue;
        }
        const name = zipName(relativePath);
        if (name === undefined) continue;
        if (!entry.isFile()) {
          unexpected.push(relativePath);
          continue;
        }
        names.push(name);
        paths.push(path);
      }
    };
    walk(root, '');
    if (unexpected.length > 0) return { files: paths.length, unexpected };
    const digests = await hasher.hash(paths);
    return { h1: hash1(names.map((name, index) => ({ name, sha256: digests[index]! }))), files: paths.length, unexpected };
  } finally {
    hasher.close();
  }
}
