// The job summary section on the Go environment. Pure. Every value comes from the job, the go env
// file or go itself: it goes into the summary inert (shared/summary-text.ts), credentials masked.
import { proxyCredentials } from '../shared/credentials';
import { summaryCode, summaryText } from '../shared/summary-text';
import type { Risk } from './risks';
import type { EnvPolicy } from './settings';

export const REPORTED_SETTINGS = [
  'GOVERSION',
  'GOROOT',
  'GOPATH',
  'GOMODCACHE',
  'GOCACHE',
  'GOPROXY',
  'GOSUMDB',
  'GOPRIVATE',
  'GONOPROXY',
  'GONOSUMDB',
  'GOINSECURE',
  'GOFLAGS',
  'GO111MODULE',
  'GOTOOLCHAIN',
  'GOENV',
  'GOOS',
  'GOARCH',
  'CGO_ENABLED',
] as const;

export interface EnvironmentReport {
  env: Readonly<Record<string, string | undefined>>;
  risks: readonly Risk[];
  /** Variables this step exported for later steps. */
  exported: readonly string[];
  policy: EnvPolicy;
}

/** Settings whose URLs may carry user information (`https://user:token@host`). */
export const SETTINGS_WITH_URLS: ReadonlySet<string> = new Set(['GOPROXY', 'GOSUMDB']);

/** Shows a value with the credentials of any URL in it replaced by ***. */
export function displayValue(name: string, value: string | undefined): string {
  if (value === undefined || value === '') return '';
  return SETTINGS_WITH_URLS.has(name) ? proxyCredentials(value).redacted : value;
}

function riskLines(risks: readonly Risk[]): string[] {
  return risks.map((risk) => `- **${summaryText(risk.setting)}**: ${summaryText(risk.message)}`);
}

/** The build sub-action's section: what else could run instead of the Go it runs. */
export function renderOwnGoReport(goRoot: string, risks: readonly Risk[], policy: EnvPolicy): string {
  return [
    '### Which go runs',
    '',
    `The build runs ${summaryCode(goRoot)} only; later steps may not (env-policy: ${policy}${policy === 'error' ? ', the step fails' : ''}):`,
    '',
    ...riskLines(risks),
    '',
  ].join('\n');
}

/** Rows shown whatever their value: which Go this is. */
const ALWAYS_SHOWN: ReadonlySet<string> = new Set(['GOVERSION', 'GOROOT']);

export function renderEnvironmentReport(report: EnvironmentReport): string {
  const lines = ['### Go environment', '', '| setting | value | |', '| --- | --- | --- |'];
  for (const name of REPORTED_SETTINGS) {
    const value = displayValue(name, report.env[name]);
    const levels = report.risks.filter((risk) => risk.setting === name).map((risk) => risk.level);
    const flag = levels.includes('risk') ? '⚠️ risky' : levels.includes('advice') ? 'ℹ️ note' : '';
    const exported = report.exported.includes(name);
    // A setting left unset says nothing a reader needs, unless a finding or this step is about it.
    if (!value && !flag && !exported && !ALWAYS_SHOWN.has(name)) continue;
    lines.push(`| ${name} | ${value ? summaryCode(value) : 'unset'}${exported ? ' (exported)' : ''} | ${flag} |`);
  }
  lines.push('');
  const risks = report.risks.filter((risk) => risk.level === 'risk');
  const advice = report.risks.filter((risk) => risk.level === 'advice');
  if (risks.length === 0) lines.push('No risky Go settings found.');
  else {
    lines.push(
      `**${risks.length} risky setting(s)** (env-policy: ${report.policy}${report.policy === 'error' ? ', the step fails' : ''}):`,
      '',
    );
    lines.push(...riskLines(risks));
  }
  if (advice.length > 0) {
    lines.push('', 'Notes:', '');
    lines.push(...riskLines(advice));
  }
  lines.push('');
  return lines.join('\n');
}
