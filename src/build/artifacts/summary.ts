// What a build produced: the `artifacts` output and the job summary table. Pure: no I/O. Text that
// comes from the built program, the repository or the inputs (smoke output, interpreter, compiler,
// notes) reaches the summary only through summaryText/summaryCode, so it cannot be live HTML.
import { summaryCode, summaryText } from '../../shared/summary-text';
import type { BinaryFacts } from './binary-facts';
import { targetId, type BuildTarget } from '../plan/targets';

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
  /** The SPDX document's path, when one was written. */
  sbom: string | undefined;
  /** The CycloneDX document's path, when one was written. */
  cyclonedx: string | undefined;
  sha256: string;
  size: number;
  millis: number;
  qemu: QemuResult;
  /** Linkage, interpreter, libc and cgo as read from the binary itself. */
  facts: BinaryFacts;
  /** The C compiler of a cgo build (`zig 0.14.1 cc -target ...`), empty when cgo was not asked for. */
  cc: string;
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
      sbom: item.sbom ?? '',
      cyclonedx: item.cyclonedx ?? '',
      sha256: item.sha256,
      size: item.size,
      linkage: item.facts.linkage ?? '',
      interpreter: item.facts.interpreter ?? '',
      libc: item.facts.libc,
      cgo: item.facts.cgo ?? null,
      cc: item.cc,
      qemu: item.qemu.status,
    })),
  );
}

function humanSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

const QEMU_MARK: Record<QemuStatus, string> = { passed: '✅', failed: '❌', skipped: '⚠️', native: '', 'not run': '' };

function linkageCell(facts: BinaryFacts): string {
  if (!facts.linkage) return 'n/a';
  return facts.interpreter ? `dynamic (${summaryCode(facts.interpreter)})` : 'static';
}

function cgoCell(item: BuiltTarget): string {
  const state = item.facts.cgo === undefined ? '?' : item.facts.cgo ? 'on' : 'off';
  return item.cc && item.facts.cgo ? `on (${summaryText(item.cc)})` : state;
}

export function summaryMarkdown(built: BuiltTarget[], notes: string[]): string {
  const table =
    built.length === 0
      ? []
      : [
          '| target | size | sha256 | time | linkage | libc | cgo | QEMU |',
          '|---|---:|---|---:|---|---|---|---|',
          ...built.map((item) => {
            const qemu = [QEMU_MARK[item.qemu.status], item.qemu.status, item.qemu.detail && `(${summaryText(item.qemu.detail)})`]
              .filter(Boolean)
              .join(' ');
            return `| \`${targetId(item.target)}\` | ${humanSize(item.size)} | \`${item.sha256.slice(0, 12)}\` | ${(item.millis / 1000).toFixed(1)} s | ${linkageCell(item.facts)} | ${item.facts.libc} | ${cgoCell(item)} | ${qemu} |`;
          }),
          '',
        ];
  return ['### Cross-build', '', ...table, ...notes.map((note) => `- ${summaryText(note)}`), ''].join('\n');
}
