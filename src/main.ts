// Entry point of the root action's main step: every input is read and checked here, first.
import * as log from './shared/log';
import { actionInputs, workspaceDirectory } from './inputs/action';
import { parseSetupInputs } from './inputs/setup';
import { runSetup } from './setup';

try {
  await runSetup(parseSetupInputs(actionInputs(), workspaceDirectory()));
} catch (error) {
  log.failWith(error);
}
