// Where things sit in the runner tool cache, as actions/setup-go and the runner images lay it out:
// <RUNNER_TOOL_CACHE>/<tool>/<version folder>/<arch>/, a <arch>.complete marker beside it, and our
// receipt as <arch>.setup-go-golden.json. Names and listings only: it loads before the step's code
// does (see main.ts), so it imports nothing but node:fs and node:path.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function toolCacheRoot(): string {
  const root = process.env.RUNNER_TOOL_CACHE;
  if (!root) throw new Error('RUNNER_TOOL_CACHE is not set: this must run on a GitHub Actions runner (or the test harness)');
  return root;
}

/** One version of one tool in the tool cache: `<tool cache>/<tool>/<version folder>/<arch>`. */
export interface ToolCacheSlot {
  tool: string;
  /** The version as a folder name (semver for Go, as actions/setup-go writes it). */
  versionFolder: string;
  arch: string;
}

export function slotDir(slot: ToolCacheSlot): string {
  return join(toolCacheRoot(), slot.tool, slot.versionFolder);
}

export function receiptPath(slot: ToolCacheSlot): string {
  return join(slotDir(slot), `${slot.arch}.setup-go-golden.json`);
}

/** The slot's folder when it is complete (its marker written after the promotion), else undefined. */
export function completeToolDir(slot: ToolCacheSlot): string | undefined {
  const dir = join(slotDir(slot), slot.arch);
  return existsSync(`${dir}.complete`) ? dir : undefined;
}

/**
 * The version folders of `tool` whose `arch` entry is there and complete; none without a tool
 * cache. Listed here, not with @actions/tool-cache: its lister loads node-semver into every run
 * just to read folder names we parse ourselves.
 */
export function completeVersionFolders(tool: string, arch: string): string[] {
  let children: string[];
  try {
    children = readdirSync(join(toolCacheRoot(), tool));
  } catch {
    return [];
  }
  return children.filter((versionFolder) => {
    const dir = completeToolDir({ tool, versionFolder, arch });
    return dir !== undefined && existsSync(dir);
  });
}

/**
 * True when the tool cache holds a complete Go for `arch`: a step that picks it hashes it before
 * anything runs it, receipt or not. A hint only, read before the inputs are: the step may pick
 * another Go, or none of these.
 */
export function holdsGo(arch: string): boolean {
  return completeVersionFolders('go', arch).length > 0;
}
