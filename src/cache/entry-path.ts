// The path a cache entry is filed under. The cache service's version of an entry hashes the paths
// the client was given; a folder inside the workspace is named relative to it, because a host-mode
// act runner (Gitea's, Forgejo's) puts every job's workspace at a new absolute path, and an
// absolute name would give every job another version that no later job finds. Pure.
import { isAbsolute, relative, sep } from 'node:path';

/** How @actions/cache names the folder `dir` inside its archives: relative to the workspace. */
export function archivedName(dir: string, workspace: string): string {
  return relative(workspace, dir).split(sep).join('/') || '.';
}

/** The folder relative to the workspace when inside it, else its absolute path. */
export function servicePath(dir: string, workspace: string): string {
  const name = archivedName(dir, workspace);
  return name === '..' || name.startsWith('../') || isAbsolute(name) ? dir : name;
}
