// Post step: removes the buildx builder made for the job's image, trims and saves the caches, and
// says in the job summary what was saved. Neither problem fails the job.
import * as core from '@actions/core';
import * as log from './shared/log';
import { removeJobBuilderFromState } from './build/image/builder-cleanup';
import { saveCaches, type SaveReport } from './cache/save';
import { saveSummaryMarkdown } from './cache/summary';
import { actionInputs } from './inputs/action';
import { parseCacheSave } from './inputs/cache';

import { exitIfWorkAbandoned } from './cache/deadline';

await removeJobBuilderFromState();

let report: SaveReport | undefined;
try {
  report = await saveCaches(parseCacheSave(actionInputs()));
} catch (error) {
  log.warning(`caches not saved: ${(error as Error).message}`);
}
if (report && process.env.GITHUB_STEP_SUMMARY) {
  try {
    await core.summary.addRaw(saveSummaryMarkdown(report.outcomes, report.refusal)).write();
  } catch (error) {
    log.info(`the job summary could not be written: ${(error as Error).message}`);
  }
}
// A save given up at its deadline may still hold a connection open.
exitIfWorkAbandoned();
