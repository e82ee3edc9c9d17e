// Post step: trims and saves the caches. A cache problem never fails the job.
import * as core from '@actions/core';
import { saveCaches } from './cache/index';

try {
  await saveCaches();
} catch (error) {
  core.warning(`caches not saved: ${(error as Error).message}`);
}
