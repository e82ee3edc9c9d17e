// The job-summary sections on the caches: what each restore found (main step) and what each save
// did (post step). Keys come back from the cache service, and anything that can write a cache
// entry chooses its key: every key and reason goes into the summary inert. Pure.
import { summaryCode, summaryText } from '../shared/summary-text';

/** A size as restored or saved, and what was measured: the downloaded archive, or the folder's files. */
export interface MeasuredSize {
  bytes: number;
  of: 'archive' | 'folder';
}

export type RestoreOutcome =
  | { state: 'exact' | 'partial'; key: string; matchedKey: string; size: MeasuredSize }
  | { state: 'miss'; key: string }
  | { state: 'failed'; key: string; reason: string }
  | { state: 'disabled'; reason: string }
  | { state: 'unavailable' };

export interface CacheRestoreLine {
  label: string;
  outcome: RestoreOutcome;
}

export type SaveOutcome =
  | { label: string; key: string; saved: true; size: MeasuredSize }
  | { label: string; key: string; saved: false; reason: string };

export function formatSize(size: MeasuredSize): string {
  const amount = size.bytes < 1048576 ? `${(size.bytes / 1024).toFixed(1)} KiB` : `${(size.bytes / 1048576).toFixed(1)} MiB`;
  return `${amount} (${size.of === 'archive' ? 'archive downloaded' : 'folder’s files'})`;
}

function restoreRow({ label, outcome }: CacheRestoreLine): string {
  switch (outcome.state) {
    case 'exact':
      return `| ${label} | ✅ hit (exact key) | ${summaryCode(outcome.matchedKey)} | ${formatSize(outcome.size)} |`;
    case 'partial':
      return `| ${label} | ↩️ restored from a restore-key match; ${summaryCode(outcome.key)} missed | ${summaryCode(outcome.matchedKey)} | ${formatSize(outcome.size)} |`;
    case 'miss':
      return `| ${label} | ➖ miss: no entry for ${summaryCode(outcome.key)} or its restore keys | | |`;
    case 'failed':
      return `| ${label} | ⚠️ not restored: ${summaryText(outcome.reason)} | | |`;
    case 'disabled':
      return `| ${label} | disabled (${summaryText(outcome.reason)}) | | |`;
    case 'unavailable':
      return `| ${label} | unavailable: the Actions cache service is not available to this job | | |`;
  }
}

export function restoreSummaryMarkdown(lines: readonly CacheRestoreLine[]): string {
  return [
    '### Go caches restored',
    '',
    '| Cache | Result | Key restored | Size restored |',
    '|---|---|---|---|',
    ...lines.map(restoreRow),
    '',
    '',
  ].join('\n');
}

/** The post step's section: each cache saved or not, and why; or why none was (`refusal`). */
export function saveSummaryMarkdown(outcomes: readonly SaveOutcome[], refusal?: string): string {
  const lines = ['### Go caches saved', ''];
  if (refusal !== undefined) lines.push(`Not saved: ${summaryText(refusal)}`);
  else {
    lines.push('| Cache | Result | Key | Size |', '|---|---|---|---|');
    for (const outcome of outcomes) {
      lines.push(
        outcome.saved
          ? `| ${outcome.label} | ✅ saved | ${summaryCode(outcome.key)} | ${formatSize(outcome.size)} |`
          : `| ${outcome.label} | not saved: ${summaryText(outcome.reason)} | ${summaryCode(outcome.key)} | |`,
      );
    }
  }
  lines.push('', '');
  return lines.join('\n');
}
