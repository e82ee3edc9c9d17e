// Drift check on a generated repository: 1,000 workflow files (matrices, env, containers, local
// composite actions, local and remote reusable workflows), 100 modules, 50 Dockerfiles.
// Budget: the whole check well under 1 s. Measured: the engine in-process (walk + parse + rules),
// the CLI as a process (what a pre-commit hook pays), and a naive `grep -rn go-version` over the
// same tree as the baseline, all in the same run, median of 5.
//
// Then a hostile repository, as a pull request's author could commit it: 10 MB of files the checker
// reads, made of every attack shape of issue 27 (YAML alias bombs, ARG chains, `RUN ((((`, long
// continuation lines, matrix products, unclosed `${{`, thousands of env references, links to
// /proc/self/pagemap, a named pipe) among thousands of ordinary files. Goal: judged in <= 2 s and
// <= 300 MB peak RSS as a CLI process (RSS read from the process itself at exit), median of 5, with
// the ordinary repository's CLI run and `grep -rn` over the hostile tree as baselines of the same run.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkTree } from '../src/drift/check-tree';
import { median, measureInterleaved, printRatios } from './stats';
import { aliasBombWorkflow, argChainDockerfile } from '../__tests__/drift/hostile-shapes';

const RUNS = 5;
const NODE_24 = process.env.SETUP_GO_GOLDEN_ACTION_NODE;
const CLI_CASE = (version: string) => `drift CLI process (node ${version} dist/cli.js drift --json)`;
const BUDGET_MS = 1000;
const WORKFLOWS = 1000;
const MODULES = 100;
const DOCKERFILES = 50;

function write(root: string, path: string, contents: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), contents);
}

const SHAPES: Array<(i: number, module: string) => string> = [
  (i, module) => `name: test-${i}
on: [push, pull_request]
jobs:
  test:
    strategy:
      fail-fast: false
      matrix:
        os: [ubuntu-latest, macos-latest, windows-latest]
        go: ['1.22.x', '1.23.x', ${i % 7 === 0 ? '1.20' : "'1.24'"}]
        exclude:
          - os: windows-latest
            go: '1.22.x'
    runs-on: \${{ matrix.os }}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-go@v5
        with:
          go-version: \${{ matrix.go }}
      - run: go test -race ./...
        working-directory: ${module}
`,
  (i, module) => `name: build-${i}
on: push
env:
  GO_VERSION: '1.2${i % 5}'
jobs:
  build:
    runs-on: ubuntu-latest
    env:
      CGO_ENABLED: '0'
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-go@v5
        with:
          go-version: \${{ env.GO_VERSION }}
      - run: go build ./...
        working-directory: ${module}
  lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/setup-go@v5
        with:
          go-version: \${{ vars.GO_VERSION }}
      - uses: golangci/golangci-lint-action@v6
`,
  (i, module) => `name: release-${i}
on:
  push:
    tags: ['v*']
jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-go@v5
        with:
          go-version-file: ${module}/go.mod
      - uses: goreleaser/goreleaser-action@v6
        with:
          args: release --clean
`,
  (i) => `name: docs-${i}
on: push
jobs:
  docs:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci && npm run docs
`,
  (i, module) => `name: matrix-${i}
on: pull_request
jobs:
  test:
    strategy:
      matrix:
        minor: [21, 22, 23]
        include:
          - minor: 24
            experimental: true
    runs-on: ubuntu-latest
    container: golang:1.2${(i % 4) + 1}-bookworm
    steps:
      - uses: actions/setup-go@v5
        with:
          go-version: 1.\${{ matrix.minor }}.x
      - run: go test ./...
        working-directory: ${module}
`,
  (i, module) => `name: composite-${i}
on: push
jobs:
  test:
    strategy:
      matrix:
        go: ['1.23', '1.24']
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: ./.github/actions/setup-go
        with:
          go-version: \${{ matrix.go }}
      - run: go test ./...
        working-directory: ${module}
`,
  (i) => `name: call-${i}
on: pull_request
jobs:
  unit:
    uses: ./.github/workflows/reusable-go.yml
    with:
      go-version: '1.2${i % 5}'
  shared:
    uses: example-org/workflows/.github/workflows/go.yml@v1
    with:
      go-version-file: go.mod
`,
];

function generateRepository(root: string): void {
  const modules: string[] = [];
  for (let m = 0; m < MODULES; m++) {
    const module = `services/svc${String(m).padStart(3, '0')}`;
    modules.push(module);
    write(
      root,
      `${module}/go.mod`,
      `module example.com/${module}\n\ngo 1.2${m % 4}.${m % 3}\n${m % 5 === 0 ? 'toolchain go1.23.4\n' : ''}\nrequire golang.org/x/sync v0.7.0\n`,
    );
    // Files the walker has to pass over.
    for (let f = 0; f < 5; f++) write(root, `${module}/pkg${f}/file.go`, `package pkg${f}\n\nfunc F() int { return ${f} }\n`);
    write(root, `${module}/README.md`, `# ${module}\n`);
  }
  write(
    root,
    'go.work',
    `go 1.23.0\n\nuse (\n${modules
      .slice(0, 10)
      .map((m) => `\t./${m}\n`)
      .join('')})\n`,
  );
  for (let d = 0; d < DOCKERFILES; d++) {
    write(
      root,
      `${modules[d]!}/Dockerfile`,
      `ARG GO_VERSION=1.2${d % 4}\nFROM golang:\${GO_VERSION}-alpine AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\nFROM alpine:3.20\nCOPY --from=build /app /app\n`,
    );
  }
  write(root, 'go.mod', 'module example.com/root\n\ngo 1.22.0\n');
  write(
    root,
    '.github/actions/setup-go/action.yml',
    `name: setup\ninputs:\n  go-version:\n    default: '1.23'\nruns:\n  using: composite\n  steps:\n    - uses: actions/setup-go@v5\n      with:\n        go-version: \${{ inputs.go-version }}\n`,
  );
  write(
    root,
    '.github/workflows/reusable-go.yml',
    `on:\n  workflow_call:\n    inputs:\n      go-version:\n        type: string\n        default: '1.24'\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/setup-go@v5\n        with:\n          go-version: \${{ inputs.go-version }}\n      - run: go test ./...\n`,
  );
  for (let w = 0; w < WORKFLOWS; w++) {
    const shape = SHAPES[w % SHAPES.length]!;
    write(root, `.github/workflows/wf${String(w).padStart(4, '0')}.yml`, shape(w, modules[w % MODULES]!));
  }
}

const HOSTILE_BYTES = 10_000_000;
const HOSTILE_BUDGET_MS = 2000;
const HOSTILE_BUDGET_RSS_MB = 300;

/** go and four dimensions of 8 (4096 combinations each) with 600 exclude entries. */
function matrixProduct(i: number): string {
  const dimension = (name: string) => `        ${name}: [${Array.from({ length: 8 }, (_, v) => `${name}${v}`).join(', ')}]`;
  const entries = Array.from({ length: 600 }, (_, e) => `          - {go: '1.21', a: a${e % 8}, b: b${(e >> 3) % 8}}`);
  return `name: product-${i}\non: push\njobs:\n  t:\n    runs-on: x\n    strategy:\n      matrix:\n        go: ['1.21', '1.22']\n${['a', 'b', 'c', 'd'].map(dimension).join('\n')}\n        exclude:\n${entries.join('\n')}\n    steps:\n      - uses: actions/setup-go@v5\n        with:\n          go-version: \${{ matrix.go }}\n`;
}

/** Thousands of setup-go steps whose version comes from an env file a step loads. */
function envReferences(i: number): string {
  const steps = Array.from(
    { length: 2500 },
    () => `      - uses: actions/setup-go@v5\n        with:\n          go-version: \${{ env.GO }}`,
  );
  return `name: env-${i}\non: push\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: cat .github/go.env >> "$GITHUB_ENV"\n${steps.join('\n')}\n`;
}

/**
 * The attack shapes (about 7 MB) among the ordinary repository's files (about 1 MB) and more
 * ordinary workflows, up to HOSTILE_BYTES of files the checker reads.
 */
function generateHostileRepository(root: string): { bytes: number; files: number } {
  generateRepository(root);
  for (let i = 0; i < 400; i++) write(root, `.github/workflows/bomb${i}.yml`, `name: bomb-${i}\n${aliasBombWorkflow()}`);
  for (let i = 0; i < 400; i++) write(root, `images/chain${i}/Dockerfile`, argChainDockerfile());
  for (let i = 0; i < 10; i++) write(root, `images/paren${i}/Dockerfile`, `FROM golang:1.22\nCOPY . .\nRUN ${'('.repeat(100_000)}\n`);
  for (let i = 0; i < 5; i++)
    write(root, `images/long${i}/Dockerfile`, `FROM golang:1.22\nRUN echo \\\n${'a b c d \\\n'.repeat(16_000)}  && go build ./...\n`);
  for (let i = 0; i < 20; i++) write(root, `.github/workflows/product${i}.yml`, matrixProduct(i));
  for (let i = 0; i < 5; i++)
    write(
      root,
      `.github/workflows/unclosed${i}.yml`,
      `on: push\njobs:\n  t:\n    runs-on: x\n    steps:\n      - uses: actions/setup-go@v5\n        with:\n          go-version: '1.${'${{ '.repeat(50_000)}'\n`,
    );
  for (let i = 0; i < 4; i++) write(root, `.github/workflows/env${i}.yml`, envReferences(i));
  write(root, '.github/go.env', `${'OTHER=1\n'.repeat(50_000)}GO=1.21\n`);
  symlinkSync('/proc/self/pagemap', join(root, '.go-version'));
  symlinkSync('/proc/self/environ', join(root, 'services/svc001/.go-version'));
  execFileSync('mkfifo', [join(root, 'services/svc002/.go-version')]);
  let { bytes, files } = readBytes(root);
  for (let i = 0; bytes < HOSTILE_BYTES - 2000; i++) {
    const text = SHAPES[i % SHAPES.length]!(i, `services/svc${String(i % MODULES).padStart(3, '0')}`);
    write(root, `.github/workflows/more${String(i).padStart(5, '0')}.yml`, text);
    bytes += text.length;
    files++;
  }
  return { bytes, files };
}

/** Bytes and number of the files the checker reads (by name; Go sources are only listed). */
function readBytes(root: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name.endsWith('.go') || entry.name.endsWith('.md')) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

const root = mkdtempSync(join(tmpdir(), 'sgg-drift-bench-'));
const hostileRoot = mkdtempSync(join(tmpdir(), 'sgg-drift-hostile-'));
const bundleDir = mkdtempSync(join(tmpdir(), 'sgg-drift-bundle-'));
try {
  generateRepository(root);
  const bundled = spawnSync(process.execPath, ['scripts/bundle.mjs', bundleDir], { stdio: 'inherit' });
  if (bundled.status !== 0) throw new Error('bundling the CLI failed');
  const cli = join(bundleDir, 'cli.js');

  let findings = 0;
  const runProcess = (command: string, args: string[]) => {
    const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    if (result.error) throw result.error;
    return result;
  };
  const runCli = (node: string) => {
    const result = runProcess(node, [cli, 'drift', root, '--json']);
    if (result.status !== 0 && result.status !== 1) throw new Error(`cli failed: ${result.stderr}`);
  };
  const medians = await measureInterleaved(
    {
      'grep -rn go-version (naive baseline)': () =>
        runProcess('grep', [
          '-rn',
          '--include=*.yml',
          '--include=go.mod',
          '--include=Dockerfile',
          '-e',
          'go-version',
          '-e',
          '^go ',
          '-e',
          'FROM golang',
          root,
        ]),
      'drift engine in-process (walk+parse+rules)': () => {
        findings = checkTree(root).findings.length;
      },
      [CLI_CASE(process.version)]: () => runCli(process.execPath),
      // Node 24, the current LTS and the runtime action.yml declares (scripts/bench.mjs provides it).
      ...(NODE_24 ? { [CLI_CASE(execFileSync(NODE_24, ['--version'], { encoding: 'utf8' }).trim())]: () => runCli(NODE_24) } : {}),
    },
    RUNS,
  );
  console.log(
    `machine: ${availableParallelism()} CPUs, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} (other jobs slow every case alike; compare the ratios)`,
  );
  console.log(`generated: ${WORKFLOWS} workflows, ${MODULES} modules, ${DOCKERFILES} Dockerfiles; ${findings} findings`);
  printRatios('drift check', medians, 'grep -rn go-version (naive baseline)', RUNS);
  for (const name of Object.keys(medians).filter((name) => name !== 'grep -rn go-version (naive baseline)')) {
    const ms = medians[name]!;
    console.log(
      `  budget: ${name}: ${ms.toFixed(1)} ms = ${(ms / BUDGET_MS).toFixed(2)} of the ${BUDGET_MS} ms budget ${ms < BUDGET_MS ? '(within)' : '(OVER)'}`,
    );
  }

  // The hostile repository: the CLI as a process, with its peak RSS reported by the process itself.
  const size = generateHostileRepository(hostileRoot);
  const rssPreload = join(bundleDir, 'report-rss.mjs');
  writeFileSync(
    rssPreload,
    "import { writeSync } from 'node:fs';\nprocess.on('exit', () => { const u = process.resourceUsage(); writeSync(2, `maxRSS=${u.maxRSS} cpu=${(u.userCPUTime + u.systemCPUTime) / 1000}\\n`); });\n",
  );
  const node = NODE_24 ?? process.execPath;
  const HOSTILE_CASE = 'drift CLI on the hostile repository';
  const ORDINARY_CASE = 'drift CLI on the ordinary repository';
  const names = [HOSTILE_CASE, ORDINARY_CASE];
  const rss: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  // CPU time as well as wall time: on a shared machine other jobs stretch the wall time, not the CPU time.
  const cpu: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  let hostileFindings: Record<string, number> = {};
  const measured = (name: string, directory: string) => () => {
    const result = runProcess(node, ['--import', rssPreload, cli, 'drift', directory, '--json']);
    if (result.status !== 0 && result.status !== 1) throw new Error(`cli failed: ${result.stderr}`);
    rss[name]!.push(Number(/maxRSS=(\d+)/.exec(result.stderr)?.[1]) / 1024);
    cpu[name]!.push(Number(/cpu=([\d.]+)/.exec(result.stderr)?.[1]));
    if (directory === hostileRoot) {
      hostileFindings = {};
      for (const finding of JSON.parse(result.stdout) as Array<{ rule: string }>)
        hostileFindings[finding.rule] = (hostileFindings[finding.rule] ?? 0) + 1;
    }
  };
  const GREP_CASE = 'grep -rn go-version over the hostile repository';
  const hostile = await measureInterleaved(
    {
      [GREP_CASE]: () =>
        runProcess('grep', [
          '-rn',
          '--include=*.yml',
          '--include=go.mod',
          '--include=Dockerfile',
          '-e',
          'go-version',
          '-e',
          '^go ',
          '-e',
          'FROM golang',
          hostileRoot,
        ]),
      [ORDINARY_CASE]: measured(ORDINARY_CASE, root),
      [HOSTILE_CASE]: measured(HOSTILE_CASE, hostileRoot),
    },
    RUNS,
  );
  console.log(
    `\nhostile repository: ${(size.bytes / 1e6).toFixed(2)} MB in ${size.files} files the checker reads, plus links to /proc/self/pagemap and /proc/self/environ and a named pipe; node ${execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()}`,
  );
  console.log(`  findings by rule: ${JSON.stringify(hostileFindings)}`);
  printRatios('hostile drift check', hostile, ORDINARY_CASE, RUNS);
  const hostileMs = hostile[HOSTILE_CASE]!;
  const hostileRss = median(rss[HOSTILE_CASE]!);
  const ordinaryRss = median(rss[ORDINARY_CASE]!);
  console.log(
    `  peak RSS (median): hostile ${hostileRss.toFixed(0)} MB, ordinary ${ordinaryRss.toFixed(0)} MB = ${(hostileRss / ordinaryRss).toFixed(2)}x`,
  );
  console.log(
    `  CPU time (median, user + system): hostile ${median(cpu[HOSTILE_CASE]!).toFixed(0)} ms, ordinary ${median(cpu[ORDINARY_CASE]!).toFixed(0)} ms`,
  );
  console.log(
    `  goal: ${hostileMs.toFixed(0)} ms of ${HOSTILE_BUDGET_MS} ms ${hostileMs <= HOSTILE_BUDGET_MS ? '(met)' : '(NOT met)'}, ${hostileRss.toFixed(0)} MB of ${HOSTILE_BUDGET_RSS_MB} MB ${hostileRss <= HOSTILE_BUDGET_RSS_MB ? '(met)' : '(NOT met)'}`,
  );
} finally {
  rmSync(root, { recursive: true, force: true });
  rmSync(hostileRoot, { recursive: true, force: true });
  rmSync(bundleDir, { recursive: true, force: true });
}
