// Entry point of the root action's main step.
import * as core from '@actions/core';
import { exitIfWorkAbandoned } from './cache/deadline';
import { runSetup } from './setup';

runSetup()
  .catch((error: unknown) => {
    core.setFailed(error instanceof Error ? error.message : String(error));
  })
  // A cache restore given up at its deadline may still hold a connection open.
  .finally(exitIfWorkAbandoned);
