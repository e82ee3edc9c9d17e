// Entry point of the root action's main step.
import * as core from '@actions/core';
import { runSetup } from './setup';

runSetup().catch((error: unknown) => {
  core.setFailed(error instanceof Error ? error.message : String(error));
});
