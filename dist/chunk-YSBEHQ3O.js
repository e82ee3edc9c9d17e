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

export {
  refuseArchiveEntry
};
//# sourceMappingURL=chunk-YSBEHQ3O.js.map
