// Extracts a golang.org/toolchain module zip into a private staging GOROOT while hashing it, so
// one pass over the bytes yields both the tree and the zip's h1. The caller compares that h1 with
// the checksum database before anything may run from the tree. Hostile zips are refused before
// the first byte is written: every name must be a plain relative path under the module prefix.
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { mapLimit } from '../../../shared/pool';
import { hash1, type HashedFile } from '../../../sumdb/dirhash';
import { ArchiveEntrySequence, refuseArchiveEntry } from '../../../archive/archive-entry';
import { describeArchiveError } from '../../../archive/archive-errors';
import { goRootPathForZipEntry, isToolchainExecutable, MAX_MODULE_ZIP_BYTES, zipPrefix } from './toolchain-module';
const EXTRACT_CONCURRENCY = 8;
const SYMLINK = 0o120000;
const FILE_TYPE_MASK = 0o170000;

export class UnsafeZipError extends Error {
  override name = 'UnsafeZipError';
}

interface PlannedEntry {
  entry: Entry;
  /** The name as stored, prefix included: what h1 hashes. */
  zipName: string;
  /** Path inside GOROOT, with `/` separators; empty for the prefix directory itself. */
  goRootPath: string;
  isDirectory: boolean;
  executable: boolean;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeName(raw: Buffer | string): string {
  if (typeof raw === 'string') return raw;
  try {
    return utf8.decode(raw);
  } catch {
    throw new UnsafeZipError(`zip entry name is not valid UTF-8: ${JSON.stringify(raw.toString('latin1'))}`);
  }
}

function planEntry(entry: Entry, prefix: string): PlannedEntry {
  const zipName = decodeName(entry.fileName as unknown as Buffer);
  const refuse = (why: string): never => {
    throw new UnsafeZipError(`refusing zip entry ${JSON.stringify(zipName)}: ${why}`);
  };
  const isDirectory = zipName.endsWith('/');
  const isSymlink = ((entry.externalFileAttributes >>> 16) & FILE_TYPE_MASK) === SYMLINK;
  if (isSymlink) refuse('symbolic links are not allowed in a module zip');
  // The rules every archive obeys first, then the stricter ones of module zips.
  const reason = refuseArchiveEntry({ name: zipName, kind: isDirectory ? 'directory' : 'file' }, prefix);
  if (reason !== undefined) refuse(reason);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  if (/[\u0000-\u001f\\:]/u.test(zipName)) refuse('control characters, backslashes or colons in the name');
  const relative = zipName.slice(prefix.length, isDirectory ? -1 : undefined);
  if (relative !== '' && relative.split('/').some((part) => part === '' || part === '.' || part === '..')) {
    refuse('empty, "." or ".." path element');
  }
  if (isDirectory && entry.uncompressedSize !== 0) refuse('a directory with content');
  const goRootPath = goRootPathForZipEntry(relative);
  const unixMode = (entry.externalFileAttributes >>> 16) & 0o777;
  return { entry, zipName, goRootPath, isDirectory, executable: isToolchainExecutable(goRootPath) || (unixMode & 0o111) !== 0 };
}

/** Entries a module zip may hold (Go's own toolchain zips hold about 15,000). */
const MAX_ENTRIES = 500_000;

async function readPlan(zip: ZipFile, prefix: string): Promise<PlannedEntry[]> {
  const planned: PlannedEntry[] = [];
  // Judged as written, after `_go.mod` becomes `go.mod`: two entries landing on one path (or a file
  // where a folder is needed) would otherwise race each other's writes.
  const written = new ArchiveEntrySequence('GOROOT/', { maxEntries: MAX_ENTRIES, maxUnpackedBytes: MAX_MODULE_ZIP_BYTES });
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: Entry) => {
      try {
        const plan = planEntry(entry, prefix);
        if (plan.goRootPath !== '') {
          const reason = written.refuse({
            name: `GOROOT/${plan.goRootPath}${plan.isDirectory ? '/' : ''}`,
            kind: plan.isDirectory ? 'directory' : 'file',
            size: entry.uncompressedSize,
          });
          if (reason !== undefined) throw new UnsafeZipError(`refusing zip entry ${JSON.stringify(plan.zipName)}: ${reason}`);
        }
        planned.push(plan);
        zip.readEntry();
      } catch (error) {
        reject(error);
      }
    });
    zip.on('end', () => resolve());
    zip.on('error', (error: Error) => reject(new UnsafeZipError(describeArchiveError(error))));
    zip.readEntry();
  });
  if (!planned.some((plan) => !plan.isDirectory)) throw new UnsafeZipError(`module zip holds no files under ${prefix}`);
  return planned;
}

async function extractFile(zip: ZipFile, plan: PlannedEntry, destRoot: string): Promise<HashedFile> {
  const digest = createHash('sha256');
  const hasher = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      digest.update(chunk);
      callback(null, chunk);
    },
  });
  const source = await zip.openReadStreamPromise(plan.entry);
  const mode = plan.executable ? 0o755 : 0o644;
  await pipeline(source, hasher, createWriteStream(join(destRoot, plan.goRootPath), { flags: 'wx', mode }));
  return { name: plan.zipName, sha256: digest.digest('hex') };
}

export interface ExtractedToolchain {
  /** h1 of the zip as extracted: compare it with the checksum database before trusting the tree. */
  zipHash: string;
  files: number;
}

/**
 * Extracts the module zip at `zipPath` into `destRoot` (which must not exist yet). On any error
 * `destRoot` is removed again.
 */
export async function extractToolchainZip(zipPath: string, moduleVersion: string, destRoot: string): Promise<ExtractedToolchain> {
  const { size } = await stat(zipPath);
  if (size > MAX_MODULE_ZIP_BYTES) throw new UnsafeZipError(`module zip is ${size} bytes, over Go's ${MAX_MODULE_ZIP_BYTES}-byte limit`);
  let zip: ZipFile;
  try {
    zip = await yauzl.openPromise(zipPath, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true });
  } catch (error) {
    throw new UnsafeZipError(describeArchiveError(error as Error));
  }
  // The reader may report a late error after we stopped listening for entries: it is ours to ignore then.
  zip.on('error', () => undefined);
  let created = false;
  try {
    const planned = await readPlan(zip, zipPrefix(moduleVersion));
    await mkdir(destRoot, { recursive: false });
    created = true;
    const directories = new Set<string>();
    for (const plan of planned) {
      const dir = plan.isDirectory ? plan.goRootPath : dirname(plan.goRootPath);
      if (dir !== '' && dir !== '.') directories.add(dir);
    }
    for (const dir of [...directories].sort()) await mkdir(join(destRoot, dir), { recursive: true });
    const hashed: HashedFile[] = planned
      .filter((plan) => plan.isDirectory)
      .map((plan) => ({ name: plan.zipName, sha256: createHash('sha256').digest('hex') }));
    const files = planned.filter((plan) => !plan.isDirectory);
    // mapLimit lets every running extraction settle before it throws: the clean-up below races no writer.
    const extracted = await mapLimit(files, EXTRACT_CONCURRENCY, (plan) =>
      extractFile(zip, plan, destRoot).catch((error: Error) => {
        throw new UnsafeZipError(`extracting ${JSON.stringify(plan.zipName)}: ${describeArchiveError(error)}`);
      }),
    );
    hashed.push(...extracted);
    return { zipHash: hash1(hashed), files: files.length };
  } catch (error) {
    if (created) await rm(destRoot, { recursive: true, force: true });
    throw error;
  } finally {
    zip.close();
  }
}
