// Entry of the build/ sub-action: the cross-build engine with the Go already on PATH.
import * as core from '@actions/core';
import * as log from './shared/log';
import { availableParallelism } from 'node:os';
import { runBuildPhase } from './build/index';
import { actionInputs, workspaceDirectory } from './inputs/action';
import { parseBuildInputs } from './inputs/build';
import { outsideWorkspaceMarkdown } from './inputs/outside-report';
import type { OutsidePath } from './inputs/workspace';

try {
  const outside: OutsidePath[] = [];
  const options = parseBuildInputs(actionInputs(), availableParallelism(), { workspace: workspaceDirectory(), outside });
  // Written to the summary with the build's own section.
  if (outside.length > 0) core.summary.addRaw(outsideWorkspaceMarkdown(outside));
  await runBuildPhase(options);
} catch (error) {
  log.failWith(error);
}
