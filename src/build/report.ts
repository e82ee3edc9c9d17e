// What a build produced: the `artifacts` output and the job summary table. Pure: no I/O.
import { targetId, type BuildTarget } from './targets';

export type QemuStatus = 'passed' | 'failed' | 'skipped' | 'native' | 'not run';

export interface QemuResult {
  status: QemuStatus;
  /** What ran and what came out (the smoke output's first line, the failing test's output, why it was skipped). */
  detail: string;
}

export interface BuiltTarget {
  target: BuildTarget;
  /** Binary path as given to the user (output-dir joined with the file name). */
  path: string;
  archive: string | undefined;
  sha256: string;
  size: number;
  millis: number;
  qemu: QemuResult;
}

/** One JSON object per target for the `artifacts` output. */
export function artifactsJson(built: BuiltTarget[]): string {
  return JSON.stringify(
    built.map((item) => ({
      goos: item.target.goos,
      goarch: item.target.goarch,
      variant: item.target.variant,
      path: item.path,
      archive: item.archive ?? '',
      sha256: item.sha256,
      size: item.size,
    })),
  );
}

function humanSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

const QEMU_MARK: Record<QemuStatus, string> = { passed: '✅', failed: '❌', skipped: '⚠️', native: '', 'not run': '' };

export function summaryMarkdown(built: BuiltTarget[], notes: string[]): string {
  const table = built.length === 0 ? [] : [
    '| target | size | sha256 | time | QEMU |',
    '|---|---:|---|---:|---|',
    ...built.map((item) => {
      const qemu = [QEMU_MARK[item.qemu.status], item.qemu.status, item.qemu.detail && `(${item.qemu.detail})`].filter(Boolean).join(' ');
      return `| \`${targetId(item.target)}\` | ${humanSize(item.size)} | \`${item.sha256.slice(0, 12)}\` | ${(item.millis / 1000).toFixed(1)} s | ${cell(qemu)} |`;
    }),
    '',
  ];
  return ['### Cross-build', '', ...table, ...notes.map((note) => `- ${cell(note)}`), ''].join('\n');
}
