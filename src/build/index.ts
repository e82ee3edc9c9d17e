// The build phase as a step: runs the engine on the parsed inputs, sets the outputs and the summary.
import * as core from '@actions/core';
import * as log from '../shared/log';
import { crossBuild } from './engine';
import type { BuildOptions } from './plan/options';
import { artifactsJson, summaryMarkdown } from './artifacts/summary';

export async function runBuildPhase(options: BuildOptions): Promise<void> {
  const result = await log.group(`Cross-build ${options.targets.join(', ')}`, () =>
    crossBuild(options, { info: log.info, warning: log.warning, notice: log.notice }),
  );
  core.setOutput('matrix', JSON.stringify(result.matrix));
  core.setOutput('artifacts', artifactsJson(result.built));
  core.setOutput('checksums-file', result.checksumsFile ?? '');
  core.setOutput('provenance-file', result.provenanceFile ?? '');
  core.setOutput('digest', result.image?.digest ?? '');
  // Outside a runner (local runs of the bundle) there is no summary file to write to.
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summaryMarkdown(result.built, result.notes)).write();
  if (result.failures.length > 0) {
    for (const failure of result.failures) log.error(failure);
    throw new Error(`cross-build: ${result.failures.length} target(s) failed: ${result.failures.map((f) => f.split(':')[0]).join(', ')}`);
  }
  if (result.imageFailure) throw new Error(result.imageFailure);
}
