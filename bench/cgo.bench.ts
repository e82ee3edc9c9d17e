// cgo cross-build wall time for examples/cgo (C code using <math.h>) on the musl/static Linux
// targets and windows/amd64: our engine (cgo: 1, libc: musl, zig found on PATH) against goreleaser
// configured by hand with the same zig (CC="zig cc -target <triple>" per target, static external
// linking for musl). Every run starts with a cold GOCACHE. zig's own cache of the C libraries it
// builds per target is warmed once before measuring and shared by both: it is a one-time cost per
// machine that both tools pay alike, and a cold one would measure zig, not the tools.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { crossBuild } from '../src/build/engine';
import { parseBuildOptions } from '../src/inputs/build';
import { InputReader } from '../src/inputs/reader';
import { zigTriple } from '../src/build/cgo/choice';
import { zigFixtureTarball, ZIG_TEST_ROOT } from '../__tests__/harness/zig-server';
import { GORELEASER_VERSION, goreleaserBinary, goreleaserTarget } from './goreleaser';
import { measureInterleaved, printRatios } from './stats';

// BENCH_RUNS overrides the count (for a quick look on a busy machine; quoted figures use 3).
const RUNS = Number(process.env.BENCH_RUNS) || 3;
const TARGETS = ['linux/amd64', 'linux/arm64', 'linux/arm/v7', 'linux/riscv64', 'windows/amd64'];
const STATIC = '-linkmode external -extldflags -static';

/** The same zig the tests serve (PyPI's ziglang wheel in the release layout), unpacked once. */
function zigBinary(): string {
  const dir = join(tmpdir(), 'sgg-bench-zig');
  const zig = join(dir, ZIG_TEST_ROOT, 'zig');
  if (!existsSync(zig)) {
    mkdirSync(dir, { recursive: true });
    execFileSync('tar', ['-xJf', zigFixtureTarball(), '-C', dir]);
  }
  return zig;
}

function goreleaserConfig(zig: string): string {
  const builds = TARGETS.flatMap((target) => {
    const [goos, goarch, variant = ''] = target.split('/') as [string, string, string?];
    const linux = goos === 'linux';
    const triple = zigTriple({ goos, goarch, variant }, { kind: 'musl' })!;
    return [
      `  - id: ${target.replaceAll('/', '_')}`,
      '    main: .',
      '    binary: cgodemo',
      `    env: [CGO_ENABLED=1, "CC=${zig} cc -target ${triple}", "CXX=${zig} c++ -target ${triple}"]`,
      '    flags: [-trimpath]',
      `    ldflags: [${linux ? `"${STATIC}"` : ''}]`,
      `    targets: [${goreleaserTarget(target)}]`,
    ];
  });
  return ['version: 2', 'project_name: cgodemo', 'builds:', ...builds, ''].join('\n');
}

// BENCH_ZIG: a zig whose C library cache is already warm (zig keys that cache by its own path).
const zig = process.env.BENCH_ZIG || zigBinary();
const work = mkdtempSync(join(tmpdir(), 'sgg-bench-cgo-'));
const module = join(work, 'cgodemo');
cpSync(resolve('examples/cgo'), module, { recursive: true, filter: (source) => !source.endsWith('/dist') });
writeFileSync(join(module, '.goreleaser.yaml'), goreleaserConfig(zig));
for (const args of [
  ['init', '-q'],
  ['add', '.'],
  ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '-qm', 'bench'],
]) {
  execFileSync('git', args, { cwd: module });
}
const goreleaser = goreleaserBinary();
process.env.PATH = `${dirname(zig)}:${process.env.PATH}`;
process.env.ZIG_GLOBAL_CACHE_DIR = process.env.ZIG_LOCAL_CACHE_DIR = join(tmpdir(), 'sgg-zig-cache');
// The engine writes its zig wrappers under XDG_CACHE_HOME: a folder of the bench's own.
process.env.XDG_CACHE_HOME = join(work, 'xdg');

function freshCache(): void {
  process.env.GOCACHE = mkdtempSync(join(work, 'gocache-'));
  for (const dir of ['dist-engine', 'dist']) rmSync(join(module, dir), { recursive: true, force: true });
}

const cores = availableParallelism();
const quiet = { info: () => {}, warning: (line: string) => console.warn(line) };

async function runEngine(): Promise<void> {
  const inputs: Record<string, string> = {
    targets: TARGETS.join(','),
    'working-directory': module,
    'output-dir': 'dist-engine',
    cgo: '1',
    libc: 'musl',
    archive: 'none',
  };
  const result = await crossBuild(parseBuildOptions(new InputReader((name) => inputs[name] ?? ''), cores), quiet);
  if (result.failures.length > 0 || result.built.length !== TARGETS.length) throw new Error(result.failures.join('\n'));
  if (!result.built.filter((b) => b.target.goos === 'linux').every((b) => b.facts.linkage === 'static' && b.facts.libc === 'musl')) {
    throw new Error('the engine did not build static musl binaries');
  }
}

function runGoreleaser(): void {
  const result = spawnSync(goreleaser, ['build', '--snapshot', '--clean', '--parallelism', String(cores)], {
    cwd: module,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (result.status !== 0) throw new Error(`goreleaser failed: ${result.stderr}`);
}

const cases = {
  [`engine, cgo: 1, libc: musl, parallel ${cores}`]: runEngine,
  [`goreleaser ${GORELEASER_VERSION}, CC=zig cc per target`]: runGoreleaser,
};

try {
  console.log(`${TARGETS.length} cgo targets, ${cores} cores, cold GOCACHE for every run, zig's libc cache warmed once`);
  freshCache();
  await runEngine();
  runGoreleaser();
  const medians = await measureInterleaved(cases, RUNS, freshCache);
  printRatios('cgo cross-build of examples/cgo, 5 targets', medians, `goreleaser ${GORELEASER_VERSION}, CC=zig cc per target`, RUNS);
  console.log(`load: ${execFileSync('uptime', { encoding: 'utf8' }).trim()}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
