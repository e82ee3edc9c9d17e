// Post step: removes the buildx builder made for the job's image, trims and saves the caches.
// Neither problem fails the job.
import * as core from '@actions/core';
import { removeJobBuilderFromState } from './build/cleanup';
import { saveCaches } from './cache/index';

await removeJobBuilderFromState();

try {
  await saveCaches();
} catch (error) {
  core.warning(`caches not saved: ${(error as Error).message}`);
}
