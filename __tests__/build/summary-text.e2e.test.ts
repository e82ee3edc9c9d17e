// The build/ sub-action's bundle under the runner emulator, fed text that would be live HTML in the
// job summary: a pull request's program that prints `<h1>`/`<!--` in its QEMU smoke run, and a
// deliberate output folder whose path holds them. The summary must show them as inert text.
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, RunnerJob } from '../harness/runner';

const ACTION_DIR = join(REPO_ROOT, 'build');
const EXAMPLE = join(REPO_ROOT, 'examples', 'hello');
const GOCACHE = execFileSync('go', ['env', 'GOCACHE'], { encoding: 'utf8' }).trim();
const HOSTILE = '<h1>Release approved</h1><!--';

/** No raw tag or comment opener from the hostile text is left in the summary; its words are. */
function assertInert(summary: string): void {
  assert.ok(!summary.includes('<h1>'), summary);
  assert.ok(!summary.includes('<!--'), summary);
  assert.ok(summary.includes('&lt;h1&gt;Release approved&lt;/h1&gt;&lt;!--'), summary);
}

describe('untrusted text in the build summary is inert', () => {
  const cleanups: (() => void)[] = [];
  after(() => {
    for (const cleanup of cleanups) cleanup();
  });
  const newJob = () => {
    const job = new RunnerJob({ env: { GOCACHE } });
    cleanups.push(() => job.cleanup());
    const module = join(job.workspace, 'hello');
    cpSync(EXAMPLE, module, { recursive: true, filter: (source) => !source.includes(`${EXAMPLE}/dist`) });
    return { job, module };
  };

  test('a program whose smoke output is HTML (the pull request changed its source) shows up as text in the QEMU cell', async () => {
    const { job, module } = newJob();
    const main = join(module, 'main.go');
    writeFileSync(main, readFileSync(main, 'utf8').replace('var version = "dev"', `var version = ${JSON.stringify(HOSTILE)}`));
    const step = await job.runAction({
      actionDir: ACTION_DIR,
      inputs: { targets: 'linux/arm64', 'working-directory': 'hello', archive: 'none', qemu: 'smoke', 'smoke-args': '--version' },
    });
    assert.equal(step.code, 0, step.stdout + step.stderr);
    assert.match(step.summary, /\| `linux\/arm64` \|[^\n]*passed \(smoke: hello &lt;h1&gt;/);
    assertInert(step.summary);
  });

  test('a deliberate output folder outside the workspace whose path holds HTML is listed as inert code', async () => {
    const { job } = newJob();
    const scratch = mkdtempSync(join(tmpdir(), 'sgg-summary-'));
    cleanups.push(() => rmSync(scratch, { recursive: true, force: true }));
    const outputDir = join(scratch, HOSTILE);
    const step = await job.runAction({
      actionDir: ACTION_DIR,
      inputs: { targets: 'linux/amd64', 'working-directory': 'hello', archive: 'none', 'output-dir': outputDir },
    });
    assert.equal(step.code, 0, step.stdout + step.stderr);
    assert.ok(existsSync(join(outputDir, 'hello-linux-amd64')));
    assert.ok(step.summary.includes('- `output-dir`: <code>'), step.summary);
    assertInert(step.summary);
  });
});
