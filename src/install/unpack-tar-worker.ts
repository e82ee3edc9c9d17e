// The worker half of unpackTarGz (unpack-tar.ts): gunzips the archive bytes it is sent, checks
// every tar entry against the archive rules before anything of it is written, makes the folders
// itself and has a pool of system tars write the rest (far faster than writing files from
// JavaScript, and on every core). In a worker thread, so that the download and its digests keep
// a core of their own.
import { lstatSync, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, posix } from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { createGunzip } from 'node:zlib';
import { Parser, type ReadEntry } from 'tar';
import { ArchiveEntrySequence, entryPath, type ArchiveEntryKind } from './archive-entry';
import { describeArchiveError } from './archive-errors';
import type { TarHeaderFields } from './tar-header';
import { TarWriterPool } from './tar-writer-pool';
import type { UnpackRequest, UnpackWorkerData, UnpackWorkerMessage } from './unpack-tar';

const LIMITS = {
  /** Go archives unpack to about 250 MB; anything far larger is not a Go release. */
  maxUnpackedBytes: 2 * 1024 ** 3,
  maxEntries: 100_000,
};
/** The whole tar stream: the files' data plus room for headers and padding. */
const MAX_STREAM_BYTES = LIMITS.maxUnpackedBytes + 256 * 1024 ** 2;
/** Zeros a tar writer may pad its last record with (GNU tar: up to 10 KiB); more is not a Go release. */
const MAX_BYTES_AFTER_END = 1024 ** 2;
/** Where every ustar header (GNU and pax ones too) says what it is. */
const USTAR_MAGIC = { offset: 257, text: 'ustar' };
/** Decompressed data that may wait for the tars, so that decompression never waits on the disk. */
const WRITERS_BACKLOG = 64 * 1024 ** 2;
/** A tar per core, two at least and four at most (measured on 2 cores: 1 tar 1.27x the `tar xzf` time, 2 tars 1.18x, 3 tars 1.19x). */
const WRITERS = Math.min(4, Math.max(2, availableParallelism()));

const KIND_BY_TAR_TYPE: Record<string, ArchiveEntryKind> = {
  File: 'file',
  OldFile: 'file',
  ContiguousFile: 'file',
  Directory: 'directory',
  SymbolicLink: 'symlink',
  Link: 'hardlink',
};
const WRITTEN_TYPE: Partial<Record<ArchiveEntryKind, TarHeaderFields['type']>> = { file: 'File', symlink: 'SymbolicLink', hardlink: 'Link' };

/**
 * Folders are made here, before any tar needs them, so that no two tars race to make one. One
 * level at a time, and a name that already exists must be a real folder: never through a link.
 */
class Folders {
  private readonly made = new Set<string>(['.']);
  constructor(private readonly destination: string) {}

  make(path: string, mode = 0o755): void {
    if (this.made.has(path)) return;
    this.make(posix.dirname(path));
    const target = join(this.destination, path);
    try {
      // The owner keeps full access, so that a read-only folder cannot stop its own files.
      mkdirSync(target, { mode: (mode & 0o777) | 0o700 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const existing = lstatSync(target);
      if (!existing.isDirectory()) throw new Error(`${path} exists and is not a folder`);
    }
    this.made.add(path);
  }
}

/**
 * Receives the decompressed tar stream: checks each entry as its header is parsed, makes folders,
 * and routes everything else to the tar writers. Fails at the first entry refused.
 */
function checkedUnpacker(destination: string, root: string): Writable {
  const sequence = new ArchiveEntrySequence(root, LIMITS);
  const folders = new Folders(destination);
  const writers = new TarWriterPool(destination, WRITERS, WRITERS_BACKLOG);
  let violation: Error | undefined;
  const refuse = (reason: string) => (violation ??= new Error(`refusing archive: ${reason}`));
  const parser = new Parser({
    strict: true,
    onReadEntry: (entry: ReadEntry) => {
      entry.resume();
      if (violation) return;
      const kind = KIND_BY_TAR_TYPE[entry.type] ?? 'other';
      const size = entry.size;
      // What the parser will hand on (it slices entry data by `remain`) must be what the header we
      // write declares: otherwise a tar would read data as headers. A global pax size can make the
      // two differ.
      if (entry.remain !== size) return void refuse(`${entry.path} declares ${size} bytes but carries ${entry.remain}`);
      const reason = sequence.refuse({ name: entry.path, kind, linkTarget: entry.linkpath, size });
      if (reason) return void refuse(reason);
      const path = entryPath(entry.path);
      try {
        if (kind === 'directory') folders.make(path, entry.mode);
        else folders.make(posix.dirname(path));
      } catch (error) {
        return void refuse(`cannot make the folder for ${entry.path}: ${(error as Error).message}`);
      }
      if (kind === 'directory') return;
      const written = writers.begin({
        path,
        type: WRITTEN_TYPE[kind]!,
        // No setuid, setgid or sticky bits from a download.
        mode: (entry.mode ?? 0o644) & 0o777,
        size,
        mtime: Math.floor((entry.mtime?.getTime() ?? 0) / 1000),
        // Only links name a target; hard links name it from the archive's top, as it was checked.
        linkpath: kind === 'hardlink' ? posix.normalize(entry.linkpath ?? '') : kind === 'symlink' ? entry.linkpath : undefined,
      });
      // The parser hands entry data on synchronously, as slices of the chunk it was given.
      entry.on('data', (data: Buffer) => written.write(data));
      entry.on('end', () => written.end());
    },
  });
  parser.on('error', (error: Error) => refuse(`malformed tar: ${error.message}`));
  let ended = false;
  parser.on('eof', () => (ended = true));
  let streamBytes = 0;
  let bytesAfterEnd = 0;
  let head = Buffer.alloc(0);
  /** Refuses what is not a plain tar stream, or is far larger than a Go release: before the parser sees it. */
  const judgeStream = (chunk: Buffer) => {
    streamBytes += chunk.length;
    if (streamBytes > MAX_STREAM_BYTES) return refuse(`archive decompresses to more than ${MAX_STREAM_BYTES} bytes`);
    if (ended && (bytesAfterEnd += chunk.length) > MAX_BYTES_AFTER_END) return refuse(`more than ${MAX_BYTES_AFTER_END} bytes after the end of the archive`);
    if (head.length < USTAR_MAGIC.offset + USTAR_MAGIC.text.length) {
      // The parser would also take a compressed tar inside the gzip: one layer of compression only.
      head = Buffer.concat([head, chunk]);
      const magic = head.subarray(USTAR_MAGIC.offset, USTAR_MAGIC.offset + USTAR_MAGIC.text.length);
      if (magic.length === USTAR_MAGIC.text.length && magic.toString('latin1') !== USTAR_MAGIC.text) refuse('not a tar archive inside the gzip (no ustar header)');
    }
    return violation;
  };
  const unpacker = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      // Not inside zlib's push: returning at once lets zlib inflate the next chunk on the thread
      // pool while this thread checks and routes this one.
      setImmediate(() => {
        if (unpacker.destroyed) return callback();
        // Headers are parsed synchronously: a refused entry is known before its bytes reach a tar.
        // After the end of the archive nothing goes to the parser (it would keep it all).
        if (!judgeStream(chunk) && !ended) parser.write(chunk);
        if (violation) {
          writers.kill();
          callback(violation);
          return;
        }
        writers.flush().then(() => callback(), callback);
      });
    },
    final(callback) {
      parser.end();
      if (violation) {
        writers.kill();
        callback(violation);
        return;
      }
      writers.end().then(() => callback(), callback);
    },
    destroy(error, callback) {
      if (error) writers.kill();
      callback(error);
    },
  });
  return unpacker;
}

const port = parentPort!;
const { destination, root } = workerData as UnpackWorkerData;
const send = (message: UnpackWorkerMessage) => port.postMessage(message);

// Large buffers: fewer round trips through the thread pool per archive.
const gunzip = createGunzip({ chunkSize: 256 * 1024, writableHighWaterMark: 4 * 1024 * 1024 } as Parameters<typeof createGunzip>[0]);
let unpackError: Error | undefined;
const unpacking = pipeline(gunzip, checkedUnpacker(destination, root)).catch((error: Error) => {
  // zlib's own words ("incorrect header check") say little on their own.
  unpackError ??= (error as NodeJS.ErrnoException).code?.startsWith('Z_') ? new Error(`not a valid .tar.gz: ${describeArchiveError(error)}`) : error;
  send({ kind: 'failed' });
});

async function finish(): Promise<void> {
  await unpacking;
  send({ kind: 'done', error: unpackError?.message });
  port.close();
}

port.on('message', (request: UnpackRequest) => {
  if (request instanceof Uint8Array) {
    const chunk = Buffer.from(request.buffer, request.byteOffset, request.byteLength);
    // Acknowledged once zlib has taken it: the sender keeps only a bounded amount in flight.
    if (unpackError || gunzip.destroyed) send({ kind: 'consumed', bytes: chunk.length });
    else gunzip.write(chunk, () => send({ kind: 'consumed', bytes: chunk.length }));
  } else if (request.kind === 'end') {
    // After a refused entry the pipeline is already torn down: ending it again would only raise.
    if (!gunzip.destroyed) gunzip.end();
    void finish();
  } else {
    unpackError ??= new Error('download failed');
    gunzip.destroy(unpackError);
    void finish();
  }
});
