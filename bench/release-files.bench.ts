// What the release files cost: the 8-target cross-build of a real project (fzf, downloaded from the
// Go module proxy into a temp folder and committed there, so the source date is a commit's) with
// reproducible archives, an SPDX document per binary and the provenance statement, against the same
// build with all three off (archives still made, timed when built). By default a warm build cache
// for every run, so the denominator is the smallest a build gets (links, not compiles): the ratio is
// an upper bound. RELEASE_BENCH_COLD=1 gives every run an empty build cache instead, as a CI job
// without a cache sees it.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { crossBuild } from '../src/build/engine';
import { parseBuildOptions } from '../src/inputs/build';
import { InputReader } from '../src/inputs/reader';
import { selectGoRoot } from '../src/process/go-binary';
import { measureInterleaved, printRatios } from './stats';

const MODULE = 'github.com/junegunn/fzf';
const VERSION = 'v0.65.2';
const COLD = process.env.RELEASE_BENCH_COLD === '1';
const RUNS = COLD ? 3 : 7;
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

const work = mkdtempSync(join(tmpdir(), 'sgg-bench-release-'));
const module = join(work, 'fzf');
const downloaded = JSON.parse(execFileSync('go', ['mod', 'download', '-json', `${MODULE}@${VERSION}`], { encoding: 'utf8' })) as {
  Dir: string;
};
cpSync(downloaded.Dir, module, { recursive: true });
execFileSync('chmod', ['-R', 'u+w', module]);
for (const args of [
  ['init', '-q'],
  ['add', '.'],
  ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '-qm', VERSION],
]) {
  execFileSync('git', args, { cwd: module });
}
selectGoRoot(execFileSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).trim());
const quiet = { info: () => {}, warning: (line: string) => console.warn(line) };
const cores = availableParallelism();

async function runEngine(release: boolean): Promise<void> {
  const inputs: Record<string, string> = {
    targets: TARGETS.join(','),
    'working-directory': module,
    'output-dir': release ? 'dist-on' : 'dist-off',
    ldflags: '-s -w',
    cgo: '0',
    reproducible: String(release),
    sbom: release ? 'auto' : 'off',
    provenance: release ? 'auto' : 'off',
  };
  const result = await crossBuild(parseBuildOptions(new InputReader((name) => inputs[name] ?? ''), cores), quiet);
  if (result.failures.length > 0 || result.built.length !== TARGETS.length) throw new Error(result.failures.join('\n'));
  if (release !== (result.provenanceFile !== undefined)) throw new Error('provenance was not as asked');
}

const ON = 'reproducible archives + SBOM + provenance';
const OFF = 'all three off';
try {
  console.log(
    `${MODULE}@${VERSION}, ${TARGETS.length} targets, ${cores} cores, ${COLD ? 'an empty build cache for every run' : 'warm build cache (one build first)'}`,
  );
  // A fresh cache before each cold run; old ones are deleted only at the end (see build.bench.ts).
  const beforeEach = () => {
    if (COLD) process.env.GOCACHE = mkdtempSync(join(work, 'gocache-'));
  };
  if (!COLD) await runEngine(false);
  const medians = await measureInterleaved({ [OFF]: () => runEngine(false), [ON]: () => runEngine(true) }, RUNS, beforeEach);
  printRatios(`cross-build of ${MODULE}@${VERSION}, 8 targets`, medians, OFF, RUNS);
  console.log(
    `extra time: ${((medians[ON]! - medians[OFF]!) / 1000).toFixed(2)} s, ${(((medians[ON]! - medians[OFF]!) / medians[OFF]!) * 100).toFixed(1)} % of the build`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
