// Installing Go through GOPROXY: our client (download, single-pass extract + h1, sumdb note and
// tile proof) vs Go's own client doing the same work, `go mod download -json golang.org/toolchain@<v>`
// into an empty module cache, plus unzip of the zip it fetched. Both talk to the same 127.0.0.1
// pass-through of the real proxy, which keeps the zip on disk, so the network does not decide the
// ratio; the checksum database is the real one, reached live through it.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { downloadAndVerifyFromProxy } from '../src/install/routes/proxy/index';
import { toolchainModuleVersion } from '../src/install/routes/proxy/toolchain-module';
import { startCachingProxy } from '../__tests__/harness/proxy-server';
import { measureInterleaved, printRatios } from './stats';

const RUNS = 5;
const VERSION = '1.26.8';
const MODULE_VERSION = toolchainModuleVersion(VERSION, 'linux', 'amd64');
const upstream = execFileSync('go', ['env', 'GOPROXY'], { encoding: 'utf8' }).trim().split(/[,|]/u)[0]!;
const proxy = await startCachingProxy(upstream, join(tmpdir(), 'setup-go-golden-fixtures', 'proxy'));
const work = mkdtempSync(join(tmpdir(), 'sgg-bench-proxy-'));
const goEnv = (modCache: string) => ({
  ...process.env,
  GOPROXY: proxy.url,
  GOSUMDB: 'sum.golang.org',
  GOMODCACHE: modCache,
  GOFLAGS: '-modcacherw',
  GOTOOLCHAIN: 'local',
  GONOSUMDB: '',
  GOPRIVATE: '',
});
let run = 0;

async function ours(): Promise<void> {
  const stagingDir = join(work, `ours-${run}`);
  await downloadAndVerifyFromProxy({
    version: VERSION,
    goos: 'linux',
    goarch: 'amd64',
    stagingDir,
    goproxy: proxy.url,
    log: () => undefined,
  });
}

// Asynchronous on purpose: the pass-through proxy lives in this process's event loop.
const run$ = promisify(execFile);

async function goModDownload(withUnzip: boolean): Promise<void> {
  const modCache = join(work, `modcache-${run}`);
  const { stdout: output } = await run$('go', ['mod', 'download', '-json', `golang.org/toolchain@${MODULE_VERSION}`], {
    cwd: work,
    env: goEnv(modCache),
    encoding: 'utf8',
  });
  const result = JSON.parse(output) as { Zip?: string; Error?: string };
  if (result.Error || !result.Zip) throw new Error(`go mod download: ${result.Error ?? output}`);
  if (withUnzip) await run$('unzip', ['-q', result.Zip, '-d', join(work, `unzip-${run}`)]);
}

try {
  await ours(); // fills the zip cache of the pass-through once
  const medians = await measureInterleaved(
    {
      'go mod download -json + unzip (baseline)': () => goModDownload(true),
      'go mod download -json alone': () => goModDownload(false),
      'setup-go-golden proxy install': ours,
    },
    RUNS,
    () => {
      run++;
      rmSync(work, { recursive: true, force: true });
      mkdirSync(work);
    },
  );
  printRatios(
    `Install Go ${VERSION} linux-amd64 through GOPROXY with sum.golang.org verification`,
    medians,
    'go mod download -json + unzip (baseline)',
    RUNS,
  );
} finally {
  await proxy.stop();
  rmSync(work, { recursive: true, force: true });
}
