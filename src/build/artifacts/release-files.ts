// Writes the release files: archives holding the binary under its plain program name (and the
// extra files beside it), and the checksums file; and hashes files. Archives list their entries
// sorted by name, with fixed modes (0755 for the program, 0644 for the rest), no owner or group,
// and one modification time for all, so the same files and time give the same bytes. Every file
// is written without following a link at its name.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { chmod, copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { create as createTar } from 'tar';
import type { ArchiveFormat } from '../plan/naming';
import { compareStrings } from '../../shared/order';
import { formatChecksums, type ChecksumEntry } from './checksums';
import { displayPath } from './display-path';
import { writeFileNoFollow } from '../plan/link-free';
import { gzipPortable } from './gzip';
import { createZip } from './zip';

export interface ArchiveEntry {
  /** Name inside the archive. */
  name: string;
  /** The file on disk. */
  path: string;
  executable: boolean;
}

const modeOf = (entry: ArchiveEntry) => (entry.executable ? 0o755 : 0o644);

async function archiveBytes(format: ArchiveFormat, entries: ArchiveEntry[], modified: Date): Promise<Buffer> {
  const sorted = [...entries].sort((a, b) => compareStrings(a.name, b.name));
  if (format === 'zip') {
    const datas = await Promise.all(sorted.map((entry) => readFile(entry.path)));
    return createZip(sorted.map((entry, index) => ({ name: entry.name, data: datas[index]!, mode: modeOf(entry), modified })));
  }
  // tar stores entries under their path and mode, so the files are staged under their names first.
  const staging = await mkdtemp(join(tmpdir(), 'sgg-archive-'));
  try {
    for (const entry of sorted) {
      await copyFile(entry.path, join(staging, entry.name));
      await chmod(join(staging, entry.name), modeOf(entry));
    }
    const names = sorted.map((entry) => entry.name);
    return await gzipPortable(await buffer(createTar({ portable: true, mtime: modified, cwd: staging }, names)));
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

export async function writeArchive(format: ArchiveFormat, entries: ArchiveEntry[], modified: Date, archive: string): Promise<void> {
  await writeFileNoFollow(archive, await archiveBytes(format, entries, modified));
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Writes the checksums file into the output directory; returns its path as the user sees it. */
export async function writeChecksumsFile(outputDir: string, fileName: string, entries: ChecksumEntry[]): Promise<string> {
  const path = join(outputDir, fileName);
  await writeFileNoFollow(path, formatChecksums(entries));
  return displayPath(path);
}
