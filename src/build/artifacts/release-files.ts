// Writes the release files: archives holding the binary under its plain program name, and the
// checksums file; and hashes files. Every file is written without following a link at its name.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { create as createTar } from 'tar';
import type { ArchiveFormat } from '../plan/naming';
import { formatChecksums, type ChecksumEntry } from './checksums';
import { displayPath } from './display-path';
import { writeFileNoFollow } from '../plan/link-free';
import { createZip } from './zip';

async function archiveBytes(format: ArchiveFormat, binary: string, program: string): Promise<Buffer> {
  if (format === 'zip') {
    const [data, info] = await Promise.all([readFile(binary), stat(binary)]);
    return createZip([{ name: program, data, mode: info.mode & 0o777, modified: info.mtime }]);
  }
  // tar stores entries under their path, so the binary is staged under its program name first.
  const staging = await mkdtemp(join(tmpdir(), 'sgg-archive-'));
  try {
    await copyFile(binary, join(staging, program));
    return await buffer(createTar({ gzip: true, portable: true, cwd: staging }, [program]));
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

export async function writeArchive(format: ArchiveFormat, binary: string, program: string, archive: string): Promise<void> {
  await writeFileNoFollow(archive, await archiveBytes(format, binary, program));
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
