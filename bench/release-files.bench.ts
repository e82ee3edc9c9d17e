// What the release files cost: the 8-target cross-build of a real project (fzf, downloaded from the
// Go module proxy into a temp folder and committed there, so the source date is a commit's) with
// reproducible archives, an SPDX document per binary and the provenance statement, against the same
// build with all three off (archives still made, timed when built). By default a warm build cache
// for every run, so the denominator is the smallest a build gets (links, not compiles): the ratio is
// an upper bound. RELEASE_BENCH_COLD=1 gives every run an empty build cache instead, as a CI job
// without a cache sees it.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseBuildInfo } from '../src/build/artifacts/build-info';
import { builderOf, provenanceStatement } from '../src/build/artifacts/provenance';
import { sha256File } from '../src/build/artifacts/release-files';
import { writeSboms } from '../src/build/artifacts/sbom-files';
import { crossBuild } from '../src/build/engine';
import { parseBuildOptions } from '../src/inputs/build';
import { InputReader } from '../src/inputs/reader';
import { selectGoRoot } from '../src/process/go-binary';
import { measureInterleaved, median, printRatios, timeMs } from './stats';

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
  // The same extra steps alone, on the binaries just built: free of the build's own run-to-run noise.
  const dist = join(module, 'dist-on');
  const binaries = readFileSync(join(dist, 'SHA256SUMS'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => ({ name: line.slice(66), sha256: line.slice(0, 64) }));
  const programs = binaries.filter((entry) => !/\.(tar\.gz|zip|json)$/.test(entry.name));
  const infos = programs.map((entry) => execFileSync('go', ['version', '-m', join(dist, entry.name)], { encoding: 'utf8' }));
  const scratch = mkdtempSync(join(work, 'alone-'));
  const alone: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    alone.push(
      await timeMs(async () => {
        await Promise.all(
          programs.map((entry, index) =>
            writeSboms(
              ['spdx'],
              parseBuildInfo(infos[index]!),
              { fileName: entry.name, sha256: entry.sha256, created: new Date(), tool: 't-1' },
              scratch,
              () => `${entry.name}.${run}.spdx.json`,
            ),
          ),
        );
        const statement = provenanceStatement({
          subjects: [...binaries, { name: 'SHA256SUMS', sha256: await sha256File(join(dist, 'SHA256SUMS')) }],
          builder: builderOf({ repository: undefined, ref: undefined }, '0'),
          externalParameters: { targets: TARGETS },
          internalParameters: {},
          resolvedDependencies: [],
          invocationId: undefined,
          startedOn: new Date(),
          finishedOn: new Date(),
        });
        writeFileSync(join(scratch, `${run}.intoto.json`), JSON.stringify(statement, null, 2));
      }),
    );
  }
  const steps = median(alone);
  console.log(
    `SBOM + provenance steps alone: ${steps.toFixed(1)} ms (median of ${RUNS}), ${((steps / medians[OFF]!) * 100).toFixed(3)} % of the build`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
