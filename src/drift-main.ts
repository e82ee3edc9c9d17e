// Entry of the drift/ sub-action: a pull-request gate that needs no Go install.
import * as core from '@actions/core';
import { runDriftPhase } from './drift/index';

function readMode(): 'warn' | 'error' {
  const mode = core.getInput('mode') || 'error';
  if (mode !== 'warn' && mode !== 'error') throw new Error(`input mode: expected warn or error, got ${JSON.stringify(mode)}`);
  return mode;
}

try {
  await runDriftPhase({
    workingDirectory: core.getInput('working-directory') || '.',
    mode: readMode(),
    ignore: core.getInput('ignore').split(/[\n,]/).map((glob) => glob.trim()).filter(Boolean),
  });
} catch (error) {
  core.setFailed(error instanceof Error ? error.message : String(error));
}
