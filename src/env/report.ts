// The job summary section on the Go environment. Pure.
import { proxyCredentials } from '../shared/credentials';
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

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/`/g, "'").replace(/\n/g, ' ');
}

/** Shows a value with any proxy credentials replaced by ***. */
export function displayValue(name: string, value: string | undefined): string {
  if (value === undefined || value === '') return '';
  return name === 'GOPROXY' ? proxyCredentials(value).redacted : value;
}

export function renderEnvironmentReport(report: EnvironmentReport): string {
  const lines = ['## Go environment', '', '| setting | value | |', '| --- | --- | --- |'];
  for (const name of REPORTED_SETTINGS) {
    const value = displayValue(name, report.env[name]);
    const levels = report.risks.filter((risk) => risk.setting === name).map((risk) => risk.level);
    const flag = levels.includes('risk') ? '⚠️ risky' : levels.includes('advice') ? 'ℹ️ note' : '';
    const exported = report.exported.includes(name) ? ' (exported)' : '';
    lines.push(`| ${name} | ${value ? `\`${cell(value)}\`` : '_unset_'}${exported} | ${flag} |`);
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
    for (const risk of risks) lines.push(`- **${risk.setting}**: ${cell(risk.message)}`);
  }
  if (advice.length > 0) {
    lines.push('', 'Notes:', '');
    for (const note of advice) lines.push(`- **${note.setting}**: ${cell(note.message)}`);
  }
  lines.push('');
  return lines.join('\n');
}
