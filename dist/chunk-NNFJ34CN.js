import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);

// src/shared/repo-file.ts
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from "node:fs";
import { basename, dirname, isAbsolute, join, posix, relative, resolve, sep } from "node:path";
var ReadBudget = class _ReadBudget {
  constructor(maxFiles, maxBytes, of = "in all", counter) {
    this.maxFiles = maxFiles;
    this.maxBytes = maxBytes;
    this.of = of;
    this.counter = counter;
  }
  maxFiles;
  maxBytes;
  of;
  counter;
  files = 0;
  bytes = 0;
  /** A budget of `maxBytes` of its own for some kind of file, whose files count against this one's. */
  sharingFiles(maxBytes, of) {
    return new _ReadBudget(this.maxFiles, maxBytes, of, this.counter ?? this);
  }
  /** Why one more file of `size` bytes cannot be read; undefined when it can (and is then counted). */
  take(size) {
    const counter = this.counter ?? this;
    if (counter.files >= counter.maxFiles) return `the check reads at most ${counter.maxFiles} files`;
    if (this.bytes + size > this.maxBytes) return `the check reads at most ${formatBytes(this.maxBytes)} ${this.of}`;
    counter.files++;
    if (counter !== this) this.files++;
    this.bytes += size;
    return void 0;
  }
};
function formatBytes(bytes) {
  if (bytes >= 1 << 20 && bytes % (1 << 20) === 0) return `${bytes / (1 << 20)} MiB`;
  if (bytes >= 1 << 10 && bytes % (1 << 10) === 0) return `${bytes / (1 << 10)} KiB`;
  return `${bytes} bytes`;
}
var OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);
function repoPath(path) {
  if (path === "" || isAbsolute(path) || /^[A-Za-z]:/.test(path)) return void 0;
  const normal = posix.normalize(path.replace(/\\/g, "/"));
  if (normal === ".." || normal.startsWith("../") || normal.startsWith("/")) return void 0;
  return normal === "." ? void 0 : normal.replace(/\/+$/, "");
}
function notADirectoryBelow(root, path) {
  const inside = repoPath(path);
  if (inside === void 0) return void 0;
  let at = "";
  for (const part of inside.split("/")) {
    at = at === "" ? part : `${at}/${part}`;
    const stats = lstatOrUndefined(join(root, at));
    if (!stats) return void 0;
    if (stats.isSymbolicLink()) return { at, what: "a symbolic link to a directory", link: true };
    if (!stats.isDirectory()) return { at, what: notRegular(stats) ?? "a file", link: false };
  }
  return void 0;
}
function readRepoFile(root, path, options) {
  const read = readRepoBytes(root, path, options);
  return read.kind === "bytes" ? { kind: "text", text: read.bytes.toString("utf8") } : read;
}
function readRepoBytes(root, path, options) {
  const inside = repoPath(path);
  if (inside === void 0) return { kind: "missing" };
  if (!options.parentsChecked) {
    const parent = posix.dirname(inside);
    const blocked = parent === "." ? void 0 : notADirectoryBelow(root, parent);
    if (blocked) return blocked.link ? { kind: "not-followed", at: blocked.at, what: blocked.what } : { kind: "missing" };
  }
  const full = join(root, inside);
  const stats = lstatOrUndefined(full);
  if (!stats) return { kind: "missing" };
  const refused = notRegular(stats);
  if (refused) return { kind: "not-followed", at: inside, what: refused };
  if (stats.size > options.maxBytes) return { kind: "too-large", limit: options.maxBytes };
  const spent = options.budget?.take(stats.size);
  if (spent) return { kind: "over-budget", reason: spent };
  let fd;
  try {
    fd = openSync(full, OPEN_FLAGS);
  } catch (error) {
    const code = error.code;
    if (code === "ELOOP" || code === "EMLINK") return { kind: "not-followed", at: inside, what: "a symbolic link" };
    if (code === "ENOENT" || code === "ENOTDIR") return { kind: "missing" };
    throw error;
  }
  try {
    const opened = fstatSync(fd);
    const swapped = notRegular(opened) ?? (opened.ino !== stats.ino || opened.dev !== stats.dev ? "a file replaced while read" : void 0);
    if (swapped) return { kind: "not-followed", at: inside, what: swapped };
    const bytes = readUpTo(fd, options.maxBytes + 1);
    if (bytes.length > options.maxBytes) return { kind: "too-large", limit: options.maxBytes };
    return { kind: "bytes", bytes };
  } finally {
    closeSync(fd);
  }
}
function lstatOrUndefined(path) {
  try {
    return lstatSync(path);
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT" || code === "ENOTDIR" || code === "ENAMETOOLONG") return void 0;
    throw error;
  }
}
function notRegular(stats) {
  if (stats.isFile()) return void 0;
  if (stats.isSymbolicLink()) return "a symbolic link";
  if (stats.isDirectory()) return "a directory";
  if (stats.isFIFO()) return "a named pipe";
  if (stats.isSocket()) return "a socket";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  return "not a regular file";
}
var scratch = Buffer.allocUnsafe(64 * 1024);
function readUpTo(fd, limit) {
  const chunks = [];
  let total = 0;
  while (total < limit) {
    const read = readSync(fd, scratch, 0, Math.min(scratch.length, limit - total), null);
    if (read === 0) break;
    chunks.push(Buffer.from(scratch.subarray(0, read)));
    total += read;
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}
function describeRefusal(path, read) {
  switch (read.kind) {
    case "not-followed":
      return read.at === path ? `${path} is ${read.what}; not followed, nothing in it was read` : `${read.at} is ${read.what}; not followed, so ${path} was not read`;
    case "too-large":
      return `${path} is larger than ${formatBytes(read.limit)}; not read`;
    case "over-budget":
      return `${path} was not read: ${read.reason}`;
  }
}
function readNamedFile(workspace, path, options) {
  const inCheckout = relative(resolve(workspace), resolve(path));
  if (inCheckout !== "" && !inCheckout.startsWith("..") && !isAbsolute(inCheckout)) {
    const name = inCheckout.split(sep).join("/");
    return { read: readRepoBytes(resolve(workspace), name, options), name };
  }
  const read = readRepoBytes(dirname(path), basename(path), options);
  return { read: read.kind === "not-followed" ? { ...read, at: path } : read, name: path };
}

export {
  ReadBudget,
  notADirectoryBelow,
  readRepoFile,
  describeRefusal,
  readNamedFile
};
//# sourceMappingURL=chunk-NNFJ34CN.js.map
