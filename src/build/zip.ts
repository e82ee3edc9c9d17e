// Release .zip archives (Windows targets) through yazl: deflate, Unix modes, UTF-8 names, with no
// external `zip` program (absent on Windows runners). Bytes in, bytes out.
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
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
