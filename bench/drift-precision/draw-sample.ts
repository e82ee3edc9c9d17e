// Draws the drift-precision sample once (its output, sample.tsv, is committed; the bench only
// downloads what it names). The frame: every module path this machine's package list names
// (/work/.library/env/packages/go-partial.tsv) and every module in the go.sum of the public
// repositories fetched under /work/.mirror, less those repositories' own modules (kept aside to
// judge the gate on repositories outside the sample). Ordered by a seeded hash, each module's
// newest version is downloaded through the Go module proxy with `go mod download`, which checks
// it against the checksum database; the first TARGET whose zip holds a workflow are kept, split
// into a tuning half and a held-out half by a second hash of the module path. Drawn in two
// rounds (240, then grown to 400 with what was pinned kept), both on 2026-12-07.
//
//   node --import tsx bench/drift-precision/draw-sample.ts
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { downloadModule, type Downloaded, SAMPLE_FILE, halfOf, readSample, type SampleEntry, writeSample } from './sample';

const SEED = 'drift-precision-2026-12-07';
const TARGET = Number(process.env.DRIFT_PRECISION_TARGET ?? 400);
const MAX_ZIP_BYTES = 50 << 20;
const PARALLEL = 8;
const PACKAGE_LIST = '/work/.library/env/packages/go-partial.tsv';
const MIRRORS = '/work/.mirror';

function frame(): string[] {
  const paths = new Set<string>();
  for (const line of readFileSync(PACKAGE_LIST, 'utf8').split('\n').slice(1)) {
    const path = line.split('\t')[0]?.trim();
    if (path) paths.add(path);
  }
  const own = new Set<string>();
  for (const name of readdirSync(MIRRORS)) {
    const gitDir = join(MIRRORS, name, 'repo');
    if (!existsSync(gitDir)) continue;
    const show = (file: string) => {
      try {
        return execFileSync('git', ['--git-dir', gitDir, 'show', `HEAD:${file}`], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
        });
      } catch {
        return '';
      }
    };
    for (const line of show('go.sum').split('\n')) if (line.trim()) paths.add(line.split(' ')[0]!);
    const module = /^module\s+(\S+)/m.exec(show('go.mod'))?.[1];
    if (module) own.add(module);
  }
  return [...paths].filter((path) => !own.has(path) && !path.startsWith('golang.org/toolchain'));
}

function seeded(path: string): string {
  return createHash('sha256').update(`${SEED}:${path}`).digest('hex');
}

function download(path: string): Promise<Downloaded | undefined> {
  return downloadModule(`${path}@latest`).catch(() => undefined);
}

function holdsWorkflow(dir: string): boolean {
  const workflows = join(dir, '.github', 'workflows');
  return existsSync(workflows) && readdirSync(workflows).some((name) => /\.ya?ml$/.test(name));
}

const ordered = frame().sort((a, b) => (seeded(a) < seeded(b) ? -1 : 1));
// A second round grows the sample: what is already pinned stays as it is.
const kept: SampleEntry[] = existsSync(SAMPLE_FILE) ? readSample() : [];
const pinned = new Set(kept.map((entry) => entry.module));
const candidates = ordered.filter((path) => !pinned.has(path));
console.log(`frame: ${ordered.length} module paths, ${kept.length} already in the sample`);
// Downloaded in parallel, kept in the seeded order: the same modules whatever finishes first.
const results: Array<SampleEntry | null | undefined> = [];
let next = 0;
const enough = (): boolean => {
  let count = kept.length;
  if (count >= TARGET) return true;
  for (const result of results) {
    if (result === undefined) return false;
    if (result && ++count >= TARGET) return true;
  }
  return false;
};
async function worker(): Promise<void> {
  while (next < candidates.length && !enough()) {
    const index = next++;
    results[index] = undefined;
    const got = await download(candidates[index]!);
    const usable = got && existsSync(got.Zip) && statSync(got.Zip).size <= MAX_ZIP_BYTES && holdsWorkflow(got.Dir);
    results[index] = usable ? { module: got.Path, version: got.Version, sum: got.Sum, half: halfOf(got.Path) } : null;
  }
}
await Promise.all(Array.from({ length: PARALLEL }, worker));
for (const result of results) {
  if (kept.length >= TARGET) break;
  if (result) kept.push(result);
}
writeSample(kept);
console.log(
  `tried ${results.length}, sample now ${kept.length} (${kept.filter((e) => e.half === 'tuning').length} tuning) -> ${SAMPLE_FILE}`,
);
