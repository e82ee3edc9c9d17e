// Judgments of drift findings on the sample, made by reading the module's files: facts only
// (module@version, file, line, rule, severity, verdict, whether it is real drift, one line of
// reason), never the files themselves. A finding is matched to its judgment by module, file,
// line, rule and severity, so a rule that changes what it says about a line needs judging again.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Verdict = 'right' | 'wrong';

export interface Judgment {
  module: string;
  file: string;
  line: number;
  /** A drift rule id, or `missed` for real drift the gate did not report at warning or above. */
  rule: string;
  severity: string;
  verdict: Verdict | 'drift';
  /** Real drift: CI, an image or a version file really uses a Go the module says it does not support (or would). */
  drift: boolean;
  reason: string;
}

export const JUDGMENTS_FILE = join(import.meta.dirname, 'judgments.tsv');
const COLUMNS = ['module', 'file', 'line', 'rule', 'severity', 'verdict', 'drift', 'reason'] as const;

export function judgmentKey(item: { module: string; file: string; line: number; rule: string; severity: string }): string {
  return [item.module, item.file, item.line, item.rule, item.severity].join('\t');
}

export function readJudgments(path = JUDGMENTS_FILE): Judgment[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  if (lines[0] !== COLUMNS.join('\t')) throw new Error(`${path}: the first line must be ${COLUMNS.join(' ')}`);
  return lines
    .slice(1)
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line, index) => {
      const [module, file, lineText, rule, severity, verdict, drift, reason] = line.split('\t');
      if (
        !module ||
        !file ||
        !rule ||
        !severity ||
        reason === undefined ||
        !['right', 'wrong', 'drift'].includes(verdict ?? '') ||
        !['yes', 'no'].includes(drift ?? '')
      )
        throw new Error(`${path}:${index + 2}: expected ${COLUMNS.length} tab-separated columns (verdict right|wrong|drift, drift yes|no)`);
      return {
        module,
        file,
        line: Number(lineText),
        rule,
        severity,
        verdict: verdict as Judgment['verdict'],
        drift: drift === 'yes',
        reason,
      };
    });
}
