// Release .zip archives (Windows targets) through yazl: deflate, Unix modes, UTF-8 names, with no
// external `zip` program (absent on Windows runners). Bytes in, bytes out; the same entries give
// the same bytes in any time zone.
import { buffer } from 'node:stream/consumers';
import yazl from 'yazl';

export interface ZipEntry {
  name: string;
  data: Buffer;
  /** Unix permission bits, e.g. 0o755. */
  mode: number;
  modified: Date;
}

const REGULAR_FILE = 0o100000;

/**
 * yazl writes the MS-DOS time from a Date's local fields, so the bytes would depend on the runner's
 * time zone: this Date's local fields are `time`'s UTC ones. yazl's extended timestamp (UTC seconds,
 * from the same Date) would then be off by the zone, so it is left out (forceDosTimestamp).
 */
function utcFieldsAsLocal(time: Date): Date {
  return new Date(
    time.getUTCFullYear(),
    time.getUTCMonth(),
    time.getUTCDate(),
    time.getUTCHours(),
    time.getUTCMinutes(),
    time.getUTCSeconds(),
  );
}

export async function createZip(entries: ZipEntry[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const entry of entries) {
    zip.addBuffer(entry.data, entry.name, {
      mode: REGULAR_FILE | entry.mode,
      mtime: utcFieldsAsLocal(entry.modified),
      forceDosTimestamp: true,
      compress: true,
    });
  }
  zip.end();
  return buffer(zip.outputStream);
}
