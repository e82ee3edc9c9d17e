// The caches end to end: the action's bundles through the runner emulator, the real
// @actions/cache with tar and zstd, a local v2 cache service, real go builds of examples/deps
// with modules fetched through the machine's GOPROXY.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnCollect } from '../harness/runner';
import { Machine, warnings } from './helpers';

const MOD_PREFIX = 'setup-go-golden-mod-linux-x64-';
const BUILD_PREFIX = 'setup-go-golden-build-linux-x64-go1.26.8-native-';

/**
 * A cold job on the machine: setup, then `go build` (both caches) or only `go mod download`
 * (the module cache: a fresh build cache means compiling the standard library, minutes on CI).
 */
async function coldRun(machine: Machine, work: 'build' | 'download'): Promise<void> {
  const job = await machine.job();
  const setup = await machine.runSetup(job);
  assert.equal(setup.code, 0, setup.stdout);
  const step = await job.run('go', work === 'build' ? ['build', './...'] : ['mod', 'download']);
  assert.equal(step.code, 0, step.stderr);
  const [post] = await job.runPosts();
  assert.equal(post!.code, 0, post!.stdout);
  job.cleanup();
}

/**
 * A job step that fills both caches without compiling the standard library: go mod download for
 * the module cache, and `go env -json`, which probes the C compiler and stores the answers in the
 * build cache.
 */
async function fillBothCaches(job: Awaited<ReturnType<Machine['job']>>): Promise<void> {
  for (const args of [
    ['mod', 'download'],
    ['env', '-json'],
  ]) {
    const step = await job.run('go', args);
    assert.equal(step.code, 0, step.stderr);
  }
}

describe('module and build caches', () => {
  test('a cold run saves both caches; the next run hits both, builds offline with nothing to compile and passes go mod verify', async () => {
    const machine = await Machine.start();
    try {
      const cold = await machine.job();
      const setup = await machine.runSetup(cold);
      assert.equal(setup.code, 0, setup.stdout);
      assert.deepEqual(
        [setup.outputs['cache-hit'], setup.outputs['cache-mod-hit'], setup.outputs['cache-build-hit']],
        ['false', 'false', 'false'],
      );
      assert.equal(setup.exportedEnv.GOMODCACHE, machine.modcache);
      assert.equal(setup.exportedEnv.GOCACHE, machine.gocache);
      const build = await cold.run('go', ['build', './...']);
      assert.equal(build.code, 0, build.stderr);
      assert.match(build.stderr, /downloading golang\.org\/x\/text/);
      const [post] = await cold.runPosts();
      assert.equal(post!.code, 0, post!.stdout);
      const keys = machine.server
        .listEntries()
        .map((entry) => entry.key)
        .sort();
      assert.equal(keys.length, 2);
      assert.ok(keys[0]!.startsWith(BUILD_PREFIX), keys[0]);
      assert.ok(keys[1]!.startsWith(MOD_PREFIX), keys[1]);

      const warm = await machine.job();
      assert.equal(existsSync(machine.modcache), false, 'a new job starts without caches');
      const setup2 = await machine.runSetup(warm);
      assert.equal(setup2.code, 0, setup2.stdout);
      assert.deepEqual(
        [setup2.outputs['cache-hit'], setup2.outputs['cache-mod-hit'], setup2.outputs['cache-build-hit']],
        ['true', 'true', 'true'],
      );
      // GOPROXY=off: any module download would fail; -v lists every package it has to compile.
      const offline = await warm.run('go', ['build', '-v', './...'], { env: { GOPROXY: 'off' } });
      assert.equal(offline.code, 0, offline.stderr);
      assert.doesNotMatch(offline.stderr, /downloading|golang\.org\/x\/text|github\.com\/google\/uuid/);
      const verify = await warm.run('go', ['mod', 'verify']);
      assert.equal(verify.code, 0, verify.stderr);
      assert.match(verify.stdout, /all modules verified/);
      const creates = machine.server.rpcCalls('CreateCacheEntry').length;
      const [post2] = await warm.runPosts();
      assert.equal(post2!.code, 0);
      assert.equal(machine.server.rpcCalls('CreateCacheEntry').length, creates, 'exact hits are not uploaded again');
      assert.match(post2!.stdout, /exact hit/);
    } finally {
      await machine.close();
    }
  });

  test('a changed go.sum misses the module key, restores the nearest entry and saves a new one', async () => {
    const machine = await Machine.start();
    try {
      await coldRun(machine, 'build');
      const [oldModKey] = machine.server
        .listEntries()
        .map((entry) => entry.key)
        .filter((key) => key.startsWith(MOD_PREFIX));
      // A real dependency change, made outside any job.
      const scratch = mkdtempSync(join(tmpdir(), 'sgg-scratch-modcache-'));
      const get = await spawnCollect('go', ['get', 'github.com/google/uuid@v1.5.0'], {
        cwd: machine.workspace,
        env: { ...process.env, GOMODCACHE: scratch, GOFLAGS: '-mod=mod' },
      });
      assert.equal(get.code, 0, get.stderr);
      await spawnCollect('go', ['clean', '-modcache'], { env: { ...process.env, GOMODCACHE: scratch } });

      const job = await machine.job();
      const setup = await machine.runSetup(job);
      assert.equal(setup.code, 0, setup.stdout);
      assert.equal(setup.outputs['cache-mod-hit'], 'false');
      assert.equal(setup.outputs['cache-build-hit'], 'false');
      assert.match(setup.stdout, new RegExp(`module cache: downloading ${oldModKey} \\(found by a restore key\\)`));
      assert.ok(existsSync(join(machine.modcache, 'golang.org/x/text@v0.43.0')), 'the nearest module cache was restored');
      const build = await job.run('go', ['build', './...']);
      assert.equal(build.code, 0, build.stderr);
      assert.match(build.stderr, /downloading github\.com\/google\/uuid v1\.5\.0/);
      assert.doesNotMatch(build.stderr, /downloading golang\.org\/x\/text/);
      const [post] = await job.runPosts();
      assert.equal(post!.code, 0, post!.stdout);
      const keys = machine.server.listEntries().map((entry) => entry.key);
      assert.equal(keys.filter((key) => key.startsWith(MOD_PREFIX)).length, 2, keys.join('\n'));
      assert.equal(keys.filter((key) => key.startsWith(BUILD_PREFIX)).length, 2, keys.join('\n'));
    } finally {
      await machine.close();
    }
  });

  test('a restore merges into a module cache that already holds read-only files', async () => {
    const machine = await Machine.start();
    try {
      await coldRun(machine, 'download');
      const job = await machine.job();
      // A preinstalled module cache: one module of the saved entry, one that only exists here.
      const download = await job.run('go', ['mod', 'download', 'github.com/google/uuid@v1.6.0'], { env: { GOMODCACHE: machine.modcache } });
      assert.equal(download.code, 0, download.stderr);
      const local = join(machine.modcache, 'example.org/preinstalled@v1.0.0');
      mkdirSync(local, { recursive: true });
      writeFileSync(join(local, 'keep.txt'), 'kept\n');
      chmodSync(local, 0o555);
      const setup = await machine.runSetup(job);
      assert.equal(setup.code, 0, setup.stdout);
      assert.equal(setup.outputs['cache-mod-hit'], 'true');
      assert.deepEqual(warnings(setup), []);
      assert.ok(existsSync(join(local, 'keep.txt')));
      assert.ok(existsSync(join(machine.modcache, 'golang.org/x/text@v0.43.0')));
      assert.notEqual(statSync(local).mode & 0o200, 0, 'directories were made writable before the merge');
      const verify = await job.run('go', ['mod', 'verify']);
      assert.equal(verify.code, 0, verify.stderr);
    } finally {
      await machine.close();
    }
  });
});

describe('cache-save policy', () => {
  const cases: { name: string; eventName?: string; ref?: string; cacheSave?: string; saves: boolean }[] = [
    { name: 'auto saves on a push to the default branch', saves: true },
    { name: 'auto does not save on a pull request', eventName: 'pull_request', ref: 'refs/pull/1/merge', saves: false },
    { name: 'auto does not save on a push to another branch', ref: 'refs/heads/feature', saves: false },
    { name: 'never does not save on a push to the default branch', cacheSave: 'never', saves: false },
    { name: 'always saves on a pull request', eventName: 'pull_request', ref: 'refs/pull/1/merge', cacheSave: 'always', saves: true },
  ];
  for (const { name, eventName, ref, cacheSave, saves } of cases) {
    test(name, async () => {
      const machine = await Machine.start();
      try {
        const job = await machine.job({ eventName, ref });
        const setup = await machine.runSetup(job, cacheSave ? { 'cache-save': cacheSave } : {});
        assert.equal(setup.code, 0, setup.stdout);
        await fillBothCaches(job);
        const [post] = await job.runPosts();
        assert.equal(post!.code, 0);
        const saved = machine.server
          .listEntries()
          .map((entry) => (entry.key.startsWith(MOD_PREFIX) ? 'mod' : entry.key.startsWith(BUILD_PREFIX) ? 'build' : entry.key))
          .sort();
        assert.deepEqual(saved, saves ? ['build', 'mod'] : [], post!.stdout);
      } finally {
        await machine.close();
      }
    });
  }
});

describe('cache faults: a warning, and the job goes on without the cache', () => {
  let machine: Machine;
  before(async () => {
    machine = await Machine.start();
    await coldRun(machine, 'download');
  });
  after(async () => machine.close());

  /** Setup, then the job's own work: it must succeed whatever happened to the cache. */
  async function setupAndDownload(inputs: Record<string, string> = {}) {
    const job = await machine.job();
    const setup = await machine.runSetup(job, inputs);
    assert.equal(setup.code, 0, setup.stdout);
    await fillBothCaches(job);
    return { job, setup };
  }

  test('the service answers 5xx to lookups', async () => {
    machine.server.faults = { rpcStatus: { GetCacheEntryDownloadURL: 503 } };
    try {
      const { setup } = await setupAndDownload();
      assert.equal(setup.outputs['cache-mod-hit'], 'false');
      assert.ok(
        warnings(setup).some((message) => /^module cache not restored: the cache lookup failed: .*503/.test(message)),
        setup.stdout,
      );
    } finally {
      machine.server.faults = {};
    }
  });

  test('a stored archive is corrupt', async () => {
    machine.server.faults = { corruptBlobs: true };
    try {
      const { job, setup } = await setupAndDownload();
      assert.equal(setup.outputs['cache-mod-hit'], 'false');
      assert.ok(
        warnings(setup).some((message) => /^module cache not restored: .*not a valid zstd archive/.test(message)),
        setup.stdout,
      );
      assert.equal((await job.run('go', ['mod', 'verify'])).code, 0);
    } finally {
      machine.server.faults = {};
    }
  });

  test('the service is slow', async () => {
    machine.server.faults = { delayMs: 400 };
    try {
      const { setup } = await setupAndDownload();
      assert.equal(setup.outputs['cache-mod-hit'], 'true');
    } finally {
      machine.server.faults = {};
    }
  });

  test('saving answers 409 (another job saved the key) or 5xx', async () => {
    for (const faults of [{ conflictOnCreate: true }, { rpcStatus: { CreateCacheEntry: 500 } }]) {
      machine.server.faults = faults;
      try {
        const { job } = await setupAndDownload({ 'cache-key-suffix': `fault-${Object.keys(faults)[0]}` });
        const [post] = await job.runPosts();
        assert.equal(post!.code, 0, post!.stdout);
        const saveWarnings = warnings(post!).filter((message) => /(module|build) cache was not saved/.test(message));
        assert.equal(saveWarnings.length, 2, post!.stdout);
      } finally {
        machine.server.faults = {};
      }
    }
  });

  test('the cache service is missing', async () => {
    const job = await machine.job({
      env: { ACTIONS_RESULTS_URL: undefined, ACTIONS_CACHE_SERVICE_V2: undefined, ACTIONS_RUNTIME_TOKEN: undefined },
    });
    const setup = await machine.runSetup(job);
    assert.equal(setup.code, 0, setup.stdout);
    assert.ok(warnings(setup).some((message) => /cache service is not available/.test(message)));
    assert.equal((await job.run('go', ['mod', 'download'])).code, 0);
    const [post] = await job.runPosts();
    assert.equal(post!.code, 0);
    assert.match(post!.stdout, /nothing to save/);
  });
});

test('cache: false restores nothing and saves nothing', async () => {
  const machine = await Machine.start();
  try {
    const job = await machine.job();
    const setup = await machine.runSetup(job, { cache: 'false' });
    assert.equal(setup.code, 0);
    assert.equal(setup.outputs['cache-hit'], 'false');
    await job.runPosts();
    assert.equal(machine.server.requests.length, 0);
  } finally {
    await machine.close();
  }
});
