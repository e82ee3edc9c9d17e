// Edge: the drift check of a directory on disk, for the action and the command line. The walk
// and the files workflows name share one budget of files and bytes.
import { checkDrift } from './check';
import { CheckReads, scanTree, treeFileReader } from './scan';
import type { DriftResult } from './types';

export interface TreeCheckOptions {
  /** Globs of paths to leave out. */
  ignore?: string[];
  /** The day `stable` and `oldstable` are judged on (default now); a benchmark fixes it. */
  today?: Date;
  /** `owner/name` of the checked repository: its own reusable workflows and actions are read from the tree. */
  repository?: string;
}

export function checkTree(root: string, options: TreeCheckOptions = {}): DriftResult {
  const reads = new CheckReads();
  const { files, refused, directories } = scanTree(root, options.ignore, reads);
  return checkDrift(files, {
    readFile: treeFileReader(root, reads),
    refused,
    directories,
    today: options.today,
    repository: options.repository,
  });
}
