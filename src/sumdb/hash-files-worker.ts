// A thread of FileHasher's pool (hash-files.ts): hashes claimed files until none is left.
import { parentPort } from 'node:worker_threads';
import type { HashFilesWorkerMessage } from './hash-files';
import { type ClaimedFileError, hashClaimedFiles, type HashFilesJob } from './hash-claimed-files';

parentPort!.on('message', (job: HashFilesJob) => {
  let reply: HashFilesWorkerMessage = { kind: 'done' };
  try {
    hashClaimedFiles(job);
  } catch (error) {
    const failed = error as ClaimedFileError;
    reply = { kind: 'failed', path: failed.path, reason: failed.reason };
  }
  parentPort!.postMessage(reply);
});
