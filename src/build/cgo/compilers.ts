// The C compiler of each cgo target, made ready (zig provisioned once, wrappers written) before any build starts.
import { CompilerSetup, type CompilerEnv } from './zig-wrappers';
import { chooseCCompiler, type CCompiler } from './choice';
import { isNative } from '../emulation/foreign-targets';
import type { BuildOptions } from '../plan/options';
import type { CgoSetting } from './choice';
import type { Reporter } from '../plan/progress';
import { targetId, type BuildTarget } from '../plan/targets';
import type { GoHost } from '../plan/host-go';
import type { Zig } from '../../zig/provision';

export interface PreparedCompiler {
  compiler: CCompiler;
  env: CompilerEnv;
}

export interface PreparedCompilers {
  compilers: Map<BuildTarget, PreparedCompiler>;
  /** The summary line naming the zig in use, when one is. */
  notes: string[];
  /** The zig the cgo targets build with, for the provenance statement. */
  zig?: Zig;
}

export async function prepareCompilers(
  cgo: Map<BuildTarget, CgoSetting>,
  host: GoHost,
  options: BuildOptions,
  reporter: Reporter,
): Promise<PreparedCompilers> {
  const chosen = [...cgo]
    .filter(([, value]) => value === '1')
    .map(
      ([target]) =>
        [
          target,
          chooseCCompiler(target, isNative(target, host.goos, host.goarch), { cc: options.cc, libc: options.libc, env: process.env }),
        ] as const,
    );
  const setup = new CompilerSetup({
    version: options.zigVersion,
    downloadBaseUrl: options.zigDownloadBaseUrl,
    signingKey: options.zigSigningKey,
    log: reporter.info,
  });
  const compilers = new Map<BuildTarget, PreparedCompiler>();
  try {
    for (const [target, compiler] of chosen) compilers.set(target, { compiler, env: await setup.envFor(compiler) });
  } catch (error) {
    const zigTargets = chosen.filter(([, compiler]) => compiler.kind === 'zig').map(([target]) => targetId(target));
    throw new Error(
      `cgo: 1 for ${zigTargets.join(', ')} needs a C cross compiler, and zig could not be provided: ${(error as Error).message}. ` +
        'Put zig on PATH, set zig-version (and zig-download-base-url for a mirror), or name a compiler per target with input cc (linux/arm64=<command>) or CC_FOR_<goos>_<goarch>',
    );
  }
  const zig = await setup.zigInUse();
  if (!zig) return { compilers, notes: [] };
  const how =
    zig.origin === 'path'
      ? 'from PATH, not verified by this action'
      : `${zig.origin === 'downloaded' ? 'downloaded' : 'tool cache'}, verified: ${zig.anchors.join(', ')}`;
  return { compilers, notes: [`C cross compiler: zig ${zig.version} (${how}) at ${zig.path}`], zig };
}
