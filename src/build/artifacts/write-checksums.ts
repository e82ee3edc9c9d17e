import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatChecksums, type ChecksumEntry } from './checksums';
import { displayPath } from './display-path';

/** Writes the checksums file into the output directory; returns its path as the user sees it. */
export async function writeChecksumsFile(outputDir: string, fileName: string, entries: ChecksumEntry[]): Promise<string> {
  const path = join(outputDir, fileName);
  await writeFile(path, formatChecksums(entries));
  return displayPath(path);
}
