// Unpacks a .zip (Windows Go archives) with yauzl into a staging folder, entry by entry, under the
// same archive-entry rules as tar. Zip needs its central directory, so it runs on a complete file.
import { createWriteStream, promises as fs } from 'node:fs';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { ArchiveEntrySequence } from './archive-entry';
import { describeArchiveError } from './archive-errors';

const MAX_UNPACKED_BYTES = 2 * 1024 ** 3;
const MAX_ENTRIES = 100_000;

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
  return new Promise((resolve, reject) => zip.openReadStream(entry, (error, stream) => (error ? reject(error) : resolve(stream!))));
}

/** Unpacks `file` into `destination`; errors say what is wrong with the zip, not only the reader's words. */
export async function unpackZip(file: string, destination: string, options: UnpackZipOptions): Promise<void> {
  const described = (error: Error) =>
    error.message.startsWith('refusing archive: ') ? error : new Error(`not a valid .zip: ${describeArchiveError(error)}`);
  const zip = await openZip(file).catch((error: Error) => Promise.reject(described(error)));
  // Entries are judged against each other too: written one after another, no entry may land on or under another.
  const sequence = new ArchiveEntrySequence(options.root, {
    maxEntries: MAX_ENTRIES,
    maxUnpackedBytes: options.maxUnpackedBytes ?? MAX_UNPACKED_BYTES,
  });
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', (error: Error) => reject(described(error)));
      zip.on('end', resolve);
      zip.on('entry', (entry: yauzl.Entry) => {
        handle(entry).then(
          () => zip.readEntry(),
          (error: Error) => reject(described(error)),
        );
      });
      zip.readEntry();
    });
  } finally {
    // A late error from the reader, after we stopped, is ours to ignore.
    zip.on('error', () => undefined);
    zip.close();
  }

  async function handle(entry: yauzl.Entry): Promise<void> {
    const name = options.mapName ? options.mapName(entry.fileName) : entry.fileName;
    const isDirectory = name.endsWith('/');
    const mode = (entry.externalFileAttributes >>> 16) & 0xffff;
    const isSymlink = (mode & 0o170000) === 0o120000;
    const reason = sequence.refuse({ name, kind: isDirectory ? 'directory' : isSymlink ? 'other' : 'file', size: entry.uncompressedSize });
    if (reason) throw new Error(`refusing archive: ${reason}`);
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
