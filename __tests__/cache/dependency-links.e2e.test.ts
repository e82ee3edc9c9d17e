// The files that key the caches (go.sum, go.work.sum, cache-dependency-path matches) are the pull
// request's. From its author's position: a go.sum committed as a link to /proc/self/pagemap (read
// until memory runs out), as a named pipe (never answers), or matched by a glob as a link to a
// runner file. Through the bundles under the runner emulator with the cache service: the setup
// step ends promptly and succeeds, the file is left out of the key with a warning naming only its
// path, and nothing is followed.
import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Machine, warnings } from './helpers';

const STEP_LIMIT_MS = 60_000;

describe('cache keys from links and special files', () => {
  let machine: Machine;
  let goSum: Buffer;
  before(async () => {
    machine = await Machine.start();
    goSum = readFileSync(join(machine.workspace, 'go.sum'));
  });
  afterEach(() => {
    rmSync(join(machine.workspace, 'go.sum'), { force: true });
    writeFileSync(join(machine.workspace, 'go.sum'), goSum);
    rmSync(join(machine.workspace, 'extra'), { recursive: true, force: true });
  });
  after(async () => machine.close());

  async function setupWith(plant: (workspace: string) => void, inputs: Record<string, string> = {}) {
    plant(machine.workspace);
    const job = await machine.job();
    const start = Date.now();
    // The machine's Go is a test fixture with no anchor outside the runner: these tests are about the keys.
    const setup = await machine.runSetup(job, { 'verify-cached': 'false', ...inputs }, STEP_LIMIT_MS);
    return { setup, ms: Date.now() - start };
  }

  test('go.sum -> /proc/self/pagemap: left out of the key, the step ends promptly', async () => {
    const { setup, ms } = await setupWith((workspace) => {
      rmSync(join(workspace, 'go.sum'));
      symlinkSync('/proc/self/pagemap', join(workspace, 'go.sum'));
    });
    assert.ok(ms < STEP_LIMIT_MS, `took ${ms} ms`);
    assert.equal(setup.code, 0, setup.stdout);
    assert.deepEqual(
      warnings(setup).filter((w) => w.startsWith('cache keys:')),
      ['cache keys: go.sum is a symbolic link; not followed, nothing in it was read; left out of the cache key'],
    );
  });

  test('a named pipe as go.sum: never opened for reading', async () => {
    const { setup, ms } = await setupWith(
      (workspace) => {
        rmSync(join(workspace, 'go.sum'));
        execFileSync('mkfifo', [join(workspace, 'go.sum')]);
      },
      { 'cache-dependency-path': 'go.sum' },
    );
    assert.ok(ms < STEP_LIMIT_MS, `took ${ms} ms`);
    assert.equal(setup.code, 0, setup.stdout);
    assert.ok(
      warnings(setup).some((w) => /^cache keys: go\.sum is a named pipe; not followed/.test(w)),
      warnings(setup).join('\n'),
    );
  });

  test('a glob match that is a link to a runner file: named, not read', async () => {
    const { setup, ms } = await setupWith(
      (workspace) => {
        execFileSync('mkdir', ['-p', join(workspace, 'extra')]);
        symlinkSync('/proc/self/pagemap', join(workspace, 'extra', 'go.sum'));
      },
      { 'cache-dependency-path': '**/go.sum' },
    );
    assert.ok(ms < STEP_LIMIT_MS, `took ${ms} ms`);
    assert.equal(setup.code, 0, setup.stdout);
    assert.ok(
      warnings(setup).includes(
        'cache keys: extra/go.sum is a symbolic link; not followed, nothing in it was read; left out of the cache key',
      ),
      warnings(setup).join('\n'),
    );
    assert.match(setup.stdout, /cache keys hash 1 file\(s\): go\.sum/);
  });
});
