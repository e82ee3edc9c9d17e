// The action under runners nobody here wrote: nektos/act and Gitea's fork of it (the engine of
// Gitea's act_runner and Forgejo's runner), both in host mode, built from the Go module proxy by
// harness/act.sh. Each pushes the same repository twice on one runner (same paths, HOME emptied in
// between, as a fresh job sees it) with act's own cache server on 127.0.0.1: the first run installs
// Go from the Go module proxy, builds and saves the caches, the second restores them.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ACTION_NODE } from '../harness/action-under-test';
import { ELF_MACHINE, readExecutableHeader } from '../build/headers';
import { OUT_VARIABLE, STALE_PIN, TARGETS, WORKFLOW, WORKSPACE_CACHE_WORKFLOW, writeRepository } from './fixture';
import { actBinary, runAct, type ActName, type ActRun, type RunnerDirs } from './run-act';

const ACTS: { name: ActName; title: string }[] = [
  { name: 'nektos', title: 'nektos/act' },
  { name: 'gitea', title: "Gitea's act (gitea.com/gitea/act)" },
];
// What a push event from the real runner holds and act's default event lacks (docs/runners.md).
const EVENT = { ref: 'refs/heads/main', repository: { default_branch: 'main' } };
const GOPROXY = process.env.GOPROXY || 'https://proxy.golang.org,direct';

/** What the report step of one run wrote. */
interface Seen {
  setup: Record<string, string>;
  build: Record<string, string>;
  drift: { rule: string; file: string; line: number; severity: string }[];
  path: string[];
  goVersion: string;
  goEnv: Record<string, string>;
  nodeVersion: string;
  dist: string;
}

function readSeen(out: string): Seen {
  const text = (name: string) => readFileSync(join(out, name), 'utf8').trim();
  return {
    setup: JSON.parse(text('setup.json')),
    build: JSON.parse(text('build.json')),
    drift: JSON.parse(text('drift.json')),
    path: text('path.txt').split(':'),
    goVersion: text('go-version.txt'),
    goEnv: JSON.parse(text('go-env.json')),
    nodeVersion: text('node-version.txt'),
    dist: join(out, 'dist'),
  };
}

/** Entries act's cache server holds on disk (cache/<bucket>/<id>; tmp/ holds unfinished uploads). */
function storedEntries(cacheServer: string): string[] {
  const root = join(cacheServer, 'cache');
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .filter((path) => !path.startsWith('tmp/'))
    .sort();
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** The run's log, trimmed for assertion messages. */
const tail = (run: ActRun) => run.log.split('\n').slice(-60).join('\n');

function savedKey(run: ActRun, cache: 'module' | 'build'): string {
  const key = new RegExp(`${cache} cache saved as (\\S+)`).exec(run.log)?.[1];
  assert.ok(key, `the first run saves the ${cache} cache:\n${tail(run)}`);
  return key;
}

for (const act of ACTS) {
  describe(`the action under ${act.title} in host mode`, () => {
    const root = mkdtempSync(join(tmpdir(), `sgg-act-${act.name}-`));
    const dirs: RunnerDirs = {
      repo: join(root, 'repo'),
      home: join(root, 'home'),
      actionCache: join(root, 'act-cache'),
      cacheServer: join(root, 'cache-server'),
      event: join(root, 'event.json'),
      out: join(root, 'out'),
    };
    let binary: string;
    const runs: { run: ActRun; seen?: Seen; entries: string[] }[] = [];

    /** One job on the runner: a fresh HOME and report folder, everything else kept. */
    async function freshJob(workflow: string, jobDirs: RunnerDirs): Promise<ActRun> {
      rmSync(jobDirs.home, { recursive: true, force: true });
      rmSync(jobDirs.out, { recursive: true, force: true });
      mkdirSync(jobDirs.home, { recursive: true });
      const run = await runAct(binary, workflow, jobDirs, OUT_VARIABLE);
      console.log(`${act.title}: ${workflow} took ${run.seconds.toFixed(1)} s`);
      return run;
    }

    async function job(): Promise<void> {
      const run = await freshJob(WORKFLOW, dirs);
      runs.push({
        run,
        seen: existsSync(join(dirs.out, 'setup.json')) ? readSeen(dirs.out) : undefined,
        entries: storedEntries(dirs.cacheServer),
      });
    }

    before(
      async () => {
        binary = await actBinary(act.name);
        mkdirSync(dirs.repo, { recursive: true });
        writeFileSync(dirs.event, JSON.stringify(EVENT));
        await writeRepository(dirs.repo);
        await job();
        await job();
      },
      { timeout: 40 * 60_000 },
    );
    after(() => rmSync(root, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }));

    const first = () => runs[0]!;
    const second = () => runs[1]!;
    const seen = (index: 0 | 1) => {
      const { run, seen } = runs[index]!;
      assert.equal(run.code, 0, `run ${index + 1} failed:\n${tail(run)}`);
      assert.ok(seen, `run ${index + 1} wrote no report:\n${tail(run)}`);
      return seen;
    };

    test('both runs succeed, actions/checkout handled by act itself without fetching it', () => {
      for (const { run } of runs) {
        assert.equal(run.code, 0, tail(run));
        assert.match(run.log, /Success - Main actions\/checkout@v5/);
        assert.match(run.log, /Job succeeded/);
      }
      // act clones a remote action into its action cache; the checkout it skips leaves none there.
      assert.deepEqual(
        readdirSync(dirs.actionCache).filter((name) => name.includes('checkout')),
        [],
        'actions/checkout was fetched',
      );
    });

    test('installs Go from the module proxy, proved by the checksum database, then re-proves the tool cache copy', () => {
      const [one, two] = [seen(0), seen(1)];
      assert.match(one.setup['go-version']!, /^1\.26\.\d+$/);
      assert.equal(two.setup['go-version'], one.setup['go-version']);
      for (const run of [one, two]) assert.match(run.setup.verified!, /^sumdb:/);
      const version = one.setup['go-version']!;
      assert.match(first().run.log, new RegExp(`Downloading golang\\.org/toolchain@v0\\.0\\.1-go${version}\\.linux-amd64`));
      assert.match(first().run.log, /proved in the tree of size \d+ signed by/);
      assert.match(
        second().run.log,
        new RegExp(`Verified the Go at \\S+ \\(\\d+ files\\) against golang\\.org/toolchain@v0\\.0\\.1-go${version}`),
      );
      assert.equal(one.setup['go-root'], join(dirs.actionCache, 'tool_cache', 'go', version, 'x64'));
    });

    test('later steps see that Go first on PATH, with the Go environment the action set, under Node 24', () => {
      for (const index of [0, 1] as const) {
        const run = seen(index);
        const goRoot = run.setup['go-root']!;
        assert.equal(run.path[0], join(goRoot, 'bin'));
        assert.equal(run.goVersion, `go version go${run.setup['go-version']} linux/amd64`);
        assert.deepEqual(run.goEnv, {
          GOTOOLCHAIN: 'local',
          GOPROXY,
          GOCACHE: join(dirs.home, '.cache', 'go-build'),
          GOMODCACHE: join(dirs.home, 'go', 'pkg', 'mod'),
          GOROOT: goRoot,
        });
        assert.equal(run.nodeVersion, execFileSync(ACTION_NODE, ['--version'], { encoding: 'utf8' }).trim());
      }
    });

    test('the first run saves both caches to act cache server, the second restores them by their exact keys', () => {
      const [one, two] = [seen(0), seen(1)];
      assert.equal(one.setup['cache-hit'], 'false');
      assert.equal(two.setup['cache-hit'], 'true');
      assert.equal(two.setup['cache-mod-hit'], 'true');
      assert.equal(two.setup['cache-build-hit'], 'true');
      assert.equal(first().entries.length, 2, `entries after the first run: ${first().entries.join(', ')}`);
      assert.deepEqual(second().entries, first().entries, 'the second run stored nothing new');
      for (const cache of ['module', 'build'] as const) {
        const key = savedKey(first().run, cache);
        assert.ok(second().run.log.includes(`${cache} cache restored from ${key} (exact)`), tail(second().run));
        assert.ok(second().run.log.includes(`${cache} cache: exact hit on ${key}, not saved again`), tail(second().run));
      }
    });

    test("the build leaves each target's binary and a SHA256SUMS that matches them", () => {
      for (const index of [0, 1] as const) {
        const run = seen(index);
        const artifacts = JSON.parse(run.build.artifacts!) as { goos: string; goarch: string; path: string; sha256: string }[];
        assert.deepEqual(artifacts.map((a) => `${a.goos}/${a.goarch}`).sort(), TARGETS);
        assert.equal(run.build['checksums-file'], 'dist/SHA256SUMS');
        const sums = new Map(
          readFileSync(join(run.dist, 'SHA256SUMS'), 'utf8')
            .trim()
            .split('\n')
            .map((line) => line.split(/ [ *]/) as [string, string])
            .map(([hash, name]) => [name, hash]),
        );
        for (const artifact of artifacts) {
          const file = join(run.dist, relative('dist', artifact.path));
          assert.equal(sha256(file), artifact.sha256, artifact.path);
          assert.equal(sums.get(relative('dist', artifact.path)), artifact.sha256, `SHA256SUMS line of ${artifact.path}`);
          const header = readExecutableHeader(readFileSync(file).subarray(0, 64));
          assert.deepEqual(header, {
            format: 'elf',
            machine: ELF_MACHINE[artifact.goarch as keyof typeof ELF_MACHINE],
            bits: 64,
            endian: 'little',
          });
        }
        for (const [name, hash] of sums) assert.equal(sha256(join(run.dist, name)), hash, `SHA256SUMS: ${name}`);
      }
    });

    test('the drift check reports the stale pin and the untested go line as annotations act prints', () => {
      const error = `::error title=drift%3A ci-below-minimum,file=${STALE_PIN.file},line=${STALE_PIN.line},col=${STALE_PIN.col}::`;
      const warning = '::warning title=drift%3A minimum-untested,file=go.mod,line=3,col=4::';
      for (const index of [0, 1] as const) {
        const { run } = runs[index]!;
        const { log } = run;
        assert.ok(log.includes(error), `no ${error} line:\n${tail(run)}`);
        assert.ok(log.includes(warning), `no ${warning} line:\n${tail(run)}`);
        assert.match(log, /Go version drift: 1 error\(s\), 1 warning\(s\), 0 notice\(s\) \(mode warn: not failing\)/);
        assert.deepEqual(
          seen(index).drift.map(({ rule, file, line, severity }) => ({ rule, file, line, severity })),
          [
            { rule: 'ci-below-minimum', file: STALE_PIN.file, line: STALE_PIN.line, severity: 'error' },
            { rule: 'minimum-untested', file: 'go.mod', line: 3, severity: 'warning' },
          ],
        );
      }
    });

    // On a runner that keeps HOME between jobs (a self-hosted Gitea or Forgejo runner in host mode),
    // a cache service without the entry sees a module cache that was already full before the job:
    // the post step compares it with its state after the (empty) restore and skips the upload.
    test('a runner that keeps HOME still saves the module cache to a cache service that lacks it', async () => {
      seen(1);
      const fresh = join(root, 'cache-server-empty');
      const run = await runAct(binary, WORKFLOW, { ...dirs, cacheServer: fresh, out: join(root, 'out-kept-home') }, OUT_VARIABLE);
      assert.equal(run.code, 0, tail(run));
      assert.ok(run.log.includes('module cache: no entry for'), tail(run));
      assert.ok(run.log.includes('module cache saved as '), tail(run));
    });

    // GITHUB_WORKSPACE is <action-cache-path>/<random>/hostexecutor, new for every job, and the
    // cache service's version of an entry hashes the cache's absolute path: a cache inside the
    // workspace gets another version in every job, so no job ever finds the last one's entry.
    test('a module cache inside the workspace (gomodcache: .gomodcache) is restored by the next job', async () => {
      seen(1);
      const jobDirs = { ...dirs, cacheServer: join(root, 'cache-server-workspace'), out: join(root, 'out-workspace') };
      const one = await freshJob(WORKSPACE_CACHE_WORKFLOW, jobDirs);
      const two = await freshJob(WORKSPACE_CACHE_WORKFLOW, jobDirs);
      for (const run of [one, two]) assert.equal(run.code, 0, tail(run));
      const key = savedKey(one, 'module');
      assert.ok(two.log.includes(`module cache restored from ${key} (exact)`), tail(two));
    });
  });
}
