// Post step: trims and saves the caches. A cache problem never fails the job.
import * as core from '@actions/core';
import { saveCaches } from './cache/index';
import { exitIfWorkAbandoned } from './cache/deadline';

try {
  await saveCaches();
} catch (error) {
  core.warning(`caches not saved: ${(error as Error).message}`);
}
// A save given up at its deadline may still hold a connection open.
exitIfWorkAbandoned();
