// Entry of the build/ sub-action: the cross-build engine with the Go already on PATH.
import * as core from '@actions/core';
import { runBuildPhase } from './build/index';

try {
  await runBuildPhase();
} catch (error) {
  core.setFailed(error instanceof Error ? error.message : String(error));
}
