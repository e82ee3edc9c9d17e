import { isAbsolute, relative, resolve } from 'node:path';

/** Whether `child` is `parent` or lies under it, by their resolved paths. */
export function isInside(child: string, parent: string): boolean {
  const path = relative(resolve(parent), resolve(child));
  return path === '' || (!path.startsWith('..') && !isAbsolute(path));
}
