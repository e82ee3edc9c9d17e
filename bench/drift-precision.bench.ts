// How often the drift gate is right on repositories nobody shaped it on. The sample
// (drift-precision/sample.tsv, drawn by drift-precision/draw-sample.ts) pins public modules whose
// module zip holds a workflow; each is downloaded through the Go module proxy and checked against
// the checksum database by `go mod download`, then judged by the working tree's drift check on a
// fixed day. Findings are matched with the judgments made by reading the files
// (drift-precision/judgments.tsv). Per half: error precision, warning precision, and how many
// judged real drifts the gate reports at warning or above. Only the held-out half's figures are
// quoted; the tuning half is where rules were shaped.
//
// DRIFT_PRECISION_UNJUDGED=<file> writes the findings no judgment covers, for judging.
import { writeFileSync } from 'node:fs';
import { checkTree } from '../src/drift/check-tree';
import type { Finding } from '../src/drift/types';
import { judgmentKey, readJudgments, type Judgment } from './drift-precision/judgments';
import { downloadModule, readSample, type Half, type SampleEntry } from './drift-precision/sample';

/** The day the sample was judged: `stable` and the release calendar are read as of then. */
const TODAY = new Date('2026-12-07T12:00:00Z');
const PARALLEL = 8;
const GOALS = { errorPrecision: 0.95, warningPrecision: 0.8 };

async function download(entry: SampleEntry): Promise<string> {
  const got = await downloadModule(`${entry.module}@${entry.version}`);
  if (got.Sum !== entry.sum) throw new Error(`${entry.module}@${entry.version}: sum ${got.Sum} is not the pinned ${entry.sum}`);
  return got.Dir;
}

async function downloadAll(entries: SampleEntry[]): Promise<Map<SampleEntry, string>> {
  const dirs = new Map<SampleEntry, string>();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < entries.length) {
      const entry = entries[next++]!;
      dirs.set(entry, await download(entry));
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return dirs;
}

interface Scored {
  module: string;
  finding: Finding;
  judgment?: Judgment;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}% (${part}/${whole})`;
}

function report(half: Half, scored: Scored[], judgments: Judgment[], modules: Set<string>): string[] {
  const lines = [`${half} half: ${modules.size} modules`];
  for (const severity of ['error', 'warning'] as const) {
    const found = scored.filter((s) => s.finding.severity === severity);
    const judged = found.filter((s) => s.judgment);
    const right = judged.filter((s) => s.judgment!.verdict === 'right');
    lines.push(`  ${severity}s: ${found.length} found, ${judged.length} judged; precision ${percent(right.length, judged.length)}`);
  }
  lines.push(`  notices: ${scored.filter((s) => s.finding.severity === 'notice').length}`);
  const drifts = new Map<string, Judgment>();
  for (const judgment of judgments)
    if (judgment.drift && modules.has(judgment.module)) drifts.set(`${judgment.module}\t${judgment.file}\t${judgment.line}`, judgment);
  const reported = [...drifts.keys()].filter((key) =>
    scored.some((s) => s.finding.severity !== 'notice' && `${s.module}\t${s.finding.file}\t${s.finding.line}` === key),
  );
  lines.push(`  judged real drifts reported at warning or above: ${percent(reported.length, drifts.size)}`);
  for (const key of drifts.keys()) if (!reported.includes(key)) lines.push(`    not reported: ${key.replaceAll('\t', ' ')}`);
  return lines;
}

const sample = readSample();
const started = performance.now();
const dirs = await downloadAll(sample);
const downloaded = performance.now();
const judgments = readJudgments();
const byKey = new Map(judgments.map((j) => [judgmentKey(j), j]));
const scored: Array<Scored & { half: Half }> = [];
for (const entry of sample) {
  const module = `${entry.module}@${entry.version}`;
  // The repository a module zip came from, as GITHUB_REPOSITORY would name it.
  const repository = /^github\.com\/([^/]+\/[^/]+)/.exec(entry.module)?.[1];
  const { findings } = checkTree(dirs.get(entry)!, { today: TODAY, repository });
  for (const finding of findings) {
    const judgment = byKey.get(
      judgmentKey({ module, file: finding.file, line: finding.line, rule: finding.rule, severity: finding.severity }),
    );
    scored.push({ module, finding, judgment, half: entry.half });
  }
}
const checked = performance.now();

console.log(
  `drift precision on ${sample.length} modules (downloaded and checked against the checksum database in ${((downloaded - started) / 1000).toFixed(1)} s, judged in ${((checked - downloaded) / 1000).toFixed(1)} s)`,
);
for (const half of ['held-out', 'tuning'] as const) {
  const modules = new Set(sample.filter((e) => e.half === half).map((e) => `${e.module}@${e.version}`));
  for (const line of report(
    half,
    scored.filter((s) => s.half === half),
    judgments,
    modules,
  ))
    console.log(line);
}
const heldOut = scored.filter((s) => s.half === 'held-out');
const goal = (severity: string, target: number): string => {
  const found = heldOut.filter((s) => s.finding.severity === severity);
  const judged = found.filter((s) => s.judgment);
  if (judged.length === 0 || (severity === 'error' && judged.length < found.length)) return `${severity} precision: not judged enough`;
  const precision = judged.filter((s) => s.judgment!.verdict === 'right').length / judged.length;
  return `${severity} precision >= ${target * 100}% ${precision >= target ? 'met' : 'NOT met'}`;
};
console.log(`held-out goals: ${goal('error', GOALS.errorPrecision)}, ${goal('warning', GOALS.warningPrecision)}`);

const unjudgedFile = process.env.DRIFT_PRECISION_UNJUDGED;
if (unjudgedFile) {
  const rows = scored
    .filter((s) => !s.judgment)
    .map((s) =>
      [
        s.half,
        s.module,
        s.finding.file,
        s.finding.line,
        s.finding.rule,
        s.finding.severity,
        s.finding.message.replaceAll(/\s+/g, ' '),
      ].join('\t'),
    );
  writeFileSync(unjudgedFile, `${rows.join('\n')}\n`);
  console.log(`${rows.length} unjudged findings -> ${unjudgedFile}`);
}
