// The worker half of unpackCacheArchive (unpack.ts): decompresses a downloaded cache archive
// (zstd in its own process, or gunzip) into the checked unpacker under the cache archive rules.
// In a worker thread, so that the Go download running beside it keeps the main thread.
import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { createGunzip } from 'node:zlib';
import { checkedUnpacker } from '../archive/checked-unpacker';
import { cacheArchiveRules } from './archive-rules';
import type { CacheUnpackRequest } from './unpack';

const { archive, destination, rules } = workerData as CacheUnpackRequest;

/** The decompressed tar stream, and a promise of why the decompressor failed (undefined when it did not). */
function decompress(): { tar: Readable; failure: Promise<string | undefined> } {
  if (rules.container === 'gzip') {
    const tar = createReadStream(archive).pipe(createGunzip({ chunkSize: 256 * 1024 }));
    const failure = new Promise<string | undefined>((resolve) => {
      tar.on('error', (error) => resolve(`not a valid gzip archive: ${error.message}`));
      tar.on('close', () => resolve(undefined));
    });
    return { tar, failure };
  }
  // Plain zstd -d: no --long, so a frame asking for a window above zstd's default limit (128 MiB) is refused.
  const child = spawn('zstd', ['-d', '-c', '-q', '--no-progress', archive], { stdio: ['ignore', 'pipe', 'pipe'] });
  const stderr: Buffer[] = [];
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  const failure = new Promise<string | undefined>((resolve) => {
    child.on('error', (error) => resolve(`zstd could not run: ${error.message}`));
    child.on('close', (code) => {
      const said = Buffer.concat(stderr).toString().trim();
      resolve(code === 0 ? undefined : `not a valid zstd archive: ${said || `zstd exit ${code}`}`);
    });
  });
  return { tar: child.stdout, failure };
}

async function unpack(): Promise<string | undefined> {
  const { tar, failure } = decompress();
  let tarEnded = false;
  tar.on('end', () => (tarEnded = true));
  // A refusal stops the reading, and the decompressor then fails on its closed output: the
  // refusal is what happened. A decompressor that failed first ends the tar early: its words are.
  let stoppedReading = false;
  const unpacking = pipeline(tar, checkedUnpacker(destination, cacheArchiveRules(rules))).then(
    () => undefined,
    (error: Error) => {
      stoppedReading = !tarEnded;
      return error.message;
    },
  );
  const [unpackError, decompressError] = await Promise.all([unpacking, failure]);
  return stoppedReading ? unpackError : (decompressError ?? unpackError);
}

void unpack().then((error) => {
  parentPort!.postMessage({ error });
  parentPort!.close();
});
