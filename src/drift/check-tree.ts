// Edge: the drift check of a directory on disk, for the action and the command line.
import { checkDrift } from './check';
import { scanTree, treeFileReader } from './scan';
import type { DriftResult } from './types';

export function checkTree(root: string, ignore: string[] = []): DriftResult {
  return checkDrift(scanTree(root, ignore), { readFile: treeFileReader(root) });
}
