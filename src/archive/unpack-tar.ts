// Streams a .tar.gz download into a private staging folder while it arrives. The unpacking
// (gunzip, entry checks, the system tars) runs in a worker thread (unpack-tar-worker.ts); this
// side feeds it the bytes with bounded memory in flight.
import { Worker } from 'node:worker_threads';

/** What the worker is sent: archive bytes, then `end` (or `abort` when the download failed). */
export type UnpackRequest = Uint8Array | { kind: 'end' } | { kind: 'abort' };
export type UnpackWorkerMessage = { kind: 'consumed'; bytes: number } | { kind: 'failed' } | { kind: 'done'; error?: string };
export interface UnpackWorkerData {
  destination: string;
  root: string;
}

/** Compressed bytes sent to the worker but not yet taken by its gunzip. */
const MAX_IN_FLIGHT_BYTES = 8 * 1024 ** 2;

/**
 * Unpacks `body` (a .tar.gz whose entries all live under `root`, e.g. `go/`) into `destination`.
 * The whole body is always read, even when unpacking stops at an unsafe or malformed entry, so
 * that whoever observes the bytes (digest, signature) sees all of them and can speak first: the
 * unpacking failure is returned, not thrown. Rejects only on download errors; cleanup of
 * `destination` is the caller's.
 */
export async function unpackTarGz(body: AsyncIterable<Buffer>, destination: string, root: string): Promise<Error | undefined> {
  const workerData: UnpackWorkerData = { destination, root };
  const worker = new Worker(new URL('./unpack-tar-worker.js', import.meta.url), { workerData });
  let inFlight = 0;
  let failed = false;
  let wake: (() => void) | undefined;
  const finished = new Promise<Error | undefined>((resolve) => {
    worker.on('message', (message: UnpackWorkerMessage) => {
      if (message.kind === 'consumed') inFlight -= message.bytes;
      else if (message.kind === 'failed') failed = true;
      else resolve(message.error === undefined ? undefined : new Error(message.error));
      wake?.();
    });
    worker.on('error', (error) => resolve(new Error(`unpacking failed: ${error.message}`)));
    worker.on('exit', () => resolve(new Error('unpacking stopped before the archive was read')));
  });
  let workerDone = false;
  void finished.then(() => {
    workerDone = true;
    wake?.();
  });
  const send = (request: UnpackRequest) => worker.postMessage(request);

  try {
    for await (const chunk of body) {
      if (failed || workerDone) continue;
      // A view into a larger buffer would be copied whole: send just its bytes.
      send(chunk.byteLength === chunk.buffer.byteLength ? chunk : new Uint8Array(chunk));
      inFlight += chunk.length;
      while (inFlight > MAX_IN_FLIGHT_BYTES && !failed && !workerDone) await new Promise<void>((resolve) => (wake = resolve));
    }
  } catch (error) {
    send({ kind: 'abort' });
    await finished;
    throw error;
  }
  send({ kind: 'end' });
  return finished;
}
