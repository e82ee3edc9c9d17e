// Checksums file in the format `sha256sum -c` reads. Pure: no I/O.
import { compareStrings } from '../../shared/order';

export interface ChecksumEntry {
  /** Path relative to the checksums file's directory. */
  name: string;
  sha256: string;
}

/** Lines `<hex>  <name>\n`, sorted by name in byte order. */
export function formatChecksums(entries: ChecksumEntry[]): string {
  return [...entries]
    .sort((a, b) => compareStrings(a.name, b.name))
    .map((entry) => {
      if (!/^[0-9a-f]{64}$/.test(entry.sha256)) throw new Error(`not a lowercase SHA-256: ${entry.sha256}`);
      if (/[\n\\]/.test(entry.name)) throw new Error(`file name unfit for a checksums file: ${JSON.stringify(entry.name)}`);
      return `${entry.sha256}  ${entry.name}\n`;
    })
    .join('');
}
