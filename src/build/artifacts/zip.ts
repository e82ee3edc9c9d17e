// Release .zip archives (Windows targets) through yazl: deflate, Unix modes, UTF-8 names, with no
// external `zip` program (absent on Windows runners). Bytes in, bytes out.
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

export async function createZip(entries: ZipEntry[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const entry of entries) {
    zip.addBuffer(entry.data, entry.name, { mode: REGULAR_FILE | entry.mode, mtime: entry.modified, compress: true });
  }
  zip.end();
  return buffer(zip.outputStream);
}
