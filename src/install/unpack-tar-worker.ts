// The worker half of unpackTarGz (unpack-tar.ts): gunzips the archive bytes it is sent, checks
// every tar header against the archive-entry rules before the system tar sees it, and has the
// system tar write the files (far faster than writing them from JavaScript). In a worker thread,
// so that the download, its digests and this work each get a core.
import { spawn } from 'node:child_process';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { createGunzip } from 'node:zlib';
import { Parser, type ReadEntry } from 'tar';
import { refuseArchiveEntry, type ArchiveEntryKind } from './archive-entry';
import type { UnpackRequest, UnpackWorkerData, UnpackWorkerMessage } from './unpack-tar';

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

const port = parentPort!;
const { destination, root } = workerData as UnpackWorkerData;
const send = (message: UnpackWorkerMessage) => port.postMessage(message);

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
  send({ kind: 'failed' });
});

async function finish(): Promise<void> {
  await unpacking;
  const code = await tarExit;
  if (!unpackError && code !== 0) unpackError = new Error(`tar failed (exit ${code}): ${Buffer.concat(tarStderr).toString().trim()}`);
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
    gunzip.destroy();
    tar.kill('SIGKILL');
    void finish();
  }
});
