// Cache benchmarks (issue 5):
//  (a) the setup step with both caches restoring concurrently with the real Go install (local
//      go.dev-like server), against the install alone and the restore alone (goal: at most 1.1x
//      max(install, restore)).
//  (b) build cache size after 5 runs that each edit one source file, with the post step's trim,
//      against one clean run (goal: at most 1.3x); the untrimmed size shows setup-go's growth.
//  (c) `go build ./...` with the restored build cache against a cold one.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ageBuildCacheEntries, listFiles, makeDirectoriesWritable, trimBuildCache } from '../src/cache/files';
import { RunnerJob, spawnCollect } from '../__tests__/harness/runner';
import { DlServer } from '../__tests__/harness/dl-server';
import { goArchive } from '../__tests__/harness/go-archives';
import { testKeys } from '../__tests__/harness/gpg';
import { EXAMPLE, Machine } from '../__tests__/cache/helpers';
import { measureInterleaved, median, printRatios, timeMs } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 3);
/** BENCH_CACHE_PARTS=a measures only the setup step (a), after the one cold build it seeds from. */
const PARTS = process.env.BENCH_CACHE_PARTS ?? 'abc';

async function must(command: string, args: string[], options: Parameters<typeof spawnCollect>[2] = {}): Promise<string> {
  const result = await spawnCollect(command, args, options);
  if (result.code !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

async function sizeOf(dir: string): Promise<number> {
  return (await listFiles(dir)).reduce((sum, file) => sum + file.size, 0);
}

const root = mkdtempSync(join(tmpdir(), 'sgg-cache-bench-'));
const work = join(root, 'work');
cpSync(EXAMPLE, work, { recursive: true });
const modcache = join(root, 'mod');
const goEnv = (gocache: string) => ({
  ...process.env,
  GOCACHE: gocache,
  GOMODCACHE: modcache,
  GOFLAGS: '-modcacherw',
  GOTOOLCHAIN: 'local',
});
await must('go', ['mod', 'download'], { cwd: work, env: goEnv(join(root, 'unused')) });

// (c) cold against warm builds; the last cold cache is the "clean run" of (b).
const clean = join(root, 'clean-cache');
const coldSamples: number[] = [];
for (let run = 0; run < COLD_RUNS; run++) {
  rmSync(clean, { recursive: true, force: true });
  coldSamples.push(await timeMs(() => must('go', ['build', './...'], { cwd: work, env: goEnv(clean) })));
}
if (PARTS.includes('c')) {
  const warmCache = join(root, 'warm-cache');
  cpSync(clean, warmCache, { recursive: true });
  const warmSamples: number[] = [];
  for (let run = 0; run < RUNS; run++)
    warmSamples.push(await timeMs(() => must('go', ['build', './...'], { cwd: work, env: goEnv(warmCache) })));
  printRatios(
    '(c) go build ./... of examples/deps',
    { 'cold build cache': median(coldSamples), 'restored build cache': median(warmSamples) },
    'cold build cache',
    Math.min(COLD_RUNS, RUNS),
  );
}

// (b) five runs, each editing one file, starting from the clean run's cache.
if (PARTS.includes('b')) {
  const cleanSize = await sizeOf(clean);
  const trimmed = join(root, 'trimmed-cache');
  const untrimmed = join(root, 'untrimmed-cache');
  cpSync(clean, trimmed, { recursive: true });
  cpSync(clean, untrimmed, { recursive: true });
  const source = join(work, 'greet/greet.go');
  const original = readFileSync(source, 'utf8');
  for (let run = 1; run <= 5; run++) {
    writeFileSync(source, `${original}\n// Edit ${run} of the size benchmark.\nconst edit${run} = ${run}\n`);
    const jobStart = Date.now();
    await ageBuildCacheEntries(trimmed, jobStart);
    await must('go', ['build', './...'], { cwd: work, env: goEnv(trimmed) });
    await trimBuildCache(trimmed, jobStart);
    await must('go', ['build', './...'], { cwd: work, env: goEnv(untrimmed) });
  }
  writeFileSync(source, original);
  const mib = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MiB`;
  console.log('\n(b) build cache size after 5 runs that each edit greet/greet.go (ratio against one clean run)');
  console.log(`  one clean run                                    ${mib(cleanSize).padStart(10)}   1.00x`);
  console.log(
    `  5 runs, trimmed by the post step                 ${mib(await sizeOf(trimmed)).padStart(10)}   ${((await sizeOf(trimmed)) / cleanSize).toFixed(2)}x   (goal <= 1.30x)`,
  );
  console.log(
    `  5 runs, untrimmed (one blob, as setup-go does)   ${mib(await sizeOf(untrimmed)).padStart(10)}   ${((await sizeOf(untrimmed)) / cleanSize).toFixed(2)}x`,
  );
}

// (a) setup with caches restoring, concurrently with the real install: the action against a local
// go.dev-like server (download, verify, unpack), with and without the cache restore, and the restore alone.
const [goArchiveFile, keys] = await Promise.all([goArchive(), testKeys()]);
const dl = await DlServer.start({ archives: [goArchiveFile], signingKey: keys.release });
const machine = await Machine.start();
{
  // Seed the service: a job that downloads modules, builds with the clean cache's content, and saves.
  const job = await machine.job({});
  await machine.runSetup(job);
  mkdirSync(machine.gocache, { recursive: true });
  cpSync(clean, machine.gocache, { recursive: true });
  await must('go', ['build', './...'], { cwd: machine.workspace, env: { ...job.env, PATH: job.path } });
  const [post] = await job.runPosts();
  if (post?.code !== 0 || machine.server.listEntries().length !== 2) throw new Error(`seeding the cache service failed: ${post?.stdout}`);
  job.cleanup();
}
const installInputs = { 'go-download-base-url': dl.url, 'go-signing-key': keys.release.armoredPublicKey };
const setupStep = async (options: { freshToolCache: boolean; cache: boolean }) => {
  const job = await machine.job();
  // Same machine (home, workspace, cache service), but a runner whose tool cache is empty.
  const machineEnv = Object.fromEntries(Object.entries(job.env).filter(([name]) => !/^(RUNNER_|GITHUB_)/.test(name)));
  const runner = options.freshToolCache ? new RunnerJob({ workspace: machine.workspace, env: machineEnv }) : job;
  const result = await machine.runSetup(runner, { ...installInputs, cache: String(options.cache) });
  if (result.code !== 0) throw new Error(`setup failed: ${result.stdout}`);
  if (options.cache && result.outputs['cache-hit'] !== 'true') throw new Error(`restore missed: ${result.stdout}`);
  if (options.freshToolCache && !/downloaded from/.test(result.summary)) throw new Error('expected a download');
  if (runner !== job) runner.cleanup();
  job.cleanup();
};
const medians = await measureInterleaved(
  {
    'install alone (download + verify + unpack)': () => setupStep({ freshToolCache: true, cache: false }),
    'restore both caches alone (Go cached)': () => setupStep({ freshToolCache: false, cache: true }),
    'setup: install + restore concurrently': () => setupStep({ freshToolCache: true, cache: true }),
  },
  RUNS,
  async () => {
    if (existsSync(machine.home)) await makeDirectoriesWritable(machine.home);
  },
);
printRatios('(a) setup time', medians, 'install alone (download + verify + unpack)', RUNS);
const slowest = Math.max(medians['install alone (download + verify + unpack)']!, medians['restore both caches alone (Go cached)']!);
console.log(
  `  concurrent total / max(install, restore): ${(medians['setup: install + restore concurrently']! / slowest).toFixed(2)}x (goal <= 1.10x)`,
);
await dl.close();
await machine.close();
await makeDirectoriesWritable(root);
rmSync(root, { recursive: true, force: true });
