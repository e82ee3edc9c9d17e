// Post step: removes the buildx builder made for the job's image, trims and saves the caches.
// Neither problem fails the job.
import * as log from './shared/log';
import { removeJobBuilderFromState } from './build/image/builder-cleanup';
import { saveCaches } from './cache/index';
import { actionInputs } from './inputs/action';
import { parseCacheSave } from './inputs/cache';

import { exitIfWorkAbandoned } from './cache/deadline';

await removeJobBuilderFromState();

try {
  await saveCaches(parseCacheSave(actionInputs()));
} catch (error) {
  log.warning(`caches not saved: ${(error as Error).message}`);
}
// A save given up at its deadline may still hold a connection open.
exitIfWorkAbandoned();
