// The cache service as @actions/cache speaks to it: lookup and download are the library's own
// functions, only the extraction is ours. The package exports restoreCache alone, which extracts
// with `tar -P -C $GITHUB_WORKSPACE` (an entry can then write anywhere), so its lookup and
// download pieces are imported by file: its exports map lists only the package root. The
// version is pinned by package-lock.json, and the cache e2e tests exercise every piece used here.
import * as log from '../shared/log';
import * as cacheHttpClient from '../../node_modules/@actions/cache/lib/internal/cacheHttpClient.js';
import * as utils from '../../node_modules/@actions/cache/lib/internal/cacheUtils.js';
import { getCacheMode, getCacheServiceVersion, isCacheReadable } from '../../node_modules/@actions/cache/lib/internal/config.js';
import { internalCacheTwirpClient } from '../../node_modules/@actions/cache/lib/internal/shared/cacheTwirpClient.js';
import { transferBudgetMs, type CacheDeadlines } from './deadline';

/** The Azure SDK downloads an archive in segments of up to this size. */
const AZURE_SEGMENT_BYTES = 128 * 1024 ** 2;

export interface FoundEntry {
  matchedKey: string;
  url: string;
  container: 'zstd' | 'gzip';
}

/**
 * Looks `key` then `restoreKeys` up for the cache folder filed as `path` (entry-path.ts), with the
 * version the library computes from that path and the compression it would use to save (zstd
 * when zstd is on PATH).
 */
export async function lookUp(path: string, key: string, restoreKeys: string[]): Promise<FoundEntry | undefined> {
  const mode = getCacheMode();
  if (!isCacheReadable(mode)) {
    log.info(`cache restore skipped: the runner's cache-mode '${mode}' does not permit reads`);
    return undefined;
  }
  const compression = await utils.getCompressionMethod();
  const container = compression === 'gzip' ? 'gzip' : 'zstd';
  if (getCacheServiceVersion() === 'v2') {
    const version = utils.getCacheVersion([path], compression);
    const response = await internalCacheTwirpClient().GetCacheEntryDownloadURL({ key, restoreKeys, version });
    return response.ok ? { matchedKey: response.matchedKey, url: response.signedDownloadUrl, container } : undefined;
  }
  const entry = await cacheHttpClient.getCacheEntry([key, ...restoreKeys], [path], { compressionMethod: compression });
  return entry?.archiveLocation && entry.cacheKey ? { matchedKey: entry.cacheKey, url: entry.archiveLocation, container } : undefined;
}

/**
 * Downloads an entry to `archive` as the library's restore would (the Azure SDK for Azure blobs,
 * one GET otherwise). The SDK takes deadlines of its own: a request must answer in time, a
 * segment must keep the floor rate.
 */
export async function download(entry: FoundEntry, archive: string, deadlines: CacheDeadlines): Promise<void> {
  await cacheHttpClient.downloadCache(entry.url, archive, {
    useAzureSdk: getCacheServiceVersion() === 'v2',
    timeoutInMs: deadlines.answerMs,
    segmentTimeoutInMs: transferBudgetMs(AZURE_SEGMENT_BYTES, deadlines),
  });
}
