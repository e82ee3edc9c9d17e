// Post step: trims and saves the caches. A cache problem never fails the job.
import * as core from '@actions/core';
import { saveCaches } from './cache/index';
import { actionInputs } from './inputs/action';
import { parseCacheSave } from './inputs/cache';

try {
  await saveCaches(parseCacheSave(actionInputs()));
} catch (error) {
  core.warning(`caches not saved: ${(error as Error).message}`);
}
