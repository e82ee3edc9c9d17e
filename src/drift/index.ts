// The drift phase: scan the tree, check it, report. Used by the root action (input drift-check)
// and the drift/ sub-action.
import { resolve } from 'node:path';
import { checkTree } from './check-tree';
import { reportDrift } from './report';
import { DRIFT_RULES } from './rule-table';
import { isInside } from '../shared/path-inside';
import { notADirectoryBelow } from '../shared/repo-file';
import { relativeSlashPath } from '../shared/slash-path';
import type { DriftOptions } from './options';
import type { DriftResult, Finding } from './types';

export async function runDriftPhase(options: DriftOptions): Promise<void> {
  if (options.mode === 'off') return;
  const { workspace } = options;
  const root = resolve(workspace, options.workingDirectory);
  // A working directory in the checkout that is (or lies below) a link would have the check read
  // wherever the link points: the pull request's author chooses that, so it is not followed.
  const linked = isInside(root, workspace) ? notADirectoryBelow(workspace, relativeSlashPath(workspace, root)) : undefined;
  const result = linked ? notFollowedRoot(linked) : checkTree(root, { ignore: options.ignore, repository: options.repository });
  const annotationPath = (file: string) => (linked ? file : relativeSlashPath(workspace, resolve(root, file)));
  await reportDrift(result, { mode: options.mode, annotationPath });
}

function notFollowedRoot(linked: { at: string; what: string }): DriftResult {
  const { at, what } = linked;
  const finding: Finding = {
    file: at,
    line: 1,
    column: 1,
    severity: DRIFT_RULES.find((rule) => rule.id === 'not-followed')!.severity,
    rule: 'not-followed',
    message: `${at} is ${what}; not followed, so nothing below it was checked.`,
    found: null,
    expected: null,
  };
  return { findings: [finding], sites: [] };
}
