// Cold and warm install time of the action (dist/main.js through the runner emulator) against
// baselines on the same served bytes, measured in the same run: `tar xzf` of the archive already
// on disk (the floor), `curl | tar xz`, and download-then-extract with @actions/tool-cache
// (what actions/setup-go does, minus its missing verification).
import { downloadTool, extractTar } from '@actions/tool-cache';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DlServer } from '../__tests__/harness/dl-server';
import { goArchive } from '../__tests__/harness/go-archives';
import { testKeys } from '../__tests__/harness/gpg';
import { RunnerJob, spawnCollect } from '../__tests__/harness/runner';
import { measureInterleaved, printRatios } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const [archive, keys] = await Promise.all([goArchive(), testKeys()]);
const server = await DlServer.start({ archives: [archive], signingKey: keys.release });
const version = archive.version.replace(/^go/, '');
const inputs = {
  'go-version': version,
  'go-download-base-url': server.url,
  'go-signing-key': keys.release.armoredPublicKey,
  cache: 'false',
  'drift-check': 'off',
};
const scratch = mkdtempSync(join(tmpdir(), 'sgg-bench-install-'));
const dir = (name: string) => join(scratch, name);
const DESTINATIONS = ['tar', 'curl', 'tc-download', 'tc-extract'];

async function must(result: Promise<{ code: number; stderr: string; stdout?: string }>, what: string): Promise<void> {
  const { code, stderr, stdout } = await result;
  if (code !== 0) throw new Error(`${what} failed (${code}): ${stderr}${stdout ?? ''}`);
}

async function actionRun(job: RunnerJob): Promise<void> {
  const result = await job.runAction({ inputs });
  if (result.code !== 0) throw new Error(`action failed: ${result.stdout}`);
}

const warmJob = new RunnerJob({ env: { GOTOOLCHAIN: undefined } });
await actionRun(warmJob);

let coldJob: RunnerJob | undefined;
const medians = await measureInterleaved(
  {
    'tar xzf (archive on disk: the floor)': () => must(spawnCollect('tar', ['xzf', archive.path, '-C', dir('tar')]), 'tar'),
    'curl | tar xz': () =>
      must(spawnCollect('sh', ['-c', `curl -sf ${server.url}/${archive.filename} | tar xz -C ${dir('curl')}`]), 'curl | tar'),
    '@actions/tool-cache download then extract': async () => {
      const file = await downloadTool(`${server.url}/${archive.filename}`, join(dir('tc-download'), 'go.tgz'));
      await extractTar(file, dir('tc-extract'));
    },
    'setup-go-golden cold (download+verify+install)': () => actionRun(coldJob!),
    'setup-go-golden warm (tool-cache hit)': () => actionRun(warmJob),
  },
  RUNS,
  // Every case starts from empty destinations with no dirty pages left by the previous one:
  // writeback of ~270 MB otherwise lands on whichever case runs next.
  async (name) => {
    for (const destination of DESTINATIONS) {
      rmSync(dir(destination), { recursive: true, force: true });
      mkdirSync(dir(destination), { recursive: true });
    }
    coldJob?.cleanup();
    coldJob = name.startsWith('setup-go-golden cold') ? new RunnerJob({ env: { GOTOOLCHAIN: undefined } }) : undefined;
    await must(spawnCollect('sync', []), 'sync');
  },
);
printRatios('Go install', medians, 'tar xzf (archive on disk: the floor)', RUNS);
const cold = medians['setup-go-golden cold (download+verify+install)']!;
const toolCache = medians['@actions/tool-cache download then extract']!;
console.log(`  cold install vs @actions/tool-cache download-then-extract: ${(cold / toolCache).toFixed(2)}x`);
console.log(`  warm run: ${(medians['setup-go-golden warm (tool-cache hit)']! / 1000).toFixed(2)} s (goal < 0.5 s)`);

coldJob?.cleanup();
warmJob.cleanup();
await server.close();
rmSync(scratch, { recursive: true, force: true });
