// Entry of the build/ sub-action: the cross-build engine with the Go already on PATH.
import * as log from './shared/log';
import { availableParallelism } from 'node:os';
import { runBuildPhase } from './build/index';
import { actionInputs, workspaceDirectory } from './inputs/action';
import { parseBuildInputs } from './inputs/build';
import type { OutsidePath } from './inputs/workspace';

try {
  const outside: OutsidePath[] = [];
  const options = parseBuildInputs(actionInputs(), availableParallelism(), { workspace: workspaceDirectory(), outside });
  await runBuildPhase(options, outside);
} catch (error) {
  log.failWith(error);
}
