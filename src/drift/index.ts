// The drift phase: scan the tree, check it, report. Used by the root action (input drift-check)
// and the drift/ sub-action.
import { resolve } from 'node:path';
import { checkDrift } from './check';
import { reportDrift } from './report';
import { relativeSlashPath } from '../shared/slash-path';
import { scanTree, treeFileReader } from './scan';

export async function runDriftPhase(options: {
  workingDirectory: string;
  mode: 'off' | 'warn' | 'error';
  ignore?: string[];
}): Promise<void> {
  if (options.mode === 'off') return;
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const root = resolve(workspace, options.workingDirectory);
  const result = checkDrift(scanTree(root, options.ignore ?? []), { readFile: treeFileReader(root) });
  await reportDrift(result, { mode: options.mode, annotationPath: (file) => relativeSlashPath(workspace, resolve(root, file)) });
}
