// The warm path: the whole action (dist/main.js through the runner emulator) on a runner whose tool
// cache already holds the Go. A receipt is a hint, not a proof, so every use hashes the tree and
// proves it against the checksum database: the headline case is a Go this action installed (with
// its receipt), re-checked; beside it a Go the image put there (no receipt of ours), and two
// baselines measured in the same run: `sha256sum` over the same files with one process per core,
// and the whole action on the same tree without the check (verify-cached: false).
//
// The tree is the real go1.27.4 linux-amd64 release (the golang.org/toolchain module, proved once
// by the real sum.golang.org through a local pass-through of the real proxy). The database the
// timed runs ask is a local one on 127.0.0.1 holding that same proved h1, so the figures measure
// this machine, not the round trips to sum.golang.org; one extra line shows a run against the
// real database through the pass-through. Files are in the page cache for every case.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCachingProxy, ToolchainProxy, h1Of } from '../__tests__/harness/proxy-server';
import { RunnerJob, spawnCollect } from '../__tests__/harness/runner';
import { TestSumdb } from '../__tests__/harness/sumdb-server';
import { toolchainModuleVersion } from '../src/install/routes/proxy/toolchain-module';
import { measureInterleaved, median, printRatios } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const VERSION = '1.27.4';
const MODULE = 'golang.org/toolchain';
const MODULE_VERSION = toolchainModuleVersion(VERSION, 'linux', 'amd64');
const CORES = availableParallelism();

const upstream = execFileSync('go', ['env', 'GOPROXY'], { encoding: 'utf8' }).trim().split(/[,|]/u)[0]!;
const realProxy = await startCachingProxy(upstream, join(tmpdir(), 'setup-go-golden-fixtures', 'proxy'));
const job = new RunnerJob({ env: { GOTOOLCHAIN: undefined, GOFLAGS: undefined } });
const common = { 'go-version': VERSION, 'drift-check': 'off', cache: 'false' };

// The published tree, installed and proved once through the real proxy and sum.golang.org.
const installed = await job.runAction({ inputs: { ...common, 'go-download-source': 'proxy', goproxy: realProxy.url } });
if (installed.code !== 0) throw new Error(`installing Go ${VERSION} failed: ${installed.stdout}`);
const goRoot = installed.outputs['go-root']!;
const receipt = `${goRoot}.setup-go-golden.json`;
const installedReceipt = readFileSync(receipt, 'utf8');
const provedH1 = JSON.parse(installedReceipt).h1 as string;

// A local database holding that record, amid enough others to need tiles on three levels.
const db = new TestSumdb('sum.bench.example');
db.addFiller(70_000);
db.add(MODULE, MODULE_VERSION, provedH1, h1Of([{ name: `${MODULE}@${MODULE_VERSION}/go.mod`, data: Buffer.from(`module ${MODULE}\n`) }]));
db.addFiller(1_000);
const localProxy = new ToolchainProxy(db);
await localProxy.start();

const files = Number(execFileSync('sh', ['-c', `find '${goRoot}' -type f | wc -l`], { encoding: 'utf8' }).trim());
const local = { ...common, goproxy: localProxy.url, gosumdb: db.key.verifierKey };
const verifyPhase: number[] = [];

async function action(inputs: Record<string, string>, expectVerified: boolean): Promise<void> {
  const result = await job.runAction({ inputs });
  if (result.code !== 0) throw new Error(`action failed: ${result.stdout}`);
  const verified = result.outputs.verified !== 'none';
  if (verified !== expectVerified) throw new Error(`expected verified=${expectVerified}, got ${result.outputs.verified}`);
  const phase = /^\| verify tool-cache Go \| ([\d.]+) s \|$/m.exec(result.summary);
  if (phase) verifyPhase.push(Number(phase[1]) * 1000);
  if (expectVerified && !/Verified the Go at /.test(result.stdout))
    throw new Error(`the Go was not proved against the database: ${result.stdout}`);
}

// CPU time of finished child processes (and the ones they waited for), from /proc/self/stat: unlike
// wall time it hardly depends on how many other jobs share the cores, so it is printed beside it.
const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
function childCpuMs(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8')
    .replace(/^.*\) /su, '')
    .split(' ');
  // After "pid (comm) ", cutime and cstime are fields 14 and 15 (0-based from the state field).
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / TICKS_PER_SECOND;
}
const cpu: Record<string, number[]> = {};
function withCpu(name: string, run: () => Promise<void>): () => Promise<void> {
  return async () => {
    const before = childCpuMs();
    await run();
    cpu[name] ??= [];
    cpu[name]!.push(childCpuMs() - before);
  };
}

const SHA256SUM = `sha256sum, ${CORES} processes (find | xargs -P${CORES})`;
const RECEIPT = 'action, our Go with its receipt, re-checked';
const VERIFIED = 'action, preinstalled Go verified (no receipt)';
const UNVERIFIED = 'action, same tree, verify-cached: false';
try {
  const medians = await measureInterleaved(
    {
      [SHA256SUM]: withCpu(SHA256SUM, async () => {
        const result = await spawnCollect('sh', [
          '-c',
          `find '${goRoot}' -type f -print0 | xargs -0 -P${CORES} -n 500 sha256sum > /dev/null`,
        ]);
        if (result.code !== 0) throw new Error(`sha256sum failed: ${result.stderr}`);
      }),
      [RECEIPT]: withCpu(RECEIPT, () => action(local, true)),
      [VERIFIED]: withCpu(VERIFIED, () => action(local, true)),
      [UNVERIFIED]: withCpu(UNVERIFIED, () => action({ ...local, 'verify-cached': 'false' }, false)),
    },
    RUNS,
    (name) => {
      // Our receipt, as the install wrote it, for the headline case; the others start without one.
      if (name === RECEIPT) writeFileSync(receipt, installedReceipt);
      else rmSync(receipt, { force: true });
    },
  );
  printRatios(
    `Warm path on Go ${VERSION} in the tool cache (${files} files, ${CORES} cores, local checksum database)`,
    medians,
    SHA256SUM,
    RUNS,
  );
  console.log('  CPU time (user + system, all cores), medians:');
  for (const [name, values] of Object.entries(cpu))
    console.log(
      `    ${name.padEnd(46)} ${median(values).toFixed(0).padStart(8)} ms   ${(median(values) / median(cpu[SHA256SUM]!)).toFixed(2)}x`,
    );
  const verify = median(verifyPhase);
  console.log(`  warm action, receipt re-checked: ${(medians[RECEIPT]! / 1000).toFixed(2)} s (goal <= 0.6 s)`);
  console.log(`  warm action, preinstalled Go verified: ${(medians[VERIFIED]! / 1000).toFixed(2)} s`);
  console.log(`  re-checked / unverified action: ${(medians[RECEIPT]! / medians[UNVERIFIED]!).toFixed(2)}x`);
  console.log(
    `  inside the verified runs, hashing + database (overlapped): ${verify.toFixed(0)} ms = ${(verify / medians[SHA256SUM]!).toFixed(2)}x sha256sum (goal <= 1.3x)`,
  );

  const live: number[] = [];
  for (let run = 0; run < 3; run++) {
    writeFileSync(receipt, installedReceipt);
    const start = performance.now();
    await action({ ...common, goproxy: realProxy.url, gosumdb: 'sum.golang.org' }, true);
    live.push(performance.now() - start);
  }
  console.log(
    `  receipt re-checked against the real sum.golang.org through the pass-through (3 runs, network included): ${(median(live) / 1000).toFixed(2)} s`,
  );
  console.log(
    `  load average while measuring: ${loadavg()
      .map((load) => load.toFixed(2))
      .join(' ')} (this machine is shared)`,
  );
} finally {
  await localProxy.stop();
  await realProxy.stop();
  job.cleanup();
}
