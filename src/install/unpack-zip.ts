// Unpacks a .zip (Windows Go archives) with yauzl into a staging folder, entry by entry, under the
// same archive-entry rules as tar. Zip needs its central directory, so it runs on a complete file.
import { createWriteStream, promises as fs } from 'node:fs';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { refuseArchiveEntry } from './archive-entry';

const MAX_UNPACKED_BYTES = 2 * 1024 ** 3;

export interface UnpackZipOptions {
  /** Top folder every entry must live in, e.g. `go/`. */
  root: string;
  /** Rewrites an entry name before checks (the toolchain module's prefix and `_go.mod`). */
  mapName?: (name: string) => string;
  maxUnpackedBytes?: number;
  /** Whether a file should be executable (zip entries from Windows carry no modes). */
  isExecutable?: (name: string) => boolean;
}

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, strictFileNames: true, validateEntrySizes: true }, (error, zip) =>
      error ? reject(error) : resolve(zip!),
    ),
  );
}

function openEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<NodeJS.ReadableStream> {
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, (error, stream) => (error ? reject(error) : resolve(stream!))),
  );
}

export async function unpackZip(file: string, destination: string, options: UnpackZipOptions): Promise<void> {
  const zip = await openZip(file);
  const limit = options.maxUnpackedBytes ?? MAX_UNPACKED_BYTES;
  let unpacked = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject);
      zip.on('end', resolve);
      zip.on('entry', (entry: yauzl.Entry) => {
        handle(entry).then(() => zip.readEntry(), reject);
      });
      zip.readEntry();
    });
  } finally {
    zip.close();
  }

  async function handle(entry: yauzl.Entry): Promise<void> {
    const name = options.mapName ? options.mapName(entry.fileName) : entry.fileName;
    const isDirectory = name.endsWith('/');
    const mode = (entry.externalFileAttributes >>> 16) & 0xffff;
    const isSymlink = (mode & 0o170000) === 0o120000;
    const reason = refuseArchiveEntry({ name, kind: isDirectory ? 'directory' : isSymlink ? 'other' : 'file' }, options.root);
    if (reason) throw new Error(`refusing archive: ${reason}`);
    unpacked += entry.uncompressedSize;
    if (unpacked > limit) throw new Error(`refusing archive: it unpacks to more than ${limit} bytes`);
    const target = join(destination, name);
    if (isDirectory) {
      await fs.mkdir(target, { recursive: true });
      return;
    }
    await fs.mkdir(dirname(target), { recursive: true });
    const executable = options.isExecutable?.(name) || (mode & 0o111) !== 0;
    await pipeline(await openEntry(zip, entry), createWriteStream(target, { flags: 'wx', mode: executable ? 0o755 : 0o644 }));
  }
}
