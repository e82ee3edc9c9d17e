// The drift phase: scan the tree, check it, report. Used by the root action (input drift-check)
// and the drift/ sub-action.
import { resolve } from 'node:path';
import { checkTree } from './check-tree';
import { reportDrift } from './report';
import { relativeSlashPath } from '../shared/slash-path';
import type { DriftOptions } from './options';

export async function runDriftPhase(options: DriftOptions): Promise<void> {
  if (options.mode === 'off') return;
  const { workspace } = options;
  const root = resolve(workspace, options.workingDirectory);
  const result = checkTree(root, options.ignore);
  await reportDrift(result, { mode: options.mode, annotationPath: (file) => relativeSlashPath(workspace, resolve(root, file)) });
}
