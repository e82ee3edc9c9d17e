import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);

// src/install/archive-entry.ts
import { posix } from "node:path";
function refuseArchiveEntry(entry, root) {
  const name = entry.name;
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
      return void 0;
    case "symlink": {
      const target = entry.linkTarget ?? "";
      if (target === "" || target.startsWith("/") || /^[A-Za-z]:/.test(target)) return `symlink ${name} points to an absolute path: ${target}`;
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
function isInside(path, root) {
  return path === root.replace(/\/$/, "") || path.startsWith(root);
}
function pathKey(path) {
  return path.normalize("NFC").toLowerCase();
}
var KIND_LABEL = { file: "file", directory: "folder", symlink: "symlink", hardlink: "hard link", other: "entry" };
var ArchiveEntrySequence = class {
  constructor(root, limits) {
    this.root = root;
    this.limits = limits;
  }
  root;
  limits;
  /** Every entry admitted, by pathKey. */
  admitted = /* @__PURE__ */ new Map();
  /** Every folder an admitted entry lives in, by pathKey. */
  folders = /* @__PURE__ */ new Set();
  entries = 0;
  unpackedBytes = 0;
  refuse(entry) {
    const reason = refuseArchiveEntry(entry, this.root);
    if (reason) return reason;
    const path = posix.normalize(entry.name).replace(/\/$/, "");
    const label = `${KIND_LABEL[entry.kind]} ${path}`;
    if (!Number.isSafeInteger(entry.size) || entry.size < 0) return `${label} has an invalid size (${entry.size})`;
    if (entry.kind !== "file" && entry.size !== 0) return `${label} carries ${entry.size} bytes of data`;
    if (++this.entries > this.limits.maxEntries) return `archive has more than ${this.limits.maxEntries} entries`;
    if ((this.unpackedBytes += entry.size) > this.limits.maxUnpackedBytes) {
      return `archive unpacks to more than ${this.limits.maxUnpackedBytes} bytes`;
    }
    const key = pathKey(path);
    if (this.admitted.has(key)) return `${path} appears twice in the archive`;
    if (entry.kind !== "directory" && this.folders.has(key)) return `${label} is where earlier entries needed a folder`;
    const newFolders = [];
    for (let parent = posix.dirname(path); parent !== "." && parent !== "/"; parent = posix.dirname(parent)) {
      const parentKey = pathKey(parent);
      const ancestor = this.admitted.get(parentKey);
      if (ancestor?.kind === "symlink") return `${path} would be written through the symlink ${ancestor.path}`;
      if (ancestor && ancestor.kind !== "directory") return `${path} would be written under the ${KIND_LABEL[ancestor.kind]} ${ancestor.path}`;
      if (this.folders.has(parentKey)) break;
      newFolders.push(parentKey);
    }
    if (entry.kind === "hardlink") {
      const target = posix.normalize(entry.linkTarget ?? "");
      const targetKind = this.admitted.get(pathKey(target))?.kind;
      if (targetKind !== "file" && targetKind !== "hardlink") {
        return `hard link ${path} points to ${target}, which is not a file earlier in the archive`;
      }
    }
    this.admitted.set(key, { kind: entry.kind, path });
    for (const folder of newFolders) this.folders.add(folder);
    return void 0;
  }
};

export {
  refuseArchiveEntry,
  ArchiveEntrySequence
};
//# sourceMappingURL=chunk-4VKAY442.js.map
