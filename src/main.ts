// Entry point of the root action's main step: every input is read and checked here, first.
import * as core from '@actions/core';
import { actionInputs, workspaceDirectory } from './inputs/action';
import { parseSetupInputs } from './inputs/setup';
import { runSetup } from './setup';

try {
  await runSetup(parseSetupInputs(actionInputs(), workspaceDirectory()));
} catch (error) {
  core.setFailed(error instanceof Error ? error.message : String(error));
}
