// h1 of a directory tree as a module zip would name its files: walk the tree, name each file as the
// zip does (or leave it out), hash the files on every core, and combine them as dirhash does.
import { readdirSync, type Dirent } from 'node:fs';
import { sep } from 'node:path';
import { compareStrings } from '../shared/order';
import { Hash1Builder } from './dirhash';
import { FileHasher } from './hash-files';

/** How a module zip names the files of a tree: folders keep their names, files may be renamed. */
export interface ZipNaming {
  /** What every name in the zip starts with: `<module>@<version>/`. */
  prefix: string;
  /** Top-level folders the zip leaves out; they are not read. */
  leftOut: ReadonlySet<string>;
  /** The zip's name for a file the tree calls `name` (no folder part). */
  fileName(name: string): string;
}

export interface TreeHash {
  /** `h1:` over the zip's names and the contents; undefined when the tree holds what no zip can (see `unexpected`). */
  h1?: string;
  files: number;
  /** Paths (relative, `/`-separated) that are neither folders nor regular files: links, devices, FIFOs. */
  unexpected: string[];
}

interface Listed {
  /** The entry's name in the zip; a folder's is `name/`, the prefix of its files' names. */
  key: string;
  entry: Dirent;
}

const byKey = (a: Listed, b: Listed): number => compareStrings(a.key, b.key);

/**
 * Hashes `root` as `naming` names its files. Links are not followed: a zip holds regular files
 * only, so a tree with a link cannot be the one a zip describes, and gets no h1.
 */
export async function hashTree(root: string, naming: ZipNaming): Promise<TreeHash> {
  // The threads are prewarmed (main.ts), or start while the tree is walked. The walk is synchronous:
  // a thread-pool round trip per folder (a Go tree has 1,300) costs more than the folders take to read.
  const hasher = new FileHasher();
  try {
    const names: string[] = [];
    // Each file's path below the root, '/'-separated (Windows takes '/' too): its name in the zip
    // unless the zip renames it. Whole paths are built as the files are hashed, and do not stay.
    const rests: string[] = [];
    const unexpected: string[] = [];
    // One readdir per folder, recursing by hand: the entry types come with the listing. Node 24's
    // recursive readdir stats every entry again, which took most of the walk of a Go tree. Siblings go
    // in the order of their names in the zip, a folder's being `name/`: the files then come out in
    // the order dirhash sorts them in (bar names past U+FFFF, which hash1 sorts itself). Per entry
    // the walk builds one key and, for a file, one string: on a cold start it is most of the walk.
    const walk = (folder: string, zipFolder: string): void => {
      const listed: Listed[] = [];
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        if (!entry.isDirectory()) listed.push({ key: naming.fileName(entry.name), entry });
        else if (zipFolder !== '' || !naming.leftOut.has(entry.name)) listed.push({ key: `${entry.name}/`, entry });
      }
      listed.sort(byKey);
      for (const { key, entry } of listed) {
        if (entry.isDirectory()) walk(folder + sep + entry.name, zipFolder + key);
        else if (entry.isFile()) {
          const name = zipFolder + key;
          names.push(name);
          rests.push(key === entry.name ? name : zipFolder + entry.name);
        } else unexpected.push(zipFolder + entry.name);
      }
    };
    walk(root, '');
    if (unexpected.length > 0) return { files: names.length, unexpected };
    // The lines of the h1 are hashed between the slices this thread hashes files in.
    const h1 = new Hash1Builder(names, naming.prefix);
    const digests = await hasher.hash(rests, { base: root + sep, progress: (known, upTo) => h1.feed(known, upTo) });
    return { h1: h1.digest(digests), files: names.length, unexpected };
  } finally {
    hasher.close();
  }
}
