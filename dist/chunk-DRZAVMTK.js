import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);

// src/tool-cache/layout.ts
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
function toolCacheRoot() {
  const root = process.env.RUNNER_TOOL_CACHE;
  if (!root) throw new Error("RUNNER_TOOL_CACHE is not set: this must run on a GitHub Actions runner (or the test harness)");
  return root;
}
function slotDir(slot) {
  return join(toolCacheRoot(), slot.tool, slot.versionFolder);
}
function receiptPath(slot) {
  return join(slotDir(slot), `${slot.arch}.setup-go-golden.json`);
}
function completeToolDir(slot) {
  const dir = join(slotDir(slot), slot.arch);
  return existsSync(`${dir}.complete`) ? dir : void 0;
}
function completeVersionFolders(tool, arch) {
  let children;
  try {
    children = readdirSync(join(toolCacheRoot(), tool));
  } catch {
    return [];
  }
  return children.filter((versionFolder) => {
    const dir = completeToolDir({ tool, versionFolder, arch });
    return dir !== void 0 && existsSync(dir);
  });
}
function holdsGo(arch) {
  return completeVersionFolders("go", arch).length > 0;
}

export {
  toolCacheRoot,
  slotDir,
  receiptPath,
  completeToolDir,
  completeVersionFolders,
  holdsGo
};
//# sourceMappingURL=chunk-DRZAVMTK.js.map
