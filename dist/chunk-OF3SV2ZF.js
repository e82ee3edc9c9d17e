import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);

// src/archive/archive-entry.ts
import { posix } from "node:path";
var MAX_PATH_LENGTH = 4096;
var KIND_LABEL = {
  file: "file",
  directory: "folder",
  symlink: "symlink",
  hardlink: "hard link",
  other: "entry"
};
function refuseArchiveEntry(entry, root) {
  const name = entry.name;
  if (name.length > MAX_PATH_LENGTH) return `entry name is longer than ${MAX_PATH_LENGTH} characters: ${name.slice(0, 100)}\u2026`;
  if ((entry.linkTarget?.length ?? 0) > MAX_PATH_LENGTH) return `link target of ${name} is longer than ${MAX_PATH_LENGTH} characters`;
  if (name.includes("\0")) return `entry name contains a NUL byte: ${JSON.stringify(name)}`;
  if (name.includes("\\")) return `entry name contains a backslash: ${name}`;
  if (name.startsWith("/") || /^[A-Za-z]:/.test(name)) return `absolute path in archive: ${name}`;
  if (name.split("/").includes("..")) return `path escapes the archive with '..': ${name}`;
  const normalized = posix.normalize(name);
  if (normalized !== root.replace(/\/$/, "") && !normalized.startsWith(root)) {
    return `entry outside the top folder ${root}: ${name}`;
  }
  switch (entry.kind) {
    case "file":
    case "directory":
      return entry.linkTarget ? `${KIND_LABEL[entry.kind]} ${name} names a link target: ${entry.linkTarget}` : void 0;
    case "symlink": {
      const target = entry.linkTarget ?? "";
      if (target === "" || target.startsWith("/") || /^[A-Za-z]:/.test(target))
        return `symlink ${name} points to an absolute path: ${target}`;
      const resolved = posix.normalize(posix.join(posix.dirname(normalized), target));
      if (resolved === ".." || resolved.startsWith("../") || !isInside(resolved, root)) {
        return `symlink ${name} escapes ${root}: ${target}`;
      }
      return void 0;
    }
    case "hardlink": {
      const target = entry.linkTarget ?? "";
      if (target.startsWith("/") || target.split("/").includes("..") || !isInside(posix.normalize(target), root)) {
        return `hard link ${name} points outside ${root}: ${target}`;
      }
      return void 0;
    }
    default:
      return `entry ${name} is neither a file, a folder nor a link (devices and FIFOs are refused)`;
  }
}
function entryPath(name) {
  return posix.normalize(name).replace(/\/$/, "");
}
function isInside(path, root) {
  return path === root.replace(/\/$/, "") || path.startsWith(root);
}
function pathKey(path) {
  return path.normalize("NFKC").toUpperCase().toLowerCase().normalize("NFKC");
}
var ArchiveEntrySequence = class {
  constructor(root, limits) {
    this.root = root;
    this.limits = limits;
  }
  root;
  limits;
  /** Every entry admitted, by pathKey. */
  admitted = /* @__PURE__ */ new Map();
  /** Every folder an admitted entry lives in or an admitted symlink's target passes through, by pathKey. */
  folders = /* @__PURE__ */ new Set();
  entries = 0;
  unpackedBytes = 0;
  refuse(entry) {
    const reason = refuseArchiveEntry(entry, this.root);
    if (reason) return reason;
    const path = entryPath(entry.name);
    const label = `${KIND_LABEL[entry.kind]} ${path}`;
    if (!Number.isSafeInteger(entry.size) || entry.size < 0) return `${label} has an invalid size (${entry.size})`;
    if (entry.kind !== "file" && entry.size !== 0) return `${label} carries ${entry.size} bytes of data`;
    this.unpackedBytes += entry.size;
    if (this.unpackedBytes > this.limits.maxUnpackedBytes) {
      return `archive unpacks to more than ${this.limits.maxUnpackedBytes} bytes`;
    }
    const key = pathKey(path);
    if (this.admitted.has(key)) return `${path} appears twice in the archive`;
    if (entry.kind !== "directory" && this.folders.has(key)) return `${label} is where earlier entries needed a folder`;
    const newFolders = [];
    for (let parent = posix.dirname(path); parent !== "." && parent !== "/"; parent = posix.dirname(parent)) {
      const parentKey = pathKey(parent);
      const blocker = this.notAFolder(parentKey);
      if (blocker) return `${path} would be written ${blocker}`;
      if (this.folders.has(parentKey)) break;
      newFolders.push(parentKey);
    }
    if (entry.kind === "symlink") {
      const passed = this.foldersOnTheWay(posix.dirname(path), entry.linkTarget ?? "");
      if (typeof passed === "string") return `symlink ${path} points ${passed}`;
      newFolders.push(...passed);
    }
    if (entry.kind === "hardlink") {
      const target = posix.normalize(entry.linkTarget ?? "");
      const linked = this.admitted.get(pathKey(target));
      if (!linked || linked.kind !== "file" && linked.kind !== "hardlink") {
        return `hard link ${path} points to ${target}, which is not a file earlier in the archive`;
      }
      if (linked.path !== target) return `hard link ${path} points to ${target}, but the archive spells that file ${linked.path}`;
    }
    const added = newFolders.filter((folder) => !this.folders.has(folder));
    if (++this.entries + this.folders.size + added.length > this.limits.maxEntries) {
      return `archive has more than ${this.limits.maxEntries} entries and folders`;
    }
    this.admitted.set(key, { kind: entry.kind, path });
    for (const folder of added) this.folders.add(folder);
    return void 0;
  }
  /** Why the path with this key cannot be a folder ("through the symlink go/x"), if an admitted entry says so. */
  notAFolder(key) {
    const existing = this.admitted.get(key);
    if (!existing || existing.kind === "directory") return void 0;
    return `${existing.kind === "symlink" ? "through" : "under"} the ${KIND_LABEL[existing.kind]} ${existing.path}`;
  }
  /**
   * Walks a symlink target the way the kernel will, from the link's folder: every name followed by
   * more of the target must be a folder (never a link of the archive), now and later. Returns those
   * folders' keys, or why the target is refused.
   */
  foldersOnTheWay(linkFolder, target) {
    const walked = linkFolder.split("/");
    const folders = [];
    const names = target.split("/").filter((name) => name !== "" && name !== ".");
    for (const [index, name] of names.entries()) {
      if (name === "..") {
        walked.pop();
        continue;
      }
      walked.push(name);
      if (index === names.length - 1) break;
      const key = pathKey(walked.join("/"));
      const blocker = this.notAFolder(key);
      if (blocker) return blocker;
      folders.push(key);
    }
    return folders;
  }
};

export {
  refuseArchiveEntry,
  entryPath,
  ArchiveEntrySequence
};
//# sourceMappingURL=chunk-OF3SV2ZF.js.map
