// Post-step cleanup of the image step: removes the buildx builder the main step created for the job.
import * as core from '@actions/core';
import * as log from '../../shared/log';
import { JOB_BUILDER_STATE } from './job-builder-state';

export async function removeJobBuilderFromState(): Promise<void> {
  const name = core.getState(JOB_BUILDER_STATE);
  if (!name) return;
  // Loaded only when there is work: the toolkit makes a temp directory as soon as it is imported.
  const { removeJobBuilder } = await import('./buildx');
  try {
    await removeJobBuilder(name);
    log.info(`removed the buildx builder ${name} created for this job`);
  } catch (error) {
    log.warning((error as Error).message);
  }
}
