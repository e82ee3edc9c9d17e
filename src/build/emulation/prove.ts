// Proves one built target under QEMU: a smoke run of the binary, `go test` with the test binaries
// run emulated, or both, as the qemu input asks.
import type { BinaryFacts } from '../artifacts/binary-facts';
import { isNative, needsEmulation } from './foreign-targets';
import { goTestArgs, type GoBuildFlags } from '../plan/go-arguments';
import type { QemuMode } from '../plan/options';
import { emulatedTest, provisionGlibcSysroot, smokeRun, type Emulator } from './qemu';
import type { QemuResult } from '../artifacts/summary';
import type { BuildTarget } from '../plan/targets';
import type { GoHost } from '../plan/host-go';

export interface ProofContext {
  qemu: QemuMode;
  smokeArgs: string[];
  host: GoHost;
  emulators: Map<string, Emulator>;
  workingDirectory: string;
  /** The glibc sysroot of a GOARCH, provisioned at most once per run (see glibcSysroots). */
  sysroot: (goarch: string) => Promise<string | undefined>;
}

export interface ProofRequest {
  target: BuildTarget;
  binary: string;
  facts: BinaryFacts;
  /** The environment `go test` runs with. */
  env: NodeJS.ProcessEnv;
  flags: GoBuildFlags;
}

/** A sysroot lookup that provisions each GOARCH's sysroot once, however many targets ask. */
export function glibcSysroots(log: (line: string) => void): (goarch: string) => Promise<string | undefined> {
  const sysroots = new Map<string, Promise<string | undefined>>();
  return (goarch) => {
    if (!sysroots.has(goarch)) sysroots.set(goarch, provisionGlibcSysroot(goarch, log));
    return sysroots.get(goarch)!;
  };
}

export async function proveTarget(context: ProofContext, request: ProofRequest): Promise<QemuResult> {
  const { target, binary, facts, env } = request;
  const { host } = context;
  if (context.qemu === 'off') return { status: 'not run', detail: '' };
  if (isNative(target, host.goos, host.goarch)) return { status: 'native', detail: '' };
  if (!needsEmulation(target, host.goos, host.goarch)) return { status: 'not run', detail: `not Linux` };
  const emulator = context.emulators.get(target.goarch);
  if (!emulator) return { status: 'skipped', detail: 'no qemu-user' };
  // Only a binary that will run emulated and loads glibc needs a sysroot (an apt install): asked for no sooner.
  const needsSysroot = facts.linkage === 'dynamic' && facts.libc === 'glibc';
  const sysroot = needsSysroot ? await context.sysroot(target.goarch) : undefined;
  if (needsSysroot && !sysroot)
    return { status: 'skipped', detail: `dynamic glibc binary and no glibc sysroot for ${target.goarch} (apt-get cannot install it here)` };
  const runSmoke = context.qemu === 'smoke' || context.smokeArgs.length > 0;
  const smoke = runSmoke ? await smokeRun(emulator, binary, context.smokeArgs, sysroot) : undefined;
  if (context.qemu === 'smoke' || smoke?.status === 'failed') return smoke!;
  const test = await emulatedTest(emulator, goTestArgs(emulator.kind === 'program' ? emulator.path : undefined, request.flags), {
    cwd: context.workingDirectory,
    env: sysroot ? { ...env, QEMU_LD_PREFIX: sysroot } : env,
  });
  return smoke && test.status === 'passed' ? { status: 'passed', detail: `${smoke.detail}; ${test.detail}` } : test;
}
