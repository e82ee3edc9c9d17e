// Streams a .tar.gz download into a private staging folder while it arrives: decompressed once
// in-process, every tar header is checked against the archive-entry rules before the system tar
// sees it, and the system tar writes the files (far faster than writing them from JavaScript).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { Parser, type ReadEntry } from 'tar';
import { refuseArchiveEntry, type ArchiveEntryKind } from './archive-entry';

/** Go archives unpack to about 250 MB; anything far larger is not a Go release. */
const MAX_UNPACKED_BYTES = 2 * 1024 ** 3;
const MAX_ENTRIES = 100_000;
const UNPACK_QUEUE_BYTES = 64 * 1024 ** 2;

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
    // Room for decompressed data to queue while tar waits on the disk, so that decompression
    // (the slowest stage) never has to wait for it.
    readableHighWaterMark: UNPACK_QUEUE_BYTES,
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

/**
 * Unpacks `body` (a .tar.gz whose entries all live under `root`, e.g. `go/`) into `destination`.
 * The whole body is always read, even when unpacking stops at an unsafe or malformed entry, so
 * that whoever observes the bytes (digest, signature) sees all of them and can speak first: the
 * unpacking failure is returned, not thrown. Rejects only on download errors; cleanup of
 * `destination` is the caller's.
 */
export async function unpackTarGz(body: AsyncIterable<Buffer>, destination: string, root: string): Promise<Error | undefined> {
  const tar = spawn('tar', ['-x', '-f', '-', '-C', destination, '--no-same-owner'], { stdio: ['pipe', 'ignore', 'pipe'] });
  const tarStderr: Buffer[] = [];
  tar.stderr.on('data', (chunk: Buffer) => tarStderr.push(chunk));
  const tarExit = new Promise<number>((resolve) => {
    tar.on('error', () => resolve(-1));
    tar.on('close', (code) => resolve(code ?? 1));
  });
  // Large buffers: fewer round trips through the thread pool per archive.
  const gunzip = createGunzip({ chunkSize: 256 * 1024, writableHighWaterMark: 4 * 1024 * 1024 } as Parameters<typeof createGunzip>[0]);
  let unpackError: Error | undefined;
  const unpacking = pipeline(gunzip, tarHeaderGuard(root), tar.stdin).catch((error: Error) => {
    unpackError ??= error;
    tar.kill('SIGKILL');
  });
  const unpackFailed = unpacking.then(() => undefined);
  try {
    for await (const chunk of body) {
      if (unpackError || gunzip.destroyed) continue;
      // An unpacking failure surfaces through `unpacking`; here it only needs to stop the wait.
      if (!gunzip.write(chunk)) await Promise.race([once(gunzip, 'drain').catch(() => undefined), unpackFailed]);
    }
  } catch (error) {
    gunzip.destroy();
    tar.kill('SIGKILL');
    await tarExit;
    throw error;
  }
  gunzip.end();
  await unpacking;
  const code = await tarExit;
  if (!unpackError && code !== 0) unpackError = new Error(`tar failed (exit ${code}): ${Buffer.concat(tarStderr).toString().trim()}`);
  return unpackError;
}
