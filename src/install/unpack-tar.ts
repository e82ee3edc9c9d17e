// Streams a .tar.gz download into a private staging folder while it arrives: the raw bytes are
// hashed and kept (for the signature check), decompressed once in-process, every tar header is
// checked against the archive-entry rules before the system tar sees it, and the system tar
// writes the files (far faster than writing them from JavaScript).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { Parser, type ReadEntry } from 'tar';
import { refuseArchiveEntry, type ArchiveEntryKind } from './archive-entry';

/** Go archives unpack to about 250 MB; anything far larger is not a Go release. */
const MAX_UNPACKED_BYTES = 2 * 1024 ** 3;
const MAX_ENTRIES = 100_000;

export interface StreamedArchive {
  sha256: string;
  size: number;
}

const KIND_BY_TAR_TYPE: Record<string, ArchiveEntryKind> = {
  File: 'file',
  OldFile: 'file',
  ContiguousFile: 'file',
  Directory: 'directory',
  SymbolicLink: 'symlink',
  Link: 'hardlink',
};

/** A pass-through that refuses the stream at the first unsafe tar header, before passing it on. */
function tarHeaderGuard(root: string): Transform {
  let violation: Error | undefined;
  let entries = 0;
  let unpacked = 0;
  const parser = new Parser({
    strict: true,
    onReadEntry: (entry: ReadEntry) => {
      entries++;
      unpacked += entry.size;
      const reason =
        refuseArchiveEntry({ name: entry.path, kind: KIND_BY_TAR_TYPE[entry.type] ?? 'other', linkTarget: entry.linkpath }, root) ??
        (entries > MAX_ENTRIES ? `archive has more than ${MAX_ENTRIES} entries` : undefined) ??
        (unpacked > MAX_UNPACKED_BYTES ? `archive unpacks to more than ${MAX_UNPACKED_BYTES} bytes` : undefined);
      if (reason && !violation) violation = new Error(`refusing archive: ${reason}`);
      entry.resume();
    },
  });
  parser.on('error', (error: Error) => {
    violation ??= new Error(`refusing archive: malformed tar: ${error.message}`);
  });
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      // The parser handles headers synchronously, so an unsafe header in this chunk is known
      // before the chunk is handed on to tar.
      parser.write(chunk);
      callback(violation, violation ? undefined : chunk);
    },
    flush(callback) {
      parser.end();
      callback(violation);
    },
  });
}

/** Taps the raw download: hashes it and keeps a copy for the signature check. */
function rawTap(hash: ReturnType<typeof createHash>, keep: NodeJS.WritableStream, counter: { bytes: number }): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      counter.bytes += chunk.length;
      keep.write(chunk);
      callback(null, chunk);
    },
  });
}

/**
 * Unpacks `body` (a .tar.gz whose entries all live under `root`, e.g. `go/`) into `destination`,
 * keeping the raw bytes in `archiveCopy`. Rejects, leaving cleanup to the caller, on any unsafe entry.
 */
export async function unpackTarGz(body: Readable, destination: string, archiveCopy: string, root: string): Promise<StreamedArchive> {
  const hash = createHash('sha256');
  const counter = { bytes: 0 };
  const keep = createWriteStream(archiveCopy);
  const keepDone = new Promise<void>((resolve, reject) => {
    keep.on('finish', resolve);
    keep.on('error', reject);
  });
  const tar = spawn('tar', ['-x', '-f', '-', '-C', destination, '--no-same-owner'], { stdio: ['pipe', 'ignore', 'pipe'] });
  const tarStderr: Buffer[] = [];
  tar.stderr.on('data', (chunk: Buffer) => tarStderr.push(chunk));
  const tarExit = new Promise<number>((resolve, reject) => {
    tar.on('error', reject);
    tar.on('close', (code) => resolve(code ?? 1));
  });
  try {
    await pipeline(body, rawTap(hash, keep, counter), createGunzip(), tarHeaderGuard(root), tar.stdin);
  } catch (error) {
    tar.kill('SIGKILL');
    keep.destroy();
    await tarExit.catch(() => undefined);
    throw error;
  } finally {
    keep.end();
  }
  const code = await tarExit;
  await keepDone;
  if (code !== 0) throw new Error(`tar failed (exit ${code}): ${Buffer.concat(tarStderr).toString().trim()}`);
  return { sha256: hash.digest('hex'), size: counter.bytes };
}
