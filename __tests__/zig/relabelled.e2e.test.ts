// A hostile zig mirror through the build/ sub-action's bundle under the runner emulator: its index
// lists a newer zig version whose tarball is in truth an older zig, validly signed (a real signature
// binds the bytes and the file name, not the version the index claims). Everything is checked in
// staging, so nothing reaches the tool cache and a later job is not stuck with a wrong zig there.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, RunnerJob } from '../harness/runner';
import { listTree, ZIG_TEST_VERSION, ZigServer } from '../harness/zig-server';

const ACTION_DIR = join(REPO_ROOT, 'build');
const EXAMPLE = join(REPO_ROOT, 'examples', 'cgo');
const GOCACHE = execFileSync('go', ['env', 'GOCACHE'], { encoding: 'utf8' }).trim();
/** The version the mirror claims; the tarball it serves for it is ZIG_TEST_VERSION. */
const CLAIMED = '0.99.0';

/** A mirror whose index lists its signed ZIG_TEST_VERSION tarball under CLAIMED as well. */
class RelabellingMirror extends ZigServer {
  override indexJson(): string {
    const index = JSON.parse(super.indexJson()) as Record<string, unknown>;
    index[CLAIMED] = index[ZIG_TEST_VERSION];
    return JSON.stringify(index);
  }
}

describe('a zig mirror that serves an older signed zig as a newer version', () => {
  let mirror: RelabellingMirror;
  const toolCache = mkdtempSync(join(tmpdir(), 'sgg-zig-relabel-'));
  const jobs: RunnerJob[] = [];
  before(async () => {
    mirror = await new RelabellingMirror().start();
  });
  after(async () => {
    await mirror.close();
    for (const job of jobs) job.cleanup();
    rmSync(toolCache, { recursive: true, force: true });
  });

  const buildWithZig = async () => {
    const job = new RunnerJob({ env: { GOCACHE }, toolCache });
    jobs.push(job);
    cpSync(EXAMPLE, join(job.workspace, 'app'), { recursive: true, filter: (source) => !source.includes(`${EXAMPLE}/dist`) });
    mirror.requests.length = 0;
    const step = await job.runAction({
      actionDir: ACTION_DIR,
      inputs: {
        targets: 'linux/arm64',
        'working-directory': 'app',
        cgo: '1',
        'zig-version': CLAIMED,
        'zig-download-base-url': mirror.url,
        'zig-signing-key': mirror.key.publicKey,
      },
    });
    return { step, errors: step.annotations.filter((a) => a.level === 'error').map((a) => a.message) };
  };

  test('the wrong version is found in staging: the step fails naming both versions, and the tool cache holds no zig', async () => {
    const { step, errors } = await buildWithZig();
    assert.equal(step.code, 1, step.stdout + step.stderr);
    assert.ok(
      errors.some((message) => message.includes(`zig ${ZIG_TEST_VERSION}`) && message.includes(CLAIMED) && /staging|before/.test(message)),
      errors.join('\n'),
    );
    assert.deepEqual(listTree(join(toolCache, 'zig')), [], 'nothing was promoted into the tool cache');
    assert.deepEqual(
      listTree(join(toolCache, '.setup-go-golden-staging')).filter((entry) => entry.includes('/')),
      [],
      'staging was emptied',
    );
  });

  test('a later job on the same runner verifies afresh (downloads again) and refuses again, rather than failing on a stored zig', async () => {
    const { step, errors } = await buildWithZig();
    assert.equal(step.code, 1, step.stdout + step.stderr);
    assert.ok(
      mirror.requests.some((path) => path.endsWith('.tar.xz')),
      'the tarball was downloaded again: nothing was kept',
    );
    assert.ok(
      errors.some((message) => message.includes(`zig ${ZIG_TEST_VERSION}`) && message.includes(CLAIMED)),
      errors.join('\n'),
    );
    assert.deepEqual(listTree(join(toolCache, 'zig')), []);
  });
});
