import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  MAX_MODULE_ZIP_BYTES,
  goRootPathForZipEntry,
  isToolchainExecutable,
  zipPrefix
} from "./chunk-JTIA7XNC.js";
import {
  hash1
} from "./chunk-UKWSVPRX.js";
import {
  require_yauzl
} from "./chunk-FUXJP6IC.js";
import {
  mapLimit
} from "./chunk-CTTLFQ52.js";
import "./chunk-NBMMN6Z4.js";
import "./chunk-MYHJHFEH.js";
import {
  describeArchiveError
} from "./chunk-P3IBRVJ2.js";
import {
  ArchiveEntrySequence,
  refuseArchiveEntry
} from "./chunk-OF3SV2ZF.js";
import {
  __toESM
} from "./chunk-J27SYFL5.js";

// src/install/routes/proxy/zip-install.ts
var import_yauzl = __toESM(require_yauzl(), 1);
import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rm, stat } from "node:fs/promises";
import { dirname, join } from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
var EXTRACT_CONCURRENCY = 8;
var SYMLINK = 40960;
var FILE_TYPE_MASK = 61440;
var UnsafeZipError = class extends Error {
  name = "UnsafeZipError";
};
var utf8 = new TextDecoder("utf-8", { fatal: true });
function decodeName(raw) {
  if (typeof raw === "string") return raw;
  try {
    return utf8.decode(raw);
  } catch {
    throw new UnsafeZipError(`zip entry name is not valid UTF-8: ${JSON.stringify(raw.toString("latin1"))}`);
  }
}
function planEntry(entry, prefix) {
  const zipName = decodeName(entry.fileName);
  const refuse = (why) => {
    throw new UnsafeZipError(`refusing zip entry ${JSON.stringify(zipName)}: ${why}`);
  };
  const isDirectory = zipName.endsWith("/");
  const isSymlink = (entry.externalFileAttributes >>> 16 & FILE_TYPE_MASK) === SYMLINK;
  if (isSymlink) refuse("symbolic links are not allowed in a module zip");
  const reason = refuseArchiveEntry({ name: zipName, kind: isDirectory ? "directory" : "file" }, prefix);
  if (reason !== void 0) refuse(reason);
  if (/[\u0000-\u001f\\:]/u.test(zipName)) refuse("control characters, backslashes or colons in the name");
  const relative = zipName.slice(prefix.length, isDirectory ? -1 : void 0);
  if (relative !== "" && relative.split("/").some((part) => part === "" || part === "." || part === "..")) {
    refuse('empty, "." or ".." path element');
  }
  if (isDirectory && entry.uncompressedSize !== 0) refuse("a directory with content");
  const goRootPath = goRootPathForZipEntry(relative);
  const unixMode = entry.externalFileAttributes >>> 16 & 511;
  return { entry, zipName, goRootPath, isDirectory, executable: isToolchainExecutable(goRootPath) || (unixMode & 73) !== 0 };
}
var MAX_ENTRIES = 5e5;
async function readPlan(zip, prefix) {
  const planned = [];
  const written = new ArchiveEntrySequence("GOROOT/", { maxEntries: MAX_ENTRIES, maxUnpackedBytes: MAX_MODULE_ZIP_BYTES });
  await new Promise((resolve, reject) => {
    zip.on("entry", (entry) => {
      try {
        const plan = planEntry(entry, prefix);
        if (plan.goRootPath !== "") {
          const reason = written.refuse({
            name: `GOROOT/${plan.goRootPath}${plan.isDirectory ? "/" : ""}`,
            kind: plan.isDirectory ? "directory" : "file",
            size: entry.uncompressedSize
          });
          if (reason !== void 0) throw new UnsafeZipError(`refusing zip entry ${JSON.stringify(plan.zipName)}: ${reason}`);
        }
        planned.push(plan);
        zip.readEntry();
      } catch (error) {
        reject(error);
      }
    });
    zip.on("end", () => resolve());
    zip.on("error", (error) => reject(new UnsafeZipError(describeArchiveError(error))));
    zip.readEntry();
  });
  if (!planned.some((plan) => !plan.isDirectory)) throw new UnsafeZipError(`module zip holds no files under ${prefix}`);
  return planned;
}
async function extractFile(zip, plan, destRoot) {
  const digest = createHash("sha256");
  const hasher = new Transform({
    transform(chunk, _encoding, callback) {
      digest.update(chunk);
      callback(null, chunk);
    }
  });
  const source = await zip.openReadStreamPromise(plan.entry);
  const mode = plan.executable ? 493 : 420;
  await pipeline(source, hasher, createWriteStream(join(destRoot, plan.goRootPath), { flags: "wx", mode }));
  return { name: plan.zipName, sha256: digest.digest("hex") };
}
async function extractToolchainZip(zipPath, moduleVersion, destRoot) {
  const { size } = await stat(zipPath);
  if (size > MAX_MODULE_ZIP_BYTES) throw new UnsafeZipError(`module zip is ${size} bytes, over Go's ${MAX_MODULE_ZIP_BYTES}-byte limit`);
  let zip;
  try {
    zip = await import_yauzl.default.openPromise(zipPath, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true });
  } catch (error) {
    throw new UnsafeZipError(describeArchiveError(error));
  }
  zip.on("error", () => void 0);
  let created = false;
  try {
    const planned = await readPlan(zip, zipPrefix(moduleVersion));
    await mkdir(destRoot, { recursive: false });
    created = true;
    const directories = /* @__PURE__ */ new Set();
    for (const plan of planned) {
      const dir = plan.isDirectory ? plan.goRootPath : dirname(plan.goRootPath);
      if (dir !== "" && dir !== ".") directories.add(dir);
    }
    for (const dir of [...directories].sort()) await mkdir(join(destRoot, dir), { recursive: true });
    const hashed = planned.filter((plan) => plan.isDirectory).map((plan) => ({ name: plan.zipName, sha256: createHash("sha256").digest("hex") }));
    const files = planned.filter((plan) => !plan.isDirectory);
    const extracted = await mapLimit(
      files,
      EXTRACT_CONCURRENCY,
      (plan) => extractFile(zip, plan, destRoot).catch((error) => {
        throw new UnsafeZipError(`extracting ${JSON.stringify(plan.zipName)}: ${describeArchiveError(error)}`);
      })
    );
    hashed.push(...extracted);
    return { zipHash: hash1(hashed), files: files.length };
  } catch (error) {
    if (created) await rm(destRoot, { recursive: true, force: true });
    throw error;
  } finally {
    zip.close();
  }
}
export {
  UnsafeZipError,
  extractToolchainZip
};
//# sourceMappingURL=zip-install-K2LZCXUR.js.map
