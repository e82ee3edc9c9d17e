// The build phase as a step: reads the build inputs, runs the engine, sets the outputs and the summary.
import { availableParallelism } from 'node:os';
import * as core from '@actions/core';
import { crossBuild } from './engine';
import { parseBuildOptions } from './options';
import { artifactsJson, summaryMarkdown } from './report';

export async function runBuildPhase(): Promise<void> {
  const options = parseBuildOptions((name) => core.getInput(name), availableParallelism());
  if (options.targets.length === 0) throw new Error('input targets: nothing to build (give goos/goarch entries, first-class, all or a glob)');
  const result = await core.group(`Cross-build ${options.targets.join(', ')}`, () =>
    crossBuild(options, { info: core.info, warning: core.warning, notice: core.notice }),
  );
  core.setOutput('matrix', JSON.stringify(result.matrix));
  core.setOutput('artifacts', artifactsJson(result.built));
  core.setOutput('checksums-file', result.checksumsFile ?? '');
  // Outside a runner (local runs of the bundle) there is no summary file to write to.
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summaryMarkdown(result.built, result.notes)).write();
  if (result.failures.length > 0) {
    for (const failure of result.failures) core.error(failure);
    throw new Error(`cross-build: ${result.failures.length} target(s) failed: ${result.failures.map((f) => f.split(':')[0]).join(', ')}`);
  }
}
