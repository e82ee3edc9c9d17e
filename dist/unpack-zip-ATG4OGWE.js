import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  require_yauzl
} from "./chunk-FUXJP6IC.js";
import {
  describeArchiveError
} from "./chunk-P3IBRVJ2.js";
import {
  ArchiveEntrySequence
} from "./chunk-OF3SV2ZF.js";
import {
  __toESM
} from "./chunk-J27SYFL5.js";

// src/archive/unpack-zip.ts
var import_yauzl = __toESM(require_yauzl(), 1);
import { createWriteStream, promises as fs } from "node:fs";
import { dirname, join } from "node:path";
import { pipeline } from "node:stream/promises";
var MAX_UNPACKED_BYTES = 2 * 1024 ** 3;
var MAX_ENTRIES = 1e5;
function openZip(file) {
  return new Promise(
    (resolve, reject) => import_yauzl.default.open(
      file,
      { lazyEntries: true, strictFileNames: true, validateEntrySizes: true },
      (error, zip) => error ? reject(error) : resolve(zip)
    )
  );
}
function openEntry(zip, entry) {
  return new Promise((resolve, reject) => zip.openReadStream(entry, (error, stream) => error ? reject(error) : resolve(stream)));
}
async function unpackZip(file, destination, options) {
  const described = (error) => error.message.startsWith("refusing archive: ") ? error : new Error(`not a valid .zip: ${describeArchiveError(error)}`);
  const zip = await openZip(file).catch((error) => Promise.reject(described(error)));
  const sequence = new ArchiveEntrySequence(options.root, {
    maxEntries: MAX_ENTRIES,
    maxUnpackedBytes: options.maxUnpackedBytes ?? MAX_UNPACKED_BYTES
  });
  try {
    await new Promise((resolve, reject) => {
      zip.on("error", (error) => reject(described(error)));
      zip.on("end", resolve);
      zip.on("entry", (entry) => {
        handle(entry).then(
          () => zip.readEntry(),
          (error) => reject(described(error))
        );
      });
      zip.readEntry();
    });
  } finally {
    zip.on("error", () => void 0);
    zip.close();
  }
  async function handle(entry) {
    const name = options.mapName ? options.mapName(entry.fileName) : entry.fileName;
    const isDirectory = name.endsWith("/");
    const mode = entry.externalFileAttributes >>> 16 & 65535;
    const isSymlink = (mode & 61440) === 40960;
    const reason = sequence.refuse({ name, kind: isDirectory ? "directory" : isSymlink ? "other" : "file", size: entry.uncompressedSize });
    if (reason) throw new Error(`refusing archive: ${reason}`);
    const target = join(destination, name);
    if (isDirectory) {
      await fs.mkdir(target, { recursive: true });
      return;
    }
    await fs.mkdir(dirname(target), { recursive: true });
    const executable = options.isExecutable?.(name) || (mode & 73) !== 0;
    await pipeline(await openEntry(zip, entry), createWriteStream(target, { flags: "wx", mode: executable ? 493 : 420 }));
  }
}
export {
  unpackZip
};
//# sourceMappingURL=unpack-zip-ATG4OGWE.js.map
