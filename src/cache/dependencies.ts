// Finds the files whose content keys the caches: the user's globs, or else every go.sum and
// go.work.sum of the modules under the working directory. They are the pull request's files, so
// they are read as every repository file is (shared/repo-file.ts): a go.sum that is a link (to
// /proc/self/pagemap, say), a named pipe or larger than a go.sum can be is left out of the key
// with a warning, and so is everything past the budget.
import * as glob from '@actions/glob';
import type { Dirent } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { isAbsolute, join, resolve, sep } from 'node:path';
import * as log from '../shared/log';
import { describeRefusal, ReadBudget, readNamedFile } from '../shared/repo-file';
import { relativeSlashPath } from '../shared/slash-path';
import type { DependencyFile } from './keys';

/** Far above the go.sum of the largest modules (a few MB), far below what strains memory. */
const MAX_DEPENDENCY_FILE_BYTES = 64 << 20;
const MAX_DEPENDENCY_FILES = 10_000;
const MAX_DEPENDENCY_BYTES = 256 << 20;

const DEFAULT_NAMES = new Set(['go.sum', 'go.work.sum']);

/** Directories `go ... ./...` skips (testdata, names starting with . or _) plus vendor and node_modules. */
function skippedDirectory(name: string): boolean {
  return name === 'testdata' || name === 'vendor' || name === 'node_modules' || name.startsWith('.') || name.startsWith('_');
}

async function findDefaultFiles(root: string, excluded: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  async function walk(dir: string): Promise<void> {
    if (excluded.some((path) => dir === path)) return;
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.isDirectory()) {
        if (!skippedDirectory(entry.name)) await walk(join(dir, entry.name));
      } else if (DEFAULT_NAMES.has(entry.name)) {
        // A link or a special file too: it is refused, with a warning, when read.
        found.push(join(dir, entry.name));
      }
    }
  }
  await walk(root);
  return found;
}

async function findGlobbedFiles(patterns: readonly string[], workspace: string): Promise<string[]> {
  const lines = patterns.map((line) => {
    const negated = line.startsWith('!');
    const pattern = negated ? line.slice(1) : line;
    const absolute = isAbsolute(pattern) ? pattern : join(workspace, pattern);
    return negated ? `!${absolute}` : absolute;
  });
  const globber = await glob.create(lines.join('\n'), { followSymbolicLinks: false, matchDirectories: false });
  const files: string[] = [];
  // lstat: a link that matches is kept, to be named when it is refused, not followed.
  for (const path of await globber.glob()) {
    if (!(await lstat(path)).isDirectory()) files.push(path);
  }
  return files;
}

export interface DependencyFileOptions {
  workspace: string;
  workingDirectory: string;
  /** The globs of the `cache-dependency-path` input; empty for the default. */
  patterns: readonly string[];
  /** Cache directories that may sit inside the workspace: their go.sum files belong to dependencies. */
  excluded: readonly string[];
}

export async function readDependencyFiles(options: DependencyFileOptions): Promise<DependencyFile[]> {
  const paths =
    options.patterns.length > 0
      ? await findGlobbedFiles(options.patterns, options.workspace)
      : await findDefaultFiles(
          resolve(options.workspace, options.workingDirectory),
          options.excluded.map((path) => resolve(path)),
        );
  const unique = [...new Set(paths)].filter((path) => !options.excluded.some((dir) => path.startsWith(resolve(dir) + sep)));
  const budget = new ReadBudget(MAX_DEPENDENCY_FILES, MAX_DEPENDENCY_BYTES);
  const files: DependencyFile[] = [];
  for (const path of unique) {
    const { read, name } = readNamedFile(options.workspace, path, { maxBytes: MAX_DEPENDENCY_FILE_BYTES, budget });
    if (read.kind === 'bytes') files.push({ path: relativeSlashPath(options.workspace, path), content: read.bytes });
    else if (read.kind !== 'missing') log.warning(`cache keys: ${describeRefusal(name, read)}; left out of the cache key`);
  }
  return files;
}
