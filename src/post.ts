// Post step: trims and saves the caches. A cache problem never fails the job.
import * as log from './shared/log';
import { saveCaches } from './cache/index';
import { actionInputs } from './inputs/action';
import { parseCacheSave } from './inputs/cache';

try {
  await saveCaches(parseCacheSave(actionInputs()));
} catch (error) {
  log.warning(`caches not saved: ${(error as Error).message}`);
}
