// Edge: reports drift results to the runner: one annotation per finding (file, line, column), a
// job summary table, the `drift` output, and the step failure the mode asks for. Paths, versions
// and messages come from the pull request's files: the summary gets them as inert text (a version
// `1.22<!--` must not hide the rest of the page), annotations through @actions/core's escaping.
import * as core from '@actions/core';
import * as log from '../shared/log';
import { summaryText } from '../shared/summary-text';
import { countBySeverity, formatTotals, siteRows } from './format';
import type { DriftResult, Finding } from './types';

const MAX_SUMMARY_ROWS = 1000;

export type DriftMode = 'warn' | 'error';

export interface ReportOptions {
  mode: DriftMode;
  /** Turns a finding's path (relative to the checked directory) into one relative to the workspace. */
  annotationPath: (file: string) => string;
}

export async function reportDrift(result: DriftResult, options: ReportOptions): Promise<void> {
  const findings = result.findings.map((finding) => ({ ...finding, file: options.annotationPath(finding.file) }));
  for (const finding of findings) annotate(finding);
  core.setOutput('drift', JSON.stringify(findings));
  await writeSummary({ findings, sites: result.sites.map((site) => ({ ...site, file: options.annotationPath(site.file) })) });
  const totals = formatTotals(findings);
  const errors = countBySeverity(findings).error;
  if (errors > 0 && options.mode === 'error') log.setFailed(`Go version drift: ${totals}`);
  else log.info(`Go version drift: ${totals}${errors > 0 ? ' (mode warn: not failing)' : ''}`);
}

function annotate(finding: Finding): void {
  const properties = { file: finding.file, startLine: finding.line, startColumn: finding.column, title: `drift: ${finding.rule}` };
  if (finding.severity === 'error') log.error(finding.message, properties);
  else if (finding.severity === 'warning') log.warning(finding.message, properties);
  else log.notice(finding.message, properties);
}

async function writeSummary(result: DriftResult): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const summary = core.summary.addHeading('Go version drift', 3);
  // The step summary is capped at 1 MiB; the annotations and the output carry every finding.
  const rows = siteRows(result).slice(0, MAX_SUMMARY_ROWS);
  if (rows.length === 0) summary.addRaw('No Go version pins found.', true);
  else {
    summary.addTable([
      [
        { data: 'Source', header: true },
        { data: 'Location', header: true },
        { data: 'Version', header: true },
        { data: 'Verdict', header: true },
      ],
      ...rows.map((row) => row.map(summaryText)),
    ]);
    if (result.sites.length > rows.length) summary.addRaw(`(first ${rows.length} of ${result.sites.length} version pins shown)`, true);
  }
  const siteKeys = new Set(result.sites.map((site) => `${site.file}:${site.line}:${site.column}`));
  const problems = result.findings.filter((finding) => !siteKeys.has(`${finding.file}:${finding.line}:${finding.column}`));
  if (problems.length > 0) {
    summary.addHeading('Other findings', 3).addTable([
      [
        { data: 'Location', header: true },
        { data: 'Severity', header: true },
        { data: 'Rule', header: true },
        { data: 'Message', header: true },
      ],
      ...problems
        .slice(0, MAX_SUMMARY_ROWS)
        .map((f) => [summaryText(`${f.file}:${f.line}:${f.column}`), f.severity, f.rule, summaryText(f.message)]),
    ]);
  }
  summary.addRaw(formatTotals(result.findings), true);
  await summary.write();
}
