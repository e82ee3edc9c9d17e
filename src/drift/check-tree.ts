// Edge: the drift check of a directory on disk, for the action and the command line. The walk
// and the files workflows name share one budget of files and bytes.
import { checkDrift } from './check';
import { checkBudget, scanTree, treeFileReader } from './scan';
import type { DriftResult } from './types';

export function checkTree(root: string, ignore: string[] = []): DriftResult {
  const budget = checkBudget();
  const { files, refused } = scanTree(root, ignore, budget);
  return checkDrift(files, { readFile: treeFileReader(root, budget), refused });
}
