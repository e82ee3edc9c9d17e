// Entry of the build/ sub-action: the cross-build engine with the Go a setup-go-golden step of this
// job verified (else the go on PATH, reported as not verified), run by its own path.
import * as core from '@actions/core';
import * as log from './shared/log';
import { availableParallelism } from 'node:os';
import { runBuildPhase } from './build/index';
import { reportOwnGo } from './env/index';
import { locateOwnGo } from './env/own-go';
import { actionInputs, workspaceDirectory } from './inputs/action';
import { parseBuildInputs } from './inputs/build';
import { parseEnvPolicy } from './inputs/environment';
import { outsideWorkspaceMarkdown } from './inputs/outside-report';
import type { OutsidePath } from './inputs/workspace';
import { goBinary, selectGoRoot } from './process/go-binary';

try {
  const outside: OutsidePath[] = [];
  const inputs = actionInputs();
  const options = parseBuildInputs(inputs, availableParallelism(), { workspace: workspaceDirectory(), outside });
  const policy = parseEnvPolicy(inputs);
  const own = await locateOwnGo(process.env);
  if (!own) throw new Error('no go to build with: run setup-go-golden (or another Go setup step) before this one');
  if (!own.verified) log.notice(`building with ${goBinary(own.goRoot)}, the go on PATH: no setup-go-golden step of this job verified it`);
  selectGoRoot(own.goRoot);
  await reportOwnGo(own.goRoot, policy);
  // Written to the summary with the build's own section.
  if (outside.length > 0) core.summary.addRaw(outsideWorkspaceMarkdown(outside));
  await runBuildPhase(options);
} catch (error) {
  await log.failStep('setup-go-golden/build failed', error);
}
