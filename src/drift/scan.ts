// Edge: reads the files of a tree that can pin a Go version (by name, see classifyFile),
// skipping node_modules, .git, vendor and the `ignore` globs. Go sources are listed, not read:
// one per directory, with empty contents, to tell which modules hold code. Every file is read
// through shared/repo-file.ts: no link is followed (a linked directory is not entered, as
// `go ./...` does not enter one), no special file opened, no file or run past its budget read.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ReadBudget, readRepoFile } from '../shared/repo-file';
import { refusedFile } from './errors';
import { ignoreMatcher } from './glob';
import { classifyFile } from './sources';
import type { ReadFailure, RepoFile } from './types';

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', 'vendor']);

/** The largest version file, go.mod, workflow, action or Dockerfile the check reads. */
export const MAX_FILE_BYTES = 1 << 20;
/** What one check reads in all: far above a large monorepo's CI files, far below what takes seconds. */
export const MAX_FILES = 20_000;
export const MAX_TOTAL_BYTES = 16 << 20;
/** Directory entries the walk looks at before it stops (a tree of a million empty files). */
export const MAX_ENTRIES = 500_000;

// Links are reported where CI lives (a linked `.github/workflows` or `.github/actions` would
// otherwise hide what runs) and wherever a file the check reads is one; elsewhere a link is
// skipped without a word, like any file the check does not read.
const CI_FOLDER = /^\.github(?:\/|$)/;

export interface ScannedTree {
  files: RepoFile[];
  /** Files not read: links, special files, files past a budget. */
  refused: ReadFailure[];
}

export function checkBudget(): ReadBudget {
  return new ReadBudget(MAX_FILES, MAX_TOTAL_BYTES);
}

export function scanTree(root: string, ignore: string[] = [], budget: ReadBudget = checkBudget()): ScannedTree {
  const isIgnored = ignoreMatcher(ignore);
  const files: RepoFile[] = [];
  const refused: ReadFailure[] = [];
  let entries = 0;
  const walk = (directory: string, prefix: string): void => {
    let goSourceListed = false;
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
      if (++entries > MAX_ENTRIES) {
        const reason = `the check looks at most ${MAX_ENTRIES} directory entries`;
        refused.push(refusedFile(prefix === '' ? '.' : prefix, { kind: 'over-budget', reason }));
        return;
      }
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name) && !isIgnored(path)) walk(join(directory, entry.name), path);
        continue;
      }
      const role = classifyFile(path);
      if (role === 'go source') {
        if (!goSourceListed && !isIgnored(path)) files.push({ path, contents: '' });
        goSourceListed = true;
        continue;
      }
      if (role === undefined) {
        if (entry.isSymbolicLink() && CI_FOLDER.test(path) && !isIgnored(path)) {
          refused.push(refusedFile(path, { kind: 'not-followed', at: path, what: 'a symbolic link' }));
        }
        continue;
      }
      if (isIgnored(path)) continue;
      // The walk reached this entry through real directories only, so only the entry itself is checked.
      const read = readRepoFile(root, path, { maxBytes: MAX_FILE_BYTES, budget, parentsChecked: true });
      if (read.kind === 'text') files.push({ path, contents: read.text });
      else if (read.kind !== 'missing') refused.push(refusedFile(path, read));
    }
  };
  walk(root, '');
  return { files, refused };
}

/**
 * Reads a file a workflow names (go-version-file, a local action, a called workflow, an env file),
 * relative to the root: its text, a refusal, or undefined when it is missing or outside the root.
 */
export function treeFileReader(root: string, budget: ReadBudget = checkBudget()): (path: string) => string | ReadFailure | undefined {
  const seen = new Map<string, string | ReadFailure | undefined>();
  return (path) => {
    if (seen.has(path)) return seen.get(path);
    const read = readRepoFile(root, path, { maxBytes: MAX_FILE_BYTES, budget });
    const result = read.kind === 'text' ? read.text : read.kind === 'missing' ? undefined : refusedFile(path, read);
    seen.set(path, result);
    return result;
  };
}
