// The summary's lines on the release files: how the archives were made, the SBOMs, the provenance
// statement. Pure: no I/O.
import type { BuildOptions } from '../plan/options';
import type { ExtraFile } from './extra-files';
import type { SourceDate } from './source-date';
import type { BuiltTarget } from './summary';

export interface ReleaseFacts {
  options: BuildOptions;
  date: SourceDate;
  extras: ExtraFile[];
  built: BuiltTarget[];
  provenanceFile: string | undefined;
  failed: boolean;
}

function dateOrigin(date: SourceDate): string {
  const time = date.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  if (date.origin === 'SOURCE_DATE_EPOCH') return `${time} from SOURCE_DATE_EPOCH`;
  if (date.origin === 'commit') return `${time}, the time of commit ${date.commit?.slice(0, 12)}`;
  return `${time} (not a git checkout: set SOURCE_DATE_EPOCH for a time of your own)`;
}

export function releaseNotes(facts: ReleaseFacts): string[] {
  const { options, built } = facts;
  const lines: string[] = [];
  const archives = built.filter((item) => item.archive).length;
  if (archives > 0) {
    const extras = facts.extras.length > 0 ? `; with ${facts.extras.map((file) => file.name).join(', ')}` : '';
    lines.push(
      options.reproducible
        ? `Archives: reproducible (entries sorted, modes 0755/0644, no owner, all timed ${dateOrigin(facts.date)})${extras}`
        : `Archives: timed when built, not reproducible (reproducible: false)${extras}`,
    );
    if (options.reproducible && !options.trimpath)
      lines.push('Binaries hold the build paths of this machine (trimpath: false): another checkout folder gives other bytes');
  }
  const kinds = [
    { count: built.filter((item) => item.sbom).length, what: 'SPDX 2.3', suffix: '.spdx.json' },
    { count: built.filter((item) => item.cyclonedx).length, what: 'CycloneDX 1.6', suffix: '.cdx.json' },
  ].filter((kind) => kind.count > 0);
  if (kinds.length > 0) {
    const documents = kinds.map((kind) => `${kind.count} ${kind.what} document(s) (${kind.suffix})`).join(' and ');
    lines.push(`SBOM: ${documents}, one beside each binary, from its build info (go version -m)`);
  }
  if (facts.provenanceFile) {
    lines.push(
      `Provenance: ${facts.provenanceFile} (in-toto Statement v1, SLSA Provenance v1, unsigned: sign it in the workflow, see the README)`,
    );
  } else if (facts.failed && (options.provenance === 'on' || (options.provenance === 'auto' && options.archive !== 'none'))) {
    lines.push('Provenance: none, as a target failed');
  }
  return lines;
}
