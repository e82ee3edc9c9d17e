// Edge: the drift check of a directory on disk, for the action and the command line. The walk
// and the files workflows name share one budget of files and bytes.
import { checkDrift } from './check';
import { CheckReads, scanTree, treeFileReader } from './scan';
import type { DriftResult } from './types';

export function checkTree(root: string, ignore: string[] = []): DriftResult {
  const reads = new CheckReads();
  const { files, refused } = scanTree(root, ignore, reads);
  return checkDrift(files, { readFile: treeFileReader(root, reads), refused });
}
