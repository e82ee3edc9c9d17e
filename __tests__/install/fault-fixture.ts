// Shared by the fault tests of both install routes: short timers and what a clean failure looks like.
import assert from 'node:assert/strict';
import type { RunnerJob, StepResult } from '../harness/runner';
import { toolCacheContents } from './fixture';

/** Short timers, so that every fault ends in seconds: no data for 2 s, 1 s + size at 64 KiB/s per attempt. */
export const SHORT_DEADLINES = {
  SETUP_GO_GOLDEN_STALL_TIMEOUT: '2',
  SETUP_GO_GOLDEN_DEADLINE_BASE: '1',
  SETUP_GO_GOLDEN_MIN_RATE: '64',
};

/** A step killed by the harness (a hang) ends with this code; every assertion below then fails. */
export const STEP_TIMEOUT_MS = 90_000;

/** One error annotation matching `message`, no stack trace, nothing left in staging or the tool cache, nothing on PATH. */
export function assertCleanFailure(job: RunnerJob, result: StepResult, message: RegExp): void {
  const output = `${result.stdout}\n${result.stderr}`;
  assert.notEqual(result.code, 0, `expected a failure\n${output}`);
  assert.equal(result.code, 1, `the step ended by itself (not killed)\n${output}`);
  const errors = result.annotations.filter((annotation) => annotation.level === 'error');
  assert.equal(errors.length, 1, `exactly one error annotation\n${output}`);
  assert.match(errors[0]!.message, message);
  assert.doesNotMatch(output, /Unhandled 'error' event|^\s+at .+:\d+:\d+\)?$/m, 'no crash, no stack trace');
  assert.deepEqual(toolCacheContents(job), [], 'staging is empty and the tool cache holds nothing');
  assert.deepEqual(result.addedPath, []);
  assert.equal(result.outputs['go-root'], undefined);
}
