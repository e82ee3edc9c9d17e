// First-contact mistakes are refused before anything is downloaded, each in one line that says
// what to do: an unquoted 1.20 (YAML's 1.2), an architecture this runner cannot run, a version
// file the checkout has not put there yet. And an index that cannot be reached names the proxy route.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { DlServer } from '../harness/dl-server';
import type { StepResult } from '../harness/runner';
import { errorsOf, newJob, toolCacheContents } from './fixture';

describe('mistakes caught before any download', () => {
  let server: DlServer;
  before(async () => {
    server = await DlServer.start({ releases: [{ version: 'go1.26.8' }, { version: 'go1.25.9' }] });
  });
  after(() => server.close());

  async function refused(inputs: Record<string, string>, message: RegExp): Promise<StepResult> {
    server.clearRequests();
    const job = newJob();
    try {
      const result = await job.runAction({ inputs: { 'go-download-base-url': server.url, cache: 'false', ...inputs } });
      assert.notEqual(result.code, 0, result.stdout);
      assert.match(errorsOf(result), message);
      // The failure is in the job summary too, under its own heading.
      assert.match(result.summary, /^### ❌ setup-go-golden failed$/m, result.summary);
      assert.deepEqual(server.requests, [], 'nothing was asked of the server');
      assert.deepEqual(toolCacheContents(job), []);
      assert.deepEqual(result.addedPath, []);
      return result;
    } finally {
      job.cleanup();
    }
  }

  test("go-version: 1.2 (an unquoted 1.20) asks whether '1.20' was meant, in the log and the job summary", async () => {
    const result = await refused(
      { 'go-version': '1.2' },
      /input go-version: 1\.2 is older than Go 1\.9, the oldest this action supports; did you mean '1\.20'\? \(YAML reads an unquoted 1\.20 as 1\.2\)/,
    );
    assert.match(result.summary, /^input go-version: 1\.2 is older than Go 1\.9, the oldest this action supports$/m, result.summary);
    assert.match(result.summary, /^\*\*What to do:\*\* did you mean &#39;1\.20&#39;\? \(YAML reads an unquoted 1\.20 as 1\.2\)$/m);
  });

  test('a missing go-version-file names the path looked for and actions/checkout', async () => {
    await refused(
      { 'go-version-file': 'go.mod' },
      /input go-version-file: go\.mod not found \(looked for \/.*\/go\.mod\); run actions\/checkout before this step, or fix the path/,
    );
  });

  test('architecture: arm64 on an x64 runner without QEMU says to cross-compile with targets', {
    skip:
      process.arch !== 'x64' || existsSync('/proc/sys/fs/binfmt_misc/qemu-aarch64')
        ? 'needs an x64 runner without a QEMU aarch64 handler'
        : false,
  }, async () => {
    await refused(
      { 'go-version': '1.26.8', architecture: 'arm64' },
      /input architecture: this amd64 runner cannot run a linux\/arm64 Go .*; to cross-compile, leave input architecture unset and use targets: linux\/arm64/,
    );
  });

  test('a job summary that cannot be written hides nothing: the step fails with the same error', async () => {
    const job = newJob();
    try {
      // env(1) starts node with the summary file replaced by a directory: appending to it fails.
      const result = await job.runAction({
        inputs: { 'go-version': '1.2', 'go-download-base-url': server.url, cache: 'false' },
        launcher: ['env', `GITHUB_STEP_SUMMARY=${job.temp}`],
      });
      assert.notEqual(result.code, 0, result.stdout);
      assert.match(errorsOf(result), /input go-version: 1\.2 is older than Go 1\.9/);
      assert.match(result.stdout, /the job summary could not be written: EISDIR/);
    } finally {
      job.cleanup();
    }
  });

  test('an unreachable release index says go-download-source: proxy', async () => {
    const job = newJob();
    try {
      const result = await job.runAction({
        inputs: { 'go-version': '1.26.8', 'go-download-base-url': 'http://127.0.0.1:9/dl', cache: 'false' },
      });
      assert.notEqual(result.code, 0, result.stdout);
      assert.match(
        errorsOf(result),
        /cannot read the Go release index .*; if this runner cannot reach 127\.0\.0\.1:9, set go-download-source: proxy to install Go from GOPROXY/,
      );
    } finally {
      job.cleanup();
    }
  });
});
