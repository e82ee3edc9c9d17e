// Entry of the drift/ sub-action: a pull-request gate that needs no Go install.
import * as core from '@actions/core';
import { runDriftPhase } from './drift/index';
import { actionInputs, workspaceDirectory } from './inputs/action';
import { parseDriftInputs } from './inputs/drift';

try {
  await runDriftPhase(parseDriftInputs(actionInputs(), workspaceDirectory()));
} catch (error) {
  core.setFailed(error instanceof Error ? error.message : String(error));
}
