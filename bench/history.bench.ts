// The build cache on a real project's real history (issue 31): the last N first-parent commits of
// a Go project's default branch replayed as N CI jobs, each on a fresh home (new HOME, GOCACHE and
// GOMODCACHE) with the cache service carried over, each running `go build -v ./...` then
// `go vet ./...`, side by side for:
//   - this action (the working tree's bundles), cache on, pushes to the default branch;
//   - actions/setup-go (its own committed bundles at BENCH_SETUP_GO_REF), cache: true;
//   - the floor: each job starts with exactly the previous job's module and build caches
//     (unpacked from a zstd tar, as a restore would), this action setting Go up with cache off.
// Go is preinstalled in the runner tool cache (nothing is downloaded); modules come from GOPROXY.
// Reported per job: setup+build+vet time, packages compiled, bytes uploaded, post-step time.
//
//   BENCH_HISTORY_GIT      the project: a git directory or URL (default: caddyserver/caddy)
//   BENCH_HISTORY_REF      its default branch head (default HEAD)
//   BENCH_HISTORY_COMMITS  how many commits (default 20)
//   BENCH_SETUP_GO_GIT     actions/setup-go: a git directory or URL; BENCH_SETUP_GO_REF (default v7.0.0)
//   BENCH_HISTORY_RUNS     runs of each warm job (default 3; `golden=3,floor=3,setup-go=1` per variant): every run
//                          starts from the same cache service and the table gives the median; only the last
//                          run's post step saves, so the next job starts from one job's caches, as on a runner
//   BENCH_HISTORY_COLD     `shared` (default): the first, cold job (no cache anywhere) compiles once,
//                          and the other two start from its caches with its build time; `each`: all three compile
//   BENCH_HISTORY_VARIANTS which of golden,setup-go,floor to run (default all three, interleaved;
//                          empty: run none, print the table of an earlier run on BENCH_HISTORY_ROOT)
//   BENCH_HISTORY_ROOT     a folder kept after the run: the home and workspace paths (identical for every
//                          job and variant, as on hosted runners: Go's cache keys hold source paths), each
//                          variant's results and the cold caches, so variants can run in separate processes
// The project's files are only ever unpacked into temporary folders.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeDirectoriesWritable } from '../src/cache/files';
import { BUILD_SAVE_THRESHOLD } from '../src/cache/policy';
import { GO_VERSION, sharedToolCache } from '../__tests__/cache/helpers';
import { CacheServer } from '../__tests__/harness/cache-server';
import { RunnerJob, spawnCollect } from '../__tests__/harness/runner';
import { median, printRatios, settleDisk, timeMs } from './stats';

const COMMITS = Number(process.env.BENCH_HISTORY_COMMITS ?? 20);
const COLD = process.env.BENCH_HISTORY_COLD ?? 'shared';

/** Runs per warm job for a variant, from BENCH_HISTORY_RUNS (`3`, or `golden=3,setup-go=1`; unnamed variants get 3). */
function runsOf(variant: string): number {
  const spec = (process.env.BENCH_HISTORY_RUNS ?? '3').trim();
  const named = new Map(spec.split(',').map((part) => [part.split('=')[0]!.trim(), part.split('=')[1]?.trim()]));
  const runs = Number(/^\d+$/.test(spec) ? spec : (named.get(variant) ?? '3'));
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`BENCH_HISTORY_RUNS=${spec} does not give ${variant} a run count of 1 or more`);
  return runs;
}
const MIRRORS = '/work/.mirror';

function source(variable: string, mirror: string, url: string): string {
  return process.env[variable] ?? (existsSync(join(MIRRORS, mirror, 'repo')) ? join(MIRRORS, mirror, 'repo') : url);
}

const keepRoot = process.env.BENCH_HISTORY_ROOT !== undefined;
const root = process.env.BENCH_HISTORY_ROOT ?? mkdtempSync(join(tmpdir(), 'sgg-history-bench-'));
const home = join(root, 'home');
const workspace = join(root, 'workspace');
const state = join(root, 'state');
for (const dir of [home, workspace, state]) mkdirSync(dir, { recursive: true });

async function sh(script: string, cwd = root): Promise<string> {
  const result = await spawnCollect('bash', ['-euo', 'pipefail', '-c', script], { cwd, timeoutMs: 30 * 60_000 });
  if (result.code !== 0) throw new Error(`${script} failed: ${result.stderr}`);
  return result.stdout;
}

const quote = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`;

/** A git directory for `from`: used in place when it is one, else cloned bare into the bench's folder. */
async function gitDir(from: string, name: string): Promise<string> {
  if (existsSync(join(from, 'HEAD')) && existsSync(join(from, 'objects'))) return from;
  const dir = join(root, `${name}.git`);
  await sh(`git clone --quiet --bare ${quote(from)} ${quote(dir)}`);
  return dir;
}

const project = await gitDir(source('BENCH_HISTORY_GIT', 'caddyserver+caddy', 'https://github.com/caddyserver/caddy.git'), 'project');
const setupGoGit = await gitDir(source('BENCH_SETUP_GO_GIT', 'actions+setup-go', 'https://github.com/actions/setup-go.git'), 'setup-go');
const setupGoDir = join(root, 'setup-go');
rmSync(setupGoDir, { recursive: true, force: true });
mkdirSync(setupGoDir);
await sh(
  `git --git-dir=${quote(setupGoGit)} archive ${quote(process.env.BENCH_SETUP_GO_REF ?? 'v7.0.0')} | tar -x -C ${quote(setupGoDir)}`,
);

const commits = (
  await sh(`git --git-dir=${quote(project)} rev-list --first-parent --max-count=${COMMITS} ${process.env.BENCH_HISTORY_REF ?? 'HEAD'}`)
)
  .trim()
  .split('\n')
  .reverse();
const changesGoSum = async (sha: string) =>
  (await sh(`git --git-dir=${quote(project)} diff --name-only ${sha}^1 ${sha}`)).split('\n').some((path) => path.endsWith('go.sum'));

/** The commit's tree in place of the workspace's content (no .git: nothing in these builds reads it). */
async function checkout(sha: string): Promise<void> {
  await makeDirectoriesWritable(workspace);
  for (const entry of readdirSync(workspace)) rmSync(join(workspace, entry), { recursive: true, force: true });
  await sh(`git --git-dir=${quote(project)} archive ${sha} | tar -x -C ${quote(workspace)}`);
}

interface JobResult {
  /** setup+build+vet of every run of this job, in order; the last run's post step saved. */
  runsMs: number[];
  setupMs: number;
  buildMs: number;
  vetMs: number;
  postMs: number;
  compiled: number;
  uploadedBytes: number;
  /** Set when the runs of this job did not all compile the same number of packages. */
  compiledVaried?: boolean;
  /** Set when the job took the first variant's cold caches and build times (BENCH_HISTORY_COLD=shared). */
  sharedCold?: boolean;
  /** This action's post-step line on the build cache (saved, or why not). */
  buildCacheSave?: string;
}

/** The job's setup+build+vet time: the median of its runs. */
const total = (result: JobResult) => median(result.runsMs);

/** A job on a fresh runner: a new home (no caches), the same paths, the variant's cache service. */
async function newJob(server: CacheServer | undefined, sha: string): Promise<RunnerJob> {
  await makeDirectoriesWritable(home);
  rmSync(home, { recursive: true, force: true });
  mkdirSync(home);
  return new RunnerJob({
    workspace,
    toolCache: sharedToolCache(),
    env: {
      ...server?.env(),
      HOME: home,
      GITHUB_SHA: sha,
      XDG_CACHE_HOME: undefined,
      GOPATH: undefined,
      GOCACHE: undefined,
      GOMODCACHE: undefined,
      GOFLAGS: undefined,
      GOENV: undefined,
    },
  });
}

async function must(job: RunnerJob, args: string[]): Promise<{ ms: number; stderr: string }> {
  let stderr = '';
  const ms = await timeMs(async () => {
    const result = await job.run('go', args, { timeoutMs: 60 * 60_000 });
    if (result.code !== 0) throw new Error(`go ${args.join(' ')} failed: ${result.stderr.slice(-4000)}`);
    stderr = result.stderr;
  });
  return { ms, stderr };
}

/** Packages `go build -v` compiled (it names each one it did not find in the build cache). */
const countCompiled = (stderr: string) => stderr.split('\n').filter((line) => line !== '' && !line.startsWith('go: ')).length;

const storedBytes = (server: CacheServer | undefined) => (server?.listEntries() ?? []).reduce((sum, entry) => sum + entry.sizeBytes, 0);

/** The module and build caches of the home, as a tar (zstd when `compress`). */
async function packCaches(archive: string, compress: boolean): Promise<void> {
  const parts = ['.cache/go-build', 'go/pkg/mod'].filter((part) => existsSync(join(home, part)));
  await sh(`tar ${compress ? '--zstd ' : ''}-cf ${quote(archive)} -C ${quote(home)} ${parts.join(' ')}`);
}

/** `fresh`: files get the unpacking time, as if this job had built them (else the post step trims them as unused). */
const unpackCaches = (archive: string, fresh = false) => sh(`tar -x${fresh ? 'm' : ''}f ${quote(archive)} -C ${quote(home)}`);

/** Runs the post steps; returns what they said about the build cache. */
async function runPost(job: RunnerJob): Promise<string | undefined> {
  let line: string | undefined;
  for (const post of await job.runPosts(30 * 60_000)) {
    if (post.code !== 0) throw new Error(`post step failed: ${post.stdout.slice(-4000)}`);
    line ??= /^build cache: (saving|not saved|exact hit).*$/m.exec(post.stdout)?.[0];
  }
  return line;
}

async function ourSetup(job: RunnerJob, inputs: Record<string, string> = {}): Promise<void> {
  const result = await job.runAction({ inputs: { 'go-version': GO_VERSION, 'check-latest': 'false', 'drift-check': 'off', ...inputs } });
  if (result.code !== 0) throw new Error(`setup failed: ${result.stdout}`);
}

interface Variant {
  name: string;
  server?: CacheServer;
  /** Sets Go up (and restores caches) for one job; timed as the setup. */
  setup: (job: RunnerJob, index: number) => Promise<void>;
  /** After the job's own steps: the post step, and what the floor keeps for the next job; returns runPost's line. */
  finish: (job: RunnerJob) => Promise<string | undefined>;
}

const coldCaches = join(state, 'cold.tar');
const coldResult = join(state, 'cold.json');
const floorArchive = join(state, 'floor.tar.zst');
const resultsFile = (name: string) => join(state, `${name.replace(/\W+/g, '-')}.json`);

/** One run of a job on a fresh runner; `last`: the run whose post step saves what the next job starts from. */
async function runJob(variant: Variant, sha: string, index: number, last: boolean): Promise<JobResult> {
  await checkout(sha);
  const job = await newJob(variant.server, sha);
  // No run pays for the writes of the one before (a save's upload, the floor's archive).
  await settleDisk();
  const setupMs = await timeMs(() => variant.setup(job, index));
  let result: JobResult;
  if (index === 0 && COLD === 'shared' && existsSync(coldResult)) {
    // The same cold work another variant measured on the same paths: its caches, its times.
    await unpackCaches(coldCaches, true);
    const cold = JSON.parse(readFileSync(coldResult, 'utf8')) as JobResult;
    result = { ...cold, setupMs, runsMs: [setupMs + cold.buildMs + cold.vetMs], sharedCold: true };
  } else {
    const build = await must(job, ['build', '-v', './...']);
    const vet = await must(job, ['vet', './...']);
    result = {
      runsMs: [setupMs + build.ms + vet.ms],
      setupMs,
      buildMs: build.ms,
      vetMs: vet.ms,
      postMs: 0,
      compiled: countCompiled(build.stderr),
      uploadedBytes: 0,
    };
    if (index === 0 && COLD === 'shared') {
      await packCaches(coldCaches, false);
      writeFileSync(coldResult, JSON.stringify(result));
    }
  }
  if (last) {
    const before = storedBytes(variant.server);
    result.postMs = await timeMs(async () => {
      result.buildCacheSave = await variant.finish(job);
    });
    result.uploadedBytes = storedBytes(variant.server) - before;
  }
  job.cleanup();
  return result;
}

const ALL: Record<string, () => Promise<Variant>> = {
  golden: async () => ({ name: 'setup-go-golden', server: await CacheServer.start(), setup: (job) => ourSetup(job), finish: runPost }),
  'setup-go': async () => ({
    name: 'actions/setup-go',
    server: await CacheServer.start(),
    setup: async (job) => {
      const result = await job.runAction({ actionDir: setupGoDir, inputs: { 'go-version': GO_VERSION, cache: 'true' } });
      if (result.code !== 0) throw new Error(`actions/setup-go failed: ${result.stdout}`);
    },
    finish: runPost,
  }),
  floor: async () => ({
    name: 'floor',
    setup: async (job, index) => {
      await ourSetup(job, { cache: 'false' });
      if (index > 0) await unpackCaches(floorArchive);
    },
    finish: async (job) => {
      await runPost(job);
      await packCaches(floorArchive, true);
      return undefined;
    },
  }),
};
const variants: Variant[] = [];
/** Runs of each warm job, by variant. */
const runCounts = new Map<Variant, number>();
for (const name of (process.env.BENCH_HISTORY_VARIANTS ?? 'golden,setup-go,floor')
  .split(',')
  .map((name) => name.trim())
  .filter((name) => name !== '')) {
  const make = ALL[name];
  if (!make) throw new Error(`BENCH_HISTORY_VARIANTS: unknown variant ${name} (golden, setup-go, floor)`);
  const variant = await make();
  variants.push(variant);
  runCounts.set(variant, runsOf(name));
}
const goSumChanges: boolean[] = [];
for (const sha of commits) goSumChanges.push(await changesGoSum(sha));
const results: Record<string, JobResult[]> = Object.fromEntries(variants.map((variant) => [variant.name, []]));
for (const [index, sha] of commits.entries()) {
  // The cold first job is the same work for every variant: run once.
  const runs = new Map(variants.map((variant) => [variant, index === 0 ? 1 : runCounts.get(variant)!]));
  const jobResults = new Map<Variant, JobResult>();
  for (let run = 0; run < Math.max(...runs.values()); run++) {
    // Rotated so that no variant always runs right after another's writes.
    for (let offset = 0; offset < variants.length; offset++) {
      const variant = variants[(index + run + offset) % variants.length]!;
      if (run >= runs.get(variant)!) continue;
      const result = await runJob(variant, sha, index, run === runs.get(variant)! - 1);
      const earlier = jobResults.get(variant);
      if (earlier) {
        result.runsMs = [...earlier.runsMs, ...result.runsMs];
        // Every run starts from the same caches, so each compiles the same packages.
        if (result.compiled !== earlier.compiled) result.compiledVaried = true;
      }
      jobResults.set(variant, result);
      console.error(
        `job ${index + 1}/${commits.length} ${sha.slice(0, 9)} ${variant.name} run ${run + 1}/${runs.get(variant)}: ${(result.runsMs.at(-1)! / 1000).toFixed(1)} s, ${result.compiled} compiled${result.buildCacheSave ? `, ${(result.uploadedBytes / 1048576).toFixed(1)} MiB uploaded; ${result.buildCacheSave}` : ''}`,
      );
    }
  }
  for (const [variant, result] of jobResults) {
    results[variant.name]!.push(result);
    writeFileSync(resultsFile(variant.name), JSON.stringify({ commits, results: results[variant.name] }));
  }
}
for (const variant of variants) await variant.server?.close();

// The table, from every variant's results on these commits (this run's, or an earlier run's on the same root).
const stored = (name: string): JobResult[] | undefined => {
  if (!existsSync(resultsFile(name))) return undefined;
  const saved = JSON.parse(readFileSync(resultsFile(name), 'utf8')) as { commits: string[]; results: JobResult[] };
  return saved.commits.join() === commits.join() && saved.results.length === commits.length ? saved.results : undefined;
};
const [ours, setupGo, floor] = ['setup-go-golden', 'actions/setup-go', 'floor'].map(stored);
const seconds = (ms: number) => (ms / 1000).toFixed(1);
const mib = (bytes: number) => (bytes / 1048576).toFixed(1);
const cell = (jobs: JobResult[] | undefined, index: number, pick: (job: JobResult) => string) => (jobs ? pick(jobs[index]!) : '-');
console.log(
  `\nThe last ${commits.length} first-parent commits of ${process.env.BENCH_HISTORY_GIT ?? 'caddyserver/caddy'} as ${commits.length} jobs (seconds of setup+build+vet, each job's median of ${variants.map((variant) => `${runCounts.get(variant)} ${variant.name}`).join(', ')} runs; the cold first job runs once)`,
);
console.log('job  commit     go.sum  golden setup-go   floor  golden/floor  compiled g/s/f   uploaded MiB g/s   post s g/s');
for (const [index, sha] of commits.entries()) {
  const ratio = ours && floor ? `${(total(ours[index]!) / total(floor[index]!)).toFixed(2)}x` : '-';
  const compiled = [ours, setupGo, floor]
    .map((jobs) => cell(jobs, index, (job) => `${job.compiled}${job.compiledVaried ? '*' : ''}`))
    .join('/');
  console.log(
    [
      String(index + 1).padStart(3),
      sha.slice(0, 9),
      goSumChanges[index] ? '  yes ' : '      ',
      cell(ours, index, (job) => seconds(total(job))).padStart(7),
      cell(setupGo, index, (job) => seconds(total(job))).padStart(8),
      cell(floor, index, (job) => seconds(total(job))).padStart(7),
      ratio.padStart(13),
      compiled.padStart(15),
      `${cell(ours, index, (job) => mib(job.uploadedBytes))}/${cell(setupGo, index, (job) => mib(job.uploadedBytes))}`.padStart(18),
      `${cell(ours, index, (job) => seconds(job.postMs))}/${cell(setupGo, index, (job) => seconds(job.postMs))}`.padStart(12),
      [ours, setupGo, floor].some((jobs) => jobs?.[index]?.sharedCold) ? '  (cold: one build shared)' : '',
    ].join(' '),
  );
}
const sum = (jobs: JobResult[], pick: (job: JobResult) => number) => jobs.reduce((acc, job) => acc + pick(job), 0);
if (ours && setupGo && floor) {
  // The first job is cold for every variant (nothing saved yet): the same work, so it is also left out.
  for (const [title, from] of [
    [`all ${commits.length} jobs`, 0],
    [`jobs 2-${commits.length} (the first, cold job left out)`, 1],
  ] as const) {
    const pick = (jobs: JobResult[]) => sum(jobs.slice(from), total);
    printRatios(
      `Total setup+build+vet, ${title}`,
      { 'setup-go-golden': pick(ours), 'actions/setup-go v7': pick(setupGo), floor: pick(floor) },
      'actions/setup-go v7',
      "sums of each job's median",
    );
  }
  console.log('  goal: setup-go-golden / actions/setup-go <= 0.20x');
  const warm = ours.slice(1).map((job, index) => total(job) / total(floor[index + 1]!));
  console.log(
    `  warm jobs, setup-go-golden / floor: max ${Math.max(...warm).toFixed(2)}x, median ${[...warm].sort((a, b) => a - b)[warm.length >> 1]!.toFixed(2)}x, ${warm.filter((ratio) => ratio > 1.3).length} above 1.30x (goal: each <= 1.30x)`,
  );
  console.log(
    `  uploaded: setup-go-golden ${mib(sum(ours, (job) => job.uploadedBytes))} MiB in ${ours.filter((job) => job.uploadedBytes > 0).length} saves, actions/setup-go ${mib(sum(setupGo, (job) => job.uploadedBytes))} MiB in ${setupGo.filter((job) => job.uploadedBytes > 0).length}; the last job's caches as one zstd tar: ${mib(statSync(floorArchive).size)} MiB`,
  );
  console.log(
    `  post steps: setup-go-golden ${seconds(sum(ours, (job) => job.postMs))} s, actions/setup-go ${seconds(sum(setupGo, (job) => job.postMs))} s`,
  );
}
console.log('\nEvery run, seconds of setup+build+vet (* after a compiled count: its runs compiled different numbers):');
for (const [name, jobs] of [
  ['setup-go-golden', ours],
  ['actions/setup-go', setupGo],
  ['floor', floor],
] as const) {
  if (jobs)
    console.log(
      `  ${name.padEnd(17)} ${jobs.map((job, index) => `${index + 1}: ${job.runsMs.map((ms) => seconds(ms)).join('/')}`).join('  ')}`,
    );
}
if (ours) {
  console.log('\nsetup-go-golden post step, build cache, per job:');
  for (const [index, job] of ours.entries()) console.log(`  ${String(index + 1).padStart(3)} ${job.buildCacheSave ?? '-'}`);
  printThresholdCheck(ours);
}

/** MiB from the post step's size (`268.0 KiB`, `2.8 MiB`). */
function loggedMiB(amount: string, unit: string): number {
  return Number(amount) / (unit === 'KiB' ? 1024 : 1);
}

/**
 * What the save threshold weighs, from this action's warm jobs of one lineage (go.sum unchanged):
 * compiling again what a job added (the least-squares slope of job time on MiB added) against what
 * a save adds to the post step (saving jobs against skipping ones, per MiB of the cache uploaded).
 */
function printThresholdCheck(jobs: JobResult[]): void {
  const warm = jobs.flatMap((job, index) => {
    const match = /(\d+) new entries, ([\d.]+) (KiB|MiB)(?: of ([\d.]+) (KiB|MiB))?/.exec(job.buildCacheSave ?? '');
    if (index === 0 || goSumChanges[index] || !match) return [];
    const saved = job.buildCacheSave!.startsWith('build cache: saving');
    return [
      {
        seconds: total(job) / 1000,
        addedMiB: loggedMiB(match[2]!, match[3]!),
        cacheMiB: match[4] ? loggedMiB(match[4], match[5]!) : Number.NaN,
        saved,
        postS: job.postMs / 1000,
      },
    ];
  });
  if (warm.length < 2) return;
  const meanOf = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const [x, y] = [warm.map((job) => job.addedMiB), warm.map((job) => job.seconds)];
  const [meanX, meanY] = [meanOf(x), meanOf(y)];
  const slope =
    x.reduce((sum, value, i) => sum + (value - meanX) * (y[i]! - meanY), 0) / x.reduce((sum, value) => sum + (value - meanX) ** 2, 0);
  console.log(
    `\nSave threshold (policy.ts: ${(BUILD_SAVE_THRESHOLD.bytes / 1048576).toFixed(1)} MiB + ${(BUILD_SAVE_THRESHOLD.share * 100).toFixed(0)}% of the cache), from ${warm.length} warm jobs of one lineage:`,
  );
  console.log(`  compiling: ${slope.toFixed(3)} s per MiB of build results added (least squares of job time on MiB added)`);
  const saving = warm.filter((job) => job.saved);
  const skipping = warm.filter((job) => !job.saved);
  if (saving.length === 0 || skipping.length === 0 || saving.some((job) => Number.isNaN(job.cacheMiB))) {
    console.log(`  saving: ${saving.length} jobs saved, ${skipping.length} skipped: both are needed to weigh a save`);
    return;
  }
  const saveS = median(saving.map((job) => job.postS)) - median(skipping.map((job) => job.postS));
  const cacheMiB = median(saving.map((job) => job.cacheMiB));
  console.log(
    `  saving: the post step took ${saveS.toFixed(2)} s more when it saved (median ${saving.length} saves, ${skipping.length} skips) a ${cacheMiB.toFixed(0)} MiB cache: ${((saveS / cacheMiB) * 1024).toFixed(2)} s per GiB`,
  );
  console.log(
    `  break-even: a save pays for one later job once the job added ${((saveS / cacheMiB / slope) * 100).toFixed(1)}% of the cache`,
  );
}

if (!keepRoot) {
  await makeDirectoriesWritable(root);
  rmSync(root, { recursive: true, force: true });
}
