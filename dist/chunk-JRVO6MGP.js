import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  isInside
} from "./chunk-RZ4XXYW2.js";
import {
  relativeSlashPath
} from "./chunk-CQSCB3DJ.js";
import {
  error,
  info,
  notice,
  setFailed,
  summaryText,
  warning
} from "./chunk-UUH7NTXT.js";
import {
  setOutput,
  summary
} from "./chunk-YQMGHQ5S.js";
import {
  DRIFT_RULES,
  checkTree,
  countBySeverity,
  formatTotals,
  siteRows
} from "./chunk-MOOR5XHU.js";
import {
  notADirectoryBelow
} from "./chunk-NNFJ34CN.js";

// src/drift/index.ts
import { resolve } from "node:path";

// src/drift/report.ts
var MAX_SUMMARY_ROWS = 1e3;
async function reportDrift(result, options) {
  const findings = result.findings.map((finding) => ({ ...finding, file: options.annotationPath(finding.file) }));
  for (const finding of findings) annotate(finding);
  setOutput("drift", JSON.stringify(findings));
  await writeSummary({ findings, sites: result.sites.map((site) => ({ ...site, file: options.annotationPath(site.file) })) });
  const totals = formatTotals(findings);
  const errors = countBySeverity(findings).error;
  if (errors > 0 && options.mode === "error") setFailed(`Go version drift: ${totals}`);
  else info(`Go version drift: ${totals}${errors > 0 ? " (mode warn: not failing)" : ""}`);
}
function annotate(finding) {
  const properties = { file: finding.file, startLine: finding.line, startColumn: finding.column, title: `drift: ${finding.rule}` };
  if (finding.severity === "error") error(finding.message, properties);
  else if (finding.severity === "warning") warning(finding.message, properties);
  else notice(finding.message, properties);
}
async function writeSummary(result) {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const summary2 = summary.addHeading("Go version drift", 3);
  const rows = siteRows(result).slice(0, MAX_SUMMARY_ROWS);
  if (rows.length === 0) summary2.addRaw("No Go version pins found.", true);
  else {
    summary2.addTable([
      [
        { data: "Source", header: true },
        { data: "Location", header: true },
        { data: "Version", header: true },
        { data: "Verdict", header: true }
      ],
      ...rows.map((row) => row.map(summaryText))
    ]);
    if (result.sites.length > rows.length) summary2.addRaw(`(first ${rows.length} of ${result.sites.length} version pins shown)`, true);
  }
  const siteKeys = new Set(result.sites.map((site) => `${site.file}:${site.line}:${site.column}`));
  const problems = result.findings.filter((finding) => !siteKeys.has(`${finding.file}:${finding.line}:${finding.column}`));
  if (problems.length > 0) {
    summary2.addHeading("Other findings", 3).addTable([
      [
        { data: "Location", header: true },
        { data: "Severity", header: true },
        { data: "Rule", header: true },
        { data: "Message", header: true }
      ],
      ...problems.slice(0, MAX_SUMMARY_ROWS).map((f) => [summaryText(`${f.file}:${f.line}:${f.column}`), f.severity, f.rule, summaryText(f.message)])
    ]);
  }
  summary2.addRaw(formatTotals(result.findings), true);
  await summary2.write();
}

// src/drift/index.ts
async function runDriftPhase(options) {
  if (options.mode === "off") return;
  const { workspace } = options;
  const root = resolve(workspace, options.workingDirectory);
  const linked = isInside(root, workspace) ? notADirectoryBelow(workspace, relativeSlashPath(workspace, root)) : void 0;
  const result = linked ? notFollowedRoot(linked) : checkTree(root, { ignore: options.ignore, repository: options.repository });
  const annotationPath = (file) => linked ? file : relativeSlashPath(workspace, resolve(root, file));
  await reportDrift(result, { mode: options.mode, annotationPath });
}
function notFollowedRoot(linked) {
  const { at, what } = linked;
  const finding = {
    file: at,
    line: 1,
    column: 1,
    severity: DRIFT_RULES.find((rule) => rule.id === "not-followed").severity,
    rule: "not-followed",
    message: `${at} is ${what}; not followed, so nothing below it was checked.`,
    found: null,
    expected: null
  };
  return { findings: [finding], sites: [] };
}

export {
  runDriftPhase
};
//# sourceMappingURL=chunk-JRVO6MGP.js.map
