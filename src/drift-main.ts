// Entry of the drift/ sub-action: a pull-request gate that needs no Go install.
import * as log from './shared/log';
import { runDriftPhase } from './drift/index';
import { actionInputs, runningRepository, workspaceDirectory } from './inputs/action';
import { parseDriftInputs } from './inputs/drift';

try {
  await runDriftPhase(parseDriftInputs(actionInputs(), workspaceDirectory(), runningRepository()));
} catch (error) {
  await log.failStep('setup-go-golden/drift failed', error);
}
