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
var ArchiveEntrySequence = class {
  constructor(root, limits) {
    this.root = root;
    this.limits = limits;
  }
  root;
  limits;
  symlinks = /* @__PURE__ */ new Set();
  seen = /* @__PURE__ */ new Set();
  entries = 0;
  unpackedBytes = 0;
  refuse(entry) {
    const reason = refuseArchiveEntry(entry, this.root);
    if (reason) return reason;
    const path = posix.normalize(entry.name).replace(/\/$/, "");
    if (++this.entries > this.limits.maxEntries) return `archive has more than ${this.limits.maxEntries} entries`;
    if ((this.unpackedBytes += entry.size) > this.limits.maxUnpackedBytes) {
      return `archive unpacks to more than ${this.limits.maxUnpackedBytes} bytes`;
    }
    if (this.seen.has(path)) return `${path} appears twice in the archive`;
    for (let parent = posix.dirname(path); this.symlinks.size > 0 && parent !== "." && parent !== "/"; parent = posix.dirname(parent)) {
      if (this.symlinks.has(parent)) return `${entry.name} would be written through the symlink ${parent}`;
    }
    if (entry.kind === "hardlink") {
      const target = posix.normalize(entry.linkTarget ?? "");
      if (!this.seen.has(target)) return `hard link ${entry.name} points to ${target}, which is not earlier in the archive`;
    }
    this.seen.add(path);
    if (entry.kind === "symlink") this.symlinks.add(path);
    return void 0;
  }
};

export {
  refuseArchiveEntry,
  ArchiveEntrySequence
};
//# sourceMappingURL=chunk-5V3MN4VG.js.map
