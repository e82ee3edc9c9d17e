// The files that go into every archive beside the program (input archive-files: README*, LICENSE*
// by default). A pattern is a path relative to the working directory whose last element may hold
// * and ?; a named file that is missing, or a file whose real place is outside the working
// directory and the workspace, is an error naming the input. Each goes in under its own name.
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { compareStrings } from '../../shared/order';
import { isInside } from '../../shared/path-inside';

export interface ExtraFile {
  name: string;
  path: string;
}

const INPUT = 'archive-files';

function globRegExp(pattern: string): RegExp {
  const body = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]');
  return new RegExp(`^${body}$`);
}

async function isRegularFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function checkedInside(path: string, roots: string[]): Promise<void> {
  const real = await realpath(path);
  const realRoots = await Promise.all(roots.map((root) => realpath(root).catch(() => root)));
  if (!realRoots.some((root) => isInside(real, root))) {
    throw new Error(
      `input ${INPUT}: ${path} leads to ${real}, outside the working directory; copy the file into the checkout or drop it from ${INPUT}`,
    );
  }
}

/** The files `patterns` name, sorted by their name in the archive; throws on a clash of names. */
export async function extraFiles(patterns: string[], workingDirectory: string, workspace: string): Promise<ExtraFile[]> {
  const roots = [workingDirectory, ...(workspace ? [workspace] : [])];
  const found = new Map<string, string>();
  for (const pattern of patterns) {
    const full = resolve(workingDirectory, pattern);
    const folder = dirname(full);
    const last = basename(full);
    let paths: string[];
    if (/[*?]/.test(last)) {
      const match = globRegExp(last);
      const names = await readdir(folder).catch(() => [] as string[]);
      paths = names.filter((name) => match.test(name)).map((name) => join(folder, name));
      paths = (await Promise.all(paths.map(async (path) => ((await isRegularFile(path)) ? path : undefined)))).filter(
        (path): path is string => path !== undefined,
      );
    } else {
      if (!(await isRegularFile(full))) throw new Error(`input ${INPUT}: no file ${full}; add it or drop "${pattern}" from ${INPUT}`);
      paths = [full];
    }
    for (const path of paths) {
      await checkedInside(path, roots);
      const name = basename(path);
      const earlier = found.get(name);
      if (earlier && earlier !== path)
        throw new Error(`input ${INPUT}: ${earlier} and ${path} would both be ${name} in the archives; name only one`);
      found.set(name, path);
    }
  }
  return [...found].map(([name, path]) => ({ name, path })).sort((a, b) => compareStrings(a.name, b.name));
}
