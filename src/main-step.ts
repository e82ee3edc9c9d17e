// The root action's main step (loaded by main.ts): every input is read and checked here, first.
import * as log from './shared/log';
import { exitIfWorkAbandoned } from './cache/deadline';
import { actionInputs, runningRepository, workspaceDirectory } from './inputs/action';
import { parseSetupInputs } from './inputs/setup';
import { runSetup } from './setup';

try {
  await runSetup(parseSetupInputs(actionInputs(), workspaceDirectory(), runningRepository()));
} catch (error) {
  await log.failStep('setup-go-golden failed', error);
} finally {
  // A cache restore given up at its deadline may still hold a connection open.
  exitIfWorkAbandoned();
}
