// Cold and warm install time of the action (dist/main.js through the runner emulator) against
// baselines on the same served bytes, measured in the same run: `tar xzf` of the archive already
// on disk (the floor), `curl | tar xz`, and download-then-extract with @actions/tool-cache
// (what actions/setup-go does, minus its missing verification). The warm run finds the Go in the
// tool cache and checks it again: hashed, and asked of sum.golang.org through a local pass-through
// of the real proxy (a receipt is a hint, not a proof). This machine's Go is not byte for byte the
// published release, so the database records another tree, and the receipt of the test key that
// signed it stands, re-checked: the same work as a proof.
import { downloadTool, extractTar } from '@actions/tool-cache';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { DlServer } from '../__tests__/harness/dl-server';
import { startCachingProxy } from '../__tests__/harness/proxy-server';
import { goArchive } from '../__tests__/harness/go-archives';
import { testKeys } from '../__tests__/harness/gpg';
import { RunnerJob, spawnCollect } from '../__tests__/harness/runner';
import { measureInterleaved, median, printRatios, settleDisk } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const [archive, keys] = await Promise.all([goArchive(), testKeys()]);
const server = await DlServer.start({ archives: [archive], signingKey: keys.release });
const upstream = execFileSync('go', ['env', 'GOPROXY'], { encoding: 'utf8' }).trim().split(/[,|]/u)[0]!;
const proxy = await startCachingProxy(upstream, join(tmpdir(), 'setup-go-golden-fixtures', 'proxy'));
const version = archive.version.replace(/^go/, '');
const inputs = {
  'go-version': version,
  'go-download-base-url': server.url,
  'go-signing-key': keys.release.armoredPublicKey,
  // Where the warm run reaches the checksum database; the cold runs' go.dev route does not use it.
  goproxy: proxy.url,
  cache: 'false',
  'drift-check': 'off',
};
const scratch = mkdtempSync(join(tmpdir(), 'sgg-bench-install-'));
// Every run unpacks into a new folder and nothing is deleted until the end: on this machine's disk,
// the discards and writeback that follow deleting ~270 MB land on whatever runs next (measured:
// the same `tar xzf` took 2.4 s or 8 s depending on it).
const dir = (name: string) => mkdtempSync(join(scratch, `${name}-`));

async function must(result: Promise<{ code: number; stderr: string; stdout?: string }>, what: string): Promise<void> {
  const { code, stderr, stdout } = await result;
  if (code !== 0) throw new Error(`${what} failed (${code}): ${stderr}${stdout ?? ''}`);
}

/** Phase times the cold runs report in their job summary, to show where the action's time goes. */
const coldPhases: Record<string, number[]> = {};

/** `checked`: the run must have hashed and checked a Go it found in the tool cache. */
async function actionRun(job: RunnerJob, phases?: Record<string, number[]>, checked = false): Promise<void> {
  const result = await job.runAction({ inputs });
  if (result.code !== 0) throw new Error(`action failed: ${result.stdout}`);
  if (checked && !/^\| verify tool-cache Go \|/m.test(result.summary))
    throw new Error(`the warm run did not check the Go: ${result.stdout}`);
  if (!phases) return;
  for (const [, phase, seconds] of result.summary.matchAll(/^\| ([^|]+?) \| ([\d.]+) s \|$/gm)) {
    phases[phase!] ??= [];
    phases[phase!]!.push(Number(seconds) * 1000);
  }
}

const warmJob = new RunnerJob({ env: { GOTOOLCHAIN: undefined } });
await actionRun(warmJob);

let coldJob: RunnerJob | undefined;
const coldJobs: RunnerJob[] = [];
let destination = '';
const medians = await measureInterleaved(
  {
    'tar xzf (archive on disk: the floor)': () => must(spawnCollect('tar', ['xzf', archive.path, '-C', destination]), 'tar'),
    'curl | tar xz': () =>
      must(spawnCollect('sh', ['-c', `curl -sf ${server.url}/${archive.filename} | tar xz -C ${destination}`]), 'curl | tar'),
    '@actions/tool-cache download then extract': async () => {
      const file = await downloadTool(`${server.url}/${archive.filename}`, join(destination, 'go.tgz'));
      await extractTar(file, join(destination, 'extracted'));
    },
    'setup-go-golden cold (download+verify+install)': () => actionRun(coldJob!, coldPhases),
    'setup-go-golden warm (tool-cache hit, checked again)': () => actionRun(warmJob, undefined, true),
  },
  RUNS,
  async (name) => {
    destination = dir(name.replace(/\W+/g, '-'));
    if (name.startsWith('setup-go-golden cold')) {
      coldJob = new RunnerJob({ env: { GOTOOLCHAIN: undefined } });
      coldJobs.push(coldJob);
    }
    await settleDisk();
  },
);
printRatios('Go install', medians, 'tar xzf (archive on disk: the floor)', RUNS);
const cold = medians['setup-go-golden cold (download+verify+install)']!;
const toolCache = medians['@actions/tool-cache download then extract']!;
console.log(`  cold install vs @actions/tool-cache download-then-extract: ${(cold / toolCache).toFixed(2)}x`);
console.log('  inside the cold runs (medians, from the job summary):');
for (const [phase, values] of Object.entries(coldPhases))
  console.log(`    ${phase.padEnd(30)} ${median(values).toFixed(0).padStart(6)} ms`);
console.log(
  `  warm run, checked again: ${(medians['setup-go-golden warm (tool-cache hit, checked again)']! / 1000).toFixed(2)} s (goal <= 0.6 s; see verified-warm.bench)`,
);

for (const job of coldJobs) job.cleanup();
warmJob.cleanup();
await server.close();
await proxy.stop();
rmSync(scratch, { recursive: true, force: true });
