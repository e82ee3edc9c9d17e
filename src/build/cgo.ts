// Decides CGO_ENABLED per target. Pure: no I/O.
import { targetId, type BuildTarget } from './targets';

export type CgoMode = 'auto' | '0' | '1';

export interface CgoContext {
  hostOs: string;
  hostArch: string;
  cgoSupported: boolean;
  /** The user pointed CC at a compiler (for cross targets: a cross compiler such as `zig cc -target ...`). */
  ccConfigured: boolean;
}

/**
 * The CGO_ENABLED value to pass, or undefined to leave Go's own default (auto on the native target:
 * on when a C compiler is found). Throws when cgo is demanded where it cannot work.
 */
export function cgoEnabledFor(mode: CgoMode, target: BuildTarget, context: CgoContext): '0' | '1' | undefined {
  const native = target.goos === context.hostOs && target.goarch === context.hostArch;
  if (mode === '0') return '0';
  if (mode === 'auto') return native ? undefined : '0';
  if (!context.cgoSupported) throw new Error(`cgo: 1 is not possible for ${targetId(target)}: Go has no cgo support for it`);
  if (!native && !context.ccConfigured) {
    throw new Error(
      `cgo: 1 for ${targetId(target)} needs a C cross compiler: set CC (and CXX) for this step, e.g. ` +
        `CC="zig cc -target <arch>-<os>", or use cgo: auto to build it without cgo`,
    );
  }
  return '1';
}
