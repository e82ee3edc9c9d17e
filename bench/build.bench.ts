// Cross-build wall time for the same 8 targets of examples/hello, each run with a cold build cache:
// our engine (at the default parallel = cores; and with Go's default collector, to show what its GC budget is worth) vs a sequential `go build` loop vs
// `goreleaser build --snapshot` at its default parallelism (installed once through
// the Go module proxy into a temp dir). Same flags everywhere: -trimpath, -ldflags "-s -w -X main.version=bench", CGO_ENABLED=0.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { crossBuild } from '../src/build/engine';
import { parseBuildOptions } from '../src/inputs/build';
import { InputReader } from '../src/inputs/reader';
import { GORELEASER_VERSION, goreleaserBinary, goreleaserTarget } from './goreleaser';
import { measureInterleaved, printRatios } from './stats';

const RUNS = 3;
const TARGETS = [
  'linux/amd64',
  'linux/arm/v7',
  'linux/arm64',
  'linux/riscv64',
  'linux/s390x',
  'windows/amd64',
  'darwin/arm64',
  'darwin/amd64',
];
const LDFLAGS = '-s -w -X main.version=bench';

function goreleaserConfig(): string {
  const targets = TARGETS.map((target) => `      - ${goreleaserTarget(target)}`);
  return [
    'version: 2',
    'project_name: hello',
    'builds:',
    '  - main: .',
    '    binary: hello',
    '    env: [CGO_ENABLED=0]',
    '    flags: [-trimpath]',
    `    ldflags: ["${LDFLAGS}"]`,
    '    targets:',
    ...targets,
    '',
  ].join('\n');
}

const work = mkdtempSync(join(tmpdir(), 'sgg-bench-build-'));
const module = join(work, 'hello');
cpSync(resolve('examples/hello'), module, { recursive: true, filter: (source) => !source.endsWith('/dist') });
writeFileSync(join(module, '.goreleaser.yaml'), goreleaserConfig());
// goreleaser wants a git repository; every case then stamps the same VCS information.
for (const args of [
  ['init', '-q'],
  ['add', '.'],
  ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '-qm', 'bench'],
]) {
  execFileSync('git', args, { cwd: module });
}
const goreleaser = goreleaserBinary();

// A new, empty GOCACHE for every run; old ones are deleted only at the end: on this machine's disk,
// deleting hundreds of MB between runs lands its discards on whichever case runs next.
function freshCache(): void {
  process.env.GOCACHE = mkdtempSync(join(work, 'gocache-'));
  for (const dir of ['dist-engine', 'dist-loop', 'dist']) rmSync(join(module, dir), { recursive: true, force: true });
}

const quiet = { info: () => {}, warning: (line: string) => console.warn(line) };
const cores = availableParallelism();

/** Runs the engine in-process with the same inputs the action would get. */
async function runEngine(parallel: number, gogc?: string): Promise<void> {
  const inputs: Record<string, string> = {
    targets: TARGETS.join(','),
    'working-directory': module,
    'output-dir': 'dist-engine',
    ldflags: LDFLAGS,
    cgo: '0',
    archive: 'none',
    parallel: String(parallel),
  };
  // A GOGC in the environment stands in for one set by the workflow: the engine then leaves the collector alone.
  if (gogc) process.env.GOGC = gogc;
  try {
    const result = await crossBuild(parseBuildOptions(new InputReader((name) => inputs[name] ?? ''), cores), quiet);
    if (result.failures.length > 0 || result.built.length !== TARGETS.length) throw new Error(result.failures.join('\n'));
  } finally {
    delete process.env.GOGC;
  }
}

const cases = {
  [`engine, parallel ${cores} (default: cores)`]: () => runEngine(cores),
  // The same engine with Go's default collector: what the GOGC/GOMEMLIMIT budget is worth.
  [`engine, parallel ${cores}, default GC (GOGC=100)`]: () => runEngine(cores, '100'),
  'sequential go build loop': () => {
    for (const target of TARGETS) {
      const [goos, goarch, variant] = target.split('/');
      const env = {
        ...process.env,
        GOOS: goos,
        GOARCH: goarch,
        CGO_ENABLED: '0',
        ...(variant ? { GOARM: variant.replace(/^v/, '') } : {}),
      };
      const output = join(module, 'dist-loop', target.replaceAll('/', '-'));
      const result = spawnSync('go', ['build', '-o', output, '-trimpath', '-ldflags', LDFLAGS, '.'], {
        cwd: module,
        env,
        stdio: 'inherit',
      });
      if (result.status !== 0) throw new Error(`go build ${target} failed`);
    }
  },
  [`goreleaser ${GORELEASER_VERSION} build --snapshot`]: () => {
    const result = spawnSync(goreleaser, ['build', '--snapshot', '--clean', '--parallelism', String(cores)], {
      cwd: module,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    if (result.status !== 0) throw new Error(`goreleaser failed: ${result.stderr}`);
  },
};

try {
  console.log(`${TARGETS.length} targets, ${cores} cores, cold GOCACHE for every run`);
  const medians = await measureInterleaved(cases, RUNS, freshCache);
  printRatios('cross-build of examples/hello, 8 targets', medians, `goreleaser ${GORELEASER_VERSION} build --snapshot`, RUNS);
} finally {
  rmSync(work, { recursive: true, force: true });
}
