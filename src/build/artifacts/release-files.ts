// Writes the release files: archives holding the binary under its plain program name, and the
// checksums file; and hashes files.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { create as createTar } from 'tar';
import type { ArchiveFormat } from '../plan/naming';
import { formatChecksums, type ChecksumEntry } from './checksums';
import { displayPath } from './display-path';
import { createZip } from './zip';

export async function writeArchive(format: ArchiveFormat, binary: string, program: string, archive: string): Promise<void> {
  if (format === 'zip') {
    const [data, info] = await Promise.all([readFile(binary), stat(binary)]);
    await writeFile(archive, await createZip([{ name: program, data, mode: info.mode & 0o777, modified: info.mtime }]));
    return;
  }
  // tar stores entries under their path, so the binary is staged under its program name first.
  const staging = await mkdtemp(join(tmpdir(), 'sgg-archive-'));
  try {
    await copyFile(binary, join(staging, program));
    await createTar({ gzip: true, portable: true, file: archive, cwd: staging }, [program]);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Writes the checksums file into the output directory; returns its path as the user sees it. */
export async function writeChecksumsFile(outputDir: string, fileName: string, entries: ChecksumEntry[]): Promise<string> {
  const path = join(outputDir, fileName);
  await writeFile(path, formatChecksums(entries));
  return displayPath(path);
}
