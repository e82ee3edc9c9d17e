// Plain-text and table renderings of drift results, shared by the CLI and the job summary. Pure.
import type { DriftResult, Finding, Severity, VersionSite } from './types';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** `file:line:col severity rule message`, one finding a line. */
export function formatFinding(finding: Finding): string {
  return `${finding.file}:${finding.line}:${finding.column} ${finding.severity} ${finding.rule} ${finding.message}`;
}

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

export function formatTotals(findings: Finding[]): string {
  const counts = countBySeverity(findings);
  return `${counts.error} error(s), ${counts.warning} warning(s), ${counts.notice} notice(s)`;
}

function positionKey(at: { file: string; line: number; column: number }): string {
  return `${at.file}:${at.line}:${at.column}`;
}

/** The verdict of a version site: the worst finding at its position, else ok. */
function verdict(here: Finding[] | undefined): string {
  const worst = here?.slice().sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])[0];
  if (!worst) return 'ok';
  return worst.rule === 'unverified' ? 'unverified' : `${worst.severity}: ${worst.rule}`;
}

/** Rows for the summary table: source, location, version, verdict. */
export function siteRows(result: DriftResult): string[][] {
  const findingsAt = new Map<string, Finding[]>();
  for (const finding of result.findings) {
    const key = positionKey(finding);
    findingsAt.set(key, [...(findingsAt.get(key) ?? []), finding]);
  }
  return result.sites.map((site: VersionSite) => [site.kind, positionKey(site), site.version, verdict(findingsAt.get(positionKey(site)))]);
}
