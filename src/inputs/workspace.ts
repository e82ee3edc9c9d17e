// Where path inputs point, checked before anything is written: directories that must exist, and
// directories the action will write to, which stay inside the workspace unless the workflow
// deliberately gives an absolute path elsewhere (then the step reports it). Inside the workspace
// the path is judged without following links, since a checkout can carry them (`dist -> /elsewhere`).
import { lstatSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { isInside } from '../shared/path-inside';
import { notADirectoryBelow } from '../shared/repo-file';
import { relativeSlashPath } from '../shared/slash-path';
import { InputError, shown } from './reader';

/** A path input that deliberately points outside the workspace, for the job summary. */
export interface OutsidePath {
  input: string;
  path: string;
}

const LINK_REFUSED = 'is a symbolic link; the action follows no link in the workspace';

function kindOf(path: string): 'directory' | 'other' | 'missing' {
  try {
    return statSync(path).isDirectory() ? 'directory' : 'other';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'missing';
    // ENOTDIR: a file stands where a parent directory should be.
    if (code === 'ENOTDIR') return 'other';
    throw error;
  }
}

/** An existing directory, relative paths taken from `base`. Returns the absolute path. */
export function existingDirectory(input: string, value: string, base: string): string {
  const absolute = resolve(base, value);
  const kind = kindOf(absolute);
  if (kind === 'missing') throw new InputError(input, `${shown(value)} does not exist (looked for ${absolute})`);
  if (kind === 'other') throw new InputError(input, `${shown(value)} is not a directory (${absolute})`);
  return absolute;
}

/**
 * A directory the action will create or write into. A relative path may not climb out of the
 * workspace; an absolute path outside it is accepted as deliberate and returned in `outside`.
 * Whatever exists along the path must be a directory.
 */
export function writableDirectory(
  input: string,
  value: string,
  context: { base: string; workspace: string; outside: OutsidePath[] },
): string {
  const absolute = resolve(context.base, value);
  if (isInside(absolute, context.workspace)) {
    refuseLinksBelow(input, value, context.workspace, absolute);
    return absolute;
  }
  if (!isAbsolute(value)) {
    throw new InputError(
      input,
      `${shown(value)} leads outside the workspace (${absolute}); to write there deliberately, give an absolute path`,
    );
  }
  context.outside.push({ input, path: absolute });
  for (let path = absolute; ; path = dirname(path)) {
    const kind = kindOf(path);
    if (kind === 'directory') break;
    if (kind === 'other') throw new InputError(input, `${shown(value)}: ${path} exists and is not a directory`);
    if (dirname(path) === path) break;
  }
  return absolute;
}

/**
 * A file in the workspace the action hands to another program to read (a Dockerfile to buildx): a
 * link anywhere from the workspace down could hand over a file of the runner, so each component is
 * checked with lstat and the file must be a regular file. A path outside the workspace is the
 * workflow's own choice and taken as it is. Returns the absolute path.
 */
export function regularFileInWorkspace(input: string, value: string, context: { base: string; workspace: string }): string {
  const absolute = resolve(context.base, value);
  if (!isInside(absolute, context.workspace)) return absolute;
  refuseLinksBelow(input, value, context.workspace, dirname(absolute));
  let info: ReturnType<typeof lstatSync>;
  try {
    info = lstatSync(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new InputError(input, `${shown(value)} does not exist (looked for ${absolute})`);
    throw error;
  }
  if (info.isSymbolicLink()) throw new InputError(input, `${shown(value)}: ${absolute} ${LINK_REFUSED}`);
  if (!info.isFile()) throw new InputError(input, `${shown(value)}: ${absolute} is not a regular file`);
  return absolute;
}

/** Checks each existing component of `absolute` below `workspace` with lstat: each must be a real directory. */
function refuseLinksBelow(input: string, value: string, workspace: string, absolute: string): void {
  const blocked = notADirectoryBelow(workspace, relativeSlashPath(workspace, absolute));
  if (!blocked) return;
  const path = join(resolve(workspace), blocked.at);
  throw new InputError(input, `${shown(value)}: ${path} ${blocked.link ? LINK_REFUSED : 'exists and is not a directory'}`);
}
