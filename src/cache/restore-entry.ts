// Restores one cache folder from the service: the library's lookup and download, each within a
// deadline, then our checked extraction into staging and the move into place. Every failure is
// an Error whose message says what went wrong; the caller turns it into a warning and a miss.
import * as log from '../shared/log';
import { rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { cacheDeadlines, whileTransferring, withinDeadline } from './deadline';
import { isAnswerTo, type CacheKeySet } from './keys';
import { escapeCommandData } from '../shared/log-text';
import type { CacheKindDescriptor } from './kinds';
import { archivedName, servicePath } from './entry-path';
import { download, lookUp } from './service';
import { makeStaging, moveIntoPlace, removeTree, unpackCacheArchive } from './unpack';

/** Node's and the HTTP client's words for a body cut short, said plainly. */
function explainTransferError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/premature close|^aborted$|ECONNRESET|socket hang up|terminated/i.test(message)) {
    return `the connection closed before the whole archive arrived (${message})`;
  }
  return message;
}

export interface RestoredEntry {
  matchedKey: string;
  /** The size of the archive as downloaded. */
  archiveBytes: number;
}

/** Restores `dir` from the entry the keys find; resolves with what it restored, or undefined on a plain miss. */
export async function restoreEntry(
  descriptor: CacheKindDescriptor,
  dir: string,
  keys: CacheKeySet,
  workspace: string,
): Promise<RestoredEntry | undefined> {
  const deadlines = cacheDeadlines();
  const found = await withinDeadline(
    lookUp(servicePath(dir, workspace), keys.key, keys.restoreKeys).catch((error: Error) =>
      Promise.reject(new Error(`the cache lookup failed: ${error.message}`)),
    ),
    deadlines.answerMs,
    `the cache service did not answer the lookup of ${keys.key}`,
  );
  if (!found) return undefined;
  const key = escapeCommandData(found.matchedKey);
  if (!isAnswerTo(keys, found.matchedKey))
    throw new Error(`the cache service answered with entry ${key}, which none of the keys asked for matches`);
  log.info(`${descriptor.label}: downloading ${key}${found.matchedKey === keys.key ? '' : ' (found by a restore key)'}`);

  const staging = await makeStaging(dir, descriptor.kind);
  try {
    const archive = join(staging, 'archive');
    await whileTransferring(
      download(found, archive, deadlines).catch((error: unknown) =>
        Promise.reject(new Error(`downloading ${key} failed: ${explainTransferError(error)}`)),
      ),
      archive,
      deadlines,
      `the download of ${key}`,
    );
    const archiveBytes = (await stat(archive)).size;
    log.info(`${descriptor.label}: ${key} downloaded (${(archiveBytes / 1048576).toFixed(1)} MiB), unpacking`);
    const rules = { prefix: archivedName(dir, workspace), root: descriptor.goSetting, label: descriptor.label, container: found.container };
    await unpackCacheArchive({ archive, destination: staging, rules }).catch((error: Error) =>
      Promise.reject(new Error(`entry ${key} was not unpacked, nothing of it was kept: ${error.message}`)),
    );
    await rm(archive);
    await moveIntoPlace(join(staging, rules.root), dir);
    return { matchedKey: found.matchedKey, archiveBytes };
  } finally {
    await removeTree(staging);
  }
}
