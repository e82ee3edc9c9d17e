// Edge: reads the files of a tree that can pin a Go version (by name, see classifyFile),
// skipping node_modules, .git, vendor and the `ignore` globs. Go sources are listed, not read:
// one per directory, with empty contents, to tell which modules hold code. Every file is read
// through shared/repo-file.ts: no link is followed (a linked directory is not entered, as
// `go ./...` does not enter one), no special file opened, no file or run past its budget read.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compareStrings } from '../shared/order';
import { ReadBudget, readRepoFile, type RepoRefusal } from '../shared/repo-file';
import { refusedFile } from './errors';
import { ignoreMatcher } from './glob';
import { classifyFile, type FileRole } from './sources';
import type { ReadFailure, RepoFile } from './types';

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', 'vendor']);

/** The largest version file, go.mod, workflow, action, Dockerfile or image build file the check reads. */
export const MAX_FILE_BYTES = 1 << 20;
/**
 * What one check reads in all: above a large monorepo's workflows and Dockerfiles (the 1,000
 * workflows and 100 modules of bench/drift.bench.ts are about 1 MB), and what the check judges
 * within about 2 s on 2 cores. Past it the rest is named in one over-budget finding.
 */
export const MAX_FILES = 10_000;
export const MAX_TOTAL_BYTES = 4 << 20;
/**
 * go.mod, go.work and version files have bytes of their own: read line by line, they cost a tenth
 * of YAML, and a monorepo's hundreds of go.mod files (350 files of 3-23 KB in the largest seen)
 * would otherwise spend the budget before any workflow is read.
 */
export const MAX_MODULE_BYTES = 16 << 20;
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
  /** Every folder the walk entered (not the root), relative with `/`. */
  directories: string[];
}

/**
 * The files and bytes one check reads, shared by the walk and the files workflows name. Past the
 * budget, every file left out maps to one finding, at the first, that counts the others.
 */
export class CheckReads {
  private spent: { finding: ReadFailure; message: string; count: number } | undefined;

  constructor(
    readonly budget = new ReadBudget(MAX_FILES, MAX_TOTAL_BYTES),
    readonly moduleBudget = budget.sharingFiles(MAX_MODULE_BYTES, 'of go.mod, go.work and version files'),
  ) {}

  /** The budget a file of this role is read from. */
  budgetFor(role: FileRole | undefined): ReadBudget {
    return role === 'go.mod' || role === 'go.work' || role === 'version file' ? this.moduleBudget : this.budget;
  }

  /** The finding for a file not read; every over-budget file gets the same one. */
  refuse(path: string, read: RepoRefusal): ReadFailure {
    if (read.kind !== 'over-budget') return refusedFile(path, read);
    if (!this.spent) {
      const finding = refusedFile(path, read);
      this.spent = { finding, message: finding.message, count: 0 };
      return finding;
    }
    this.spent.count++;
    this.spent.finding.message = this.spent.message.replace(
      /; no Go version/,
      `, nor ${this.spent.count} more file(s) after it; no Go version`,
    );
    return this.spent.finding;
  }
}

// Which files are read first when the budget cannot hold them all: the go lines every pin is
// judged against, then the pins, workflows (the bulk of a large repository), and last the compose
// files, bake files and Makefiles that only say which module a Dockerfile builds, then other CI
// systems' files, which only say that a line is tested.
const READ_ORDER: Record<Exclude<FileRole, 'go source'>, number> = {
  'go.work': 0,
  'go.mod': 1,
  'version file': 2,
  dockerfile: 3,
  workflow: 4,
  'local action': 4,
  'image build': 5,
  'other ci': 6,
};

export function scanTree(root: string, ignore: string[] = [], reads: CheckReads = new CheckReads()): ScannedTree {
  const isIgnored = ignoreMatcher(ignore);
  const files: RepoFile[] = [];
  const refused: ReadFailure[] = [];
  const directories: string[] = [];
  const toRead: Array<{ path: string; role: Exclude<FileRole, 'go source'> }> = [];
  let seen = 0;
  let stopped = false;
  const walk = (directory: string, prefix: string): void => {
    let goSourceListed = false;
    // By name: when a budget runs out, the same files are left out on every machine.
    const entries = readdirSync(directory, { withFileTypes: true }).sort((a, b) => compareStrings(a.name, b.name));
    for (const entry of entries) {
      if (stopped) return;
      const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
      if (++seen > MAX_ENTRIES) {
        const reason = `the check looks at most ${MAX_ENTRIES} directory entries`;
        refused.push(refusedFile(path, { kind: 'over-budget', reason }));
        stopped = true;
        return;
      }
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name) && !isIgnored(path)) {
          directories.push(path);
          walk(join(directory, entry.name), path);
        }
        continue;
      }
      const role = classifyFile(path);
      if (role === 'go source') {
        if (!goSourceListed && !isIgnored(path)) files.push({ path, contents: '' });
        goSourceListed = true;
      } else if (role === undefined) {
        if (entry.isSymbolicLink() && CI_FOLDER.test(path) && !isIgnored(path)) {
          refused.push(refusedFile(path, { kind: 'not-followed', at: path, what: 'a symbolic link' }));
        }
      } else if (!isIgnored(path)) toRead.push({ path, role });
    }
  };
  walk(root, '');
  toRead.sort((a, b) => READ_ORDER[a.role] - READ_ORDER[b.role] || compareStrings(a.path, b.path));
  for (const { path, role } of toRead) {
    // The walk reached each file through real directories only, so only the file itself is checked.
    const read = readRepoFile(root, path, { maxBytes: MAX_FILE_BYTES, budget: reads.budgetFor(role), parentsChecked: true });
    if (read.kind === 'text') files.push({ path, contents: read.text });
    else if (read.kind !== 'missing') {
      const finding = reads.refuse(path, read);
      if (!refused.includes(finding)) refused.push(finding);
    }
  }
  return { files, refused, directories };
}

/**
 * Reads a file a workflow names (go-version-file, a local action, a called workflow, an env file),
 * relative to the root: its text, a refusal, or undefined when it is missing or outside the root.
 */
export function treeFileReader(root: string, reads: CheckReads = new CheckReads()): (path: string) => string | ReadFailure | undefined {
  const seen = new Map<string, string | ReadFailure | undefined>();
  return (path) => {
    if (seen.has(path)) return seen.get(path);
    const read = readRepoFile(root, path, { maxBytes: MAX_FILE_BYTES, budget: reads.budgetFor(classifyFile(path)) });
    const result = read.kind === 'text' ? read.text : read.kind === 'missing' ? undefined : reads.refuse(path, read);
    seen.set(path, result);
    return result;
  };
}
