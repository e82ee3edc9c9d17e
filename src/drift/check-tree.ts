// Edge: the drift check of a directory on disk, for the action and the command line. The walk
// and the files workflows name share one budget of files and bytes.
import { checkDrift } from './check';
import { CheckReads, scanTree, treeFileReader } from './scan';
import type { DriftResult } from './types';

/** `today`: the day `stable` and `oldstable` are judged on (default now); a benchmark fixes it. */
export function checkTree(root: string, ignore: string[] = [], today?: Date): DriftResult {
  const reads = new CheckReads();
  const { files, refused, directories } = scanTree(root, ignore, reads);
  return checkDrift(files, { readFile: treeFileReader(root, reads), refused, today, directories });
}
