import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  archivedName,
  servicePath
} from "./chunk-4V75LUHY.js";
import {
  cacheDeadlines,
  transferBudgetMs,
  whileTransferring,
  withinDeadline
} from "./chunk-7VLQPEDF.js";
import {
  isAnswerTo,
  makeDirectoriesWritable
} from "./chunk-CTN2EULH.js";
import {
  downloadCache,
  getCacheEntry,
  getCacheMode,
  getCacheServiceVersion,
  getCacheVersion,
  getCompressionMethod,
  internalCacheTwirpClient,
  isCacheReadable
} from "./chunk-EGEIOS4H.js";
import "./chunk-UX5KDH27.js";
import "./chunk-DWG5MND4.js";
import "./chunk-WM7KHEVL.js";
import "./chunk-CLOEEFTM.js";
import "./chunk-UG6VY2RL.js";
import {
  info
} from "./chunk-UUH7NTXT.js";
import "./chunk-YQMGHQ5S.js";
import "./chunk-MYHJHFEH.js";
import {
  escapeCommandData
} from "./chunk-BM5O3AMR.js";
import "./chunk-J27SYFL5.js";

// src/cache/restore-entry.ts
import { rm as rm2, stat as stat2 } from "node:fs/promises";
import { join as join2 } from "node:path";

// src/cache/service.ts
var AZURE_SEGMENT_BYTES = 128 * 1024 ** 2;
async function lookUp(path, key, restoreKeys) {
  const mode = getCacheMode();
  if (!isCacheReadable(mode)) {
    info(`cache restore skipped: the runner's cache-mode '${mode}' does not permit reads`);
    return void 0;
  }
  const compression = await getCompressionMethod();
  const container = compression === "gzip" ? "gzip" : "zstd";
  if (getCacheServiceVersion() === "v2") {
    const version = getCacheVersion([path], compression);
    const response = await internalCacheTwirpClient().GetCacheEntryDownloadURL({ key, restoreKeys, version });
    return response.ok ? { matchedKey: response.matchedKey, url: response.signedDownloadUrl, container } : void 0;
  }
  const entry = await getCacheEntry([key, ...restoreKeys], [path], { compressionMethod: compression });
  return entry?.archiveLocation && entry.cacheKey ? { matchedKey: entry.cacheKey, url: entry.archiveLocation, container } : void 0;
}
async function download(entry, archive, deadlines) {
  await downloadCache(entry.url, archive, {
    useAzureSdk: getCacheServiceVersion() === "v2",
    timeoutInMs: deadlines.answerMs,
    segmentTimeoutInMs: transferBudgetMs(AZURE_SEGMENT_BYTES, deadlines)
  });
}

// src/cache/unpack.ts
import { lstat, mkdir, readdir, rename, rm, rmdir, stat } from "node:fs/promises";
import { dirname, join } from "node:path";
import { Worker } from "node:worker_threads";
async function makeStaging(dir, kind) {
  const staging = join(dirname(dir), `.setup-go-golden-restore-${kind}-${process.pid}`);
  await removeTree(staging);
  await mkdir(staging, { recursive: true });
  return staging;
}
async function removeTree(path) {
  await makeDirectoriesWritable(path);
  await rm(path, { recursive: true, force: true });
}
async function unpackCacheArchive(request) {
  const worker = new Worker(new URL("./unpack-worker.js", import.meta.url), { workerData: request });
  const error = await new Promise((resolve) => {
    worker.on("message", (message) => resolve(message.error));
    worker.on("error", (failure) => resolve(`unpacking failed: ${failure.message}`));
    worker.on("exit", () => resolve("unpacking stopped before the archive was read"));
  });
  if (error !== void 0) throw new Error(error);
}
async function moveIntoPlace(staged, target) {
  const existing = await stat(target).catch(() => void 0);
  if (existing && !existing.isDirectory()) throw new Error(`${target} exists and is not a folder`);
  if (existing && (await readdir(target)).length === 0) await rmdir(target);
  else if (existing) return merge(staged, target);
  await mkdir(dirname(target), { recursive: true });
  await rename(staged, target);
}
async function merge(staged, target) {
  for (const entry of await readdir(staged, { withFileTypes: true })) {
    const from = join(staged, entry.name);
    const to = join(target, entry.name);
    const present = await lstat(to).catch(() => void 0);
    if (entry.isDirectory() && present?.isDirectory()) {
      await merge(from, to);
      continue;
    }
    if (present) await removeTree(to);
    await rename(from, to);
  }
}

// src/cache/restore-entry.ts
function explainTransferError(error) {
  const message = error instanceof Error ? error.message : String(error);
  if (/premature close|^aborted$|ECONNRESET|socket hang up|terminated/i.test(message)) {
    return `the connection closed before the whole archive arrived (${message})`;
  }
  return message;
}
async function restoreEntry(descriptor, dir, keys, workspace) {
  const deadlines = cacheDeadlines();
  const found = await withinDeadline(
    lookUp(servicePath(dir, workspace), keys.key, keys.restoreKeys).catch(
      (error) => Promise.reject(new Error(`the cache lookup failed: ${error.message}`))
    ),
    deadlines.answerMs,
    `the cache service did not answer the lookup of ${keys.key}`
  );
  if (!found) return void 0;
  const key = escapeCommandData(found.matchedKey);
  if (!isAnswerTo(keys, found.matchedKey))
    throw new Error(`the cache service answered with entry ${key}, which none of the keys asked for matches`);
  info(`${descriptor.label}: downloading ${key}${found.matchedKey === keys.key ? "" : " (found by a restore key)"}`);
  const staging = await makeStaging(dir, descriptor.kind);
  try {
    const archive = join2(staging, "archive");
    await whileTransferring(
      download(found, archive, deadlines).catch(
        (error) => Promise.reject(new Error(`downloading ${key} failed: ${explainTransferError(error)}`))
      ),
      archive,
      deadlines,
      `the download of ${key}`
    );
    const archiveBytes = (await stat2(archive)).size;
    info(`${descriptor.label}: ${key} downloaded (${(archiveBytes / 1048576).toFixed(1)} MiB), unpacking`);
    const rules = { prefix: archivedName(dir, workspace), root: descriptor.goSetting, label: descriptor.label, container: found.container };
    await unpackCacheArchive({ archive, destination: staging, rules }).catch(
      (error) => Promise.reject(new Error(`entry ${key} was not unpacked, nothing of it was kept: ${error.message}`))
    );
    await rm2(archive);
    await moveIntoPlace(join2(staging, rules.root), dir);
    return { matchedKey: found.matchedKey, archiveBytes };
  } finally {
    await removeTree(staging);
  }
}
export {
  restoreEntry
};
//# sourceMappingURL=restore-entry-HID6QRLW.js.map
