// The worker half of unpackTarGz (unpack-tar.ts): gunzips the archive bytes it is sent into the
// checked unpacker (checked-unpacker.ts), under the Go archive rules. In a worker thread, so that
// the download and its digests keep a core of their own.
import { posix } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { createGunzip } from 'node:zlib';
import { ArchiveEntrySequence, entryPath } from './archive-entry';
import { describeArchiveError } from './archive-errors';
import { checkedUnpacker, type UnpackRules } from './checked-unpacker';
import type { UnpackRequest, UnpackWorkerData, UnpackWorkerMessage } from './unpack-tar';

const LIMITS = {
  /** Go archives unpack to about 250 MB; anything far larger is not a Go release. */
  maxUnpackedBytes: 2 * 1024 ** 3,
  maxEntries: 100_000,
};

/** A Go archive: every entry under `root`, judged by the archive rules in sequence. */
function goArchiveRules(root: string): UnpackRules {
  const sequence = new ArchiveEntrySequence(root, LIMITS);
  return {
    judge(entry) {
      const reason = sequence.refuse(entry);
      if (reason) return reason;
      // Only links name a target; hard links name it from the archive's top, as it was checked.
      const linkpath =
        entry.kind === 'hardlink' ? posix.normalize(entry.linkTarget ?? '') : entry.kind === 'symlink' ? entry.linkTarget : undefined;
      return { path: entryPath(entry.name), linkpath };
    },
    maxStreamBytes: LIMITS.maxUnpackedBytes + 256 * 1024 ** 2,
    container: 'gzip',
  };
}

const port = parentPort!;
const { destination, root } = workerData as UnpackWorkerData;
const send = (message: UnpackWorkerMessage) => port.postMessage(message);

// Large buffers: fewer round trips through the thread pool per archive.
const gunzip = createGunzip({ chunkSize: 256 * 1024, writableHighWaterMark: 4 * 1024 * 1024 } as Parameters<typeof createGunzip>[0]);
let unpackError: Error | undefined;
const unpacking = pipeline(gunzip, checkedUnpacker(destination, goArchiveRules(root))).catch((error: Error) => {
  // zlib's own words ("incorrect header check") say little on their own.
  unpackError ??= (error as NodeJS.ErrnoException).code?.startsWith('Z_')
    ? new Error(`not a valid .tar.gz: ${describeArchiveError(error)}`)
    : error;
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
