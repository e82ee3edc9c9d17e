import { isAbsolute, relative } from 'node:path';

/** Path as the user should see it: relative to the workspace when inside it. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}
