// Edge: reads the files of a tree that can pin a Go version (by name, see classifyFile),
// skipping node_modules, .git, vendor and the `ignore` globs. Go sources are listed, not read:
// one per directory, with empty contents, to tell which modules hold code.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { ignoreMatcher } from './glob';
import { classifyFile } from './sources';
import type { RepoFile } from './types';

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', 'vendor']);

export function scanTree(root: string, ignore: string[] = []): RepoFile[] {
  const isIgnored = ignoreMatcher(ignore);
  const files: RepoFile[] = [];
  const walk = (directory: string, prefix: string): void => {
    let goSourceListed = false;
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name) && !isIgnored(path)) walk(join(directory, entry.name), path);
        continue;
      }
      const role = classifyFile(path);
      if (role === undefined || !(entry.isFile() || entry.isSymbolicLink()) || isIgnored(path)) continue;
      if (role === 'go source') {
        if (!goSourceListed) files.push({ path, contents: '' });
        goSourceListed = true;
        continue;
      }
      const contents = readIfFile(join(directory, entry.name));
      if (contents !== undefined) files.push({ path, contents });
    }
  };
  walk(root, '');
  return files;
}

/** Reads a file a go-version-file names, relative to the root; undefined when it is missing or outside. */
export function treeFileReader(root: string): (path: string) => string | undefined {
  const base = resolve(root);
  return (path) => {
    const full = resolve(base, path);
    if (full !== base && !full.startsWith(base + sep)) return undefined;
    return readIfFile(full);
  };
}

function readIfFile(path: string): string | undefined {
  try {
    return statSync(path).isFile() ? readFileSync(path, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}
