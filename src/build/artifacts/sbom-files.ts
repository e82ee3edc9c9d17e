// Writes a binary's SBOM documents beside it, one per format asked, and hashes what it wrote.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { writeFileNoFollow } from '../plan/link-free';
import type { SbomFormat } from '../plan/naming';
import type { GoBuildInfo } from './build-info';
import type { ChecksumEntry } from './checksums';
import { cyclonedxDocument } from './cyclonedx';
import type { SbomSubject } from './sbom-subject';
import { spdxDocument } from './spdx';

export interface WrittenSbom extends ChecksumEntry {
  format: SbomFormat;
}

const DOCUMENT: Record<SbomFormat, (info: GoBuildInfo, subject: SbomSubject) => Record<string, unknown>> = {
  spdx: spdxDocument,
  cyclonedx: cyclonedxDocument,
};

/** Writes `formats` for the binary `subject` names into `outputDir`, each under `fileName(format)`. */
export function writeSboms(
  formats: SbomFormat[],
  info: GoBuildInfo,
  subject: SbomSubject,
  outputDir: string,
  fileName: (format: SbomFormat) => string,
): Promise<WrittenSbom[]> {
  return Promise.all(
    formats.map(async (format) => {
      const text = `${JSON.stringify(DOCUMENT[format](info, subject), null, 2)}\n`;
      await writeFileNoFollow(join(outputDir, fileName(format)), text);
      return { format, name: fileName(format), sha256: createHash('sha256').update(text).digest('hex') };
    }),
  );
}
