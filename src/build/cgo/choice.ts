// Decides CGO_ENABLED per target and, for cgo builds, which C compiler: the workflow's own
// (`cc` input or CC_FOR_<goos>_<goarch> for the target, then CC), Go's default for the native
// target, else `zig cc` for the target's triple with the libc asked for. Pure: no I/O.
import type { BuildOptions, CgoMode, LibcChoice, PerTarget } from '../plan/options';
import type { BuildPlan } from '../plan/plan';
import { targetId, type BuildTarget } from '../plan/targets';

/** CGO_ENABLED for one target: undefined leaves Go's default. */
export type CgoSetting = '0' | '1' | undefined;

export interface CgoContext {
  hostOs: string;
  hostArch: string;
  cgoSupported: boolean;
}

export type CCompiler =
  /** Go's own choice (the native target): whatever C compiler `go env CC` names. */
  | { kind: 'go-default' }
  | { kind: 'command'; command: string; source: string }
  | { kind: 'zig'; triple: string; libc: 'musl' | 'glibc' | 'none'; linkage: 'static' | 'dynamic' };

export interface CgoPlan {
  /** The CGO_ENABLED value to pass, or undefined to leave Go's own default. */
  cgo: '0' | '1' | undefined;
  compiler: CCompiler | undefined;
}

/**
 * The CGO_ENABLED value to pass, or undefined to leave Go's own default (auto on the native target:
 * on when a C compiler is found). Throws when cgo is demanded where Go cannot do it.
 */
export function cgoEnabledFor(mode: CgoMode, target: BuildTarget, context: CgoContext): CgoSetting {
  const native = target.goos === context.hostOs && target.goarch === context.hostArch;
  if (mode === '0') return '0';
  if (mode === 'auto') return native ? undefined : '0';
  if (!context.cgoSupported) throw new Error(`cgo: 1 is not possible for ${targetId(target)}: Go has no cgo support for it`);
  return '1';
}

// Maps, so a GOARCH never finds a property every object inherits (`constructor`).
const ZIG_LINUX_ARCH = new Map<string, string>(
  Object.entries({
    amd64: 'x86_64',
    arm64: 'aarch64',
    arm: 'arm',
    '386': 'x86',
    riscv64: 'riscv64',
    ppc64le: 'powerpc64le',
    s390x: 's390x',
    loong64: 'loongarch64',
  }),
);
const ZIG_WINDOWS_ARCH = new Map<string, string>(Object.entries({ amd64: 'x86_64', arm64: 'aarch64', '386': 'x86' }));
const ZIG_DARWIN_ARCH = new Map<string, string>(Object.entries({ amd64: 'x86_64', arm64: 'aarch64' }));

/** The `zig cc -target` triple for a target and libc, or undefined when zig cannot build it. */
export function zigTriple(target: BuildTarget, libc: LibcChoice): string | undefined {
  if (target.goos === 'linux') {
    const arch = ZIG_LINUX_ARCH.get(target.goarch);
    if (!arch) return undefined;
    // GOARM=5 is soft float; 6 and 7 (the default) use the hard-float ABI.
    const abiSuffix = target.goarch === 'arm' ? (target.variant === 'v5' ? 'eabi' : 'eabihf') : '';
    if (libc.kind === 'musl') return `${arch}-linux-musl${abiSuffix}`;
    return `${arch}-linux-gnu${abiSuffix}${libc.floor ? `.${libc.floor}` : ''}`;
  }
  const windows = target.goos === 'windows' && ZIG_WINDOWS_ARCH.get(target.goarch);
  if (windows) return `${windows}-windows-gnu`;
  const darwin = target.goos === 'darwin' && ZIG_DARWIN_ARCH.get(target.goarch);
  return darwin ? `${darwin}-macos` : undefined;
}

function forTarget<T>(values: PerTarget<T>, target: BuildTarget): T | undefined {
  return values.byTarget.get(targetId(target)) ?? values.byTarget.get(`${target.goos}/${target.goarch}`) ?? values.all;
}

export interface CompilerInputs {
  cc: PerTarget<string>;
  libc: PerTarget<LibcChoice>;
  /** The step's environment: CC_FOR_<goos>_<goarch> and CC. */
  env: Record<string, string | undefined>;
}

/**
 * The C compiler for a cgo build of `target`, in this order: the `cc` input for it,
 * CC_FOR_<goos>_<goarch>, CC; Go's default for the native target unless `libc` names it; zig.
 */
export function chooseCCompiler(target: BuildTarget, native: boolean, inputs: CompilerInputs): CCompiler {
  const fromInput = forTarget(inputs.cc, target);
  if (fromInput) return { kind: 'command', command: fromInput, source: `input cc (${targetId(target)})` };
  const forVariable = `CC_FOR_${target.goos}_${target.goarch}`;
  if (inputs.env[forVariable]) return { kind: 'command', command: inputs.env[forVariable]!, source: forVariable };
  if (inputs.env.CC) return { kind: 'command', command: inputs.env.CC, source: 'CC' };
  const libc = forTarget(inputs.libc, target);
  if (native && !libc) return { kind: 'go-default' };
  const chosen = libc ?? { kind: 'musl' };
  const triple = zigTriple(target, chosen);
  if (!triple) {
    throw new Error(
      `cgo: 1 for ${targetId(target)}: zig cannot cross-compile C for it; set input cc (${targetId(target)}=<compiler>) or CC_FOR_${target.goos}_${target.goarch}`,
    );
  }
  if (target.goos !== 'linux') return { kind: 'zig', triple, libc: 'none', linkage: 'dynamic' };
  return { kind: 'zig', triple, libc: chosen.kind, linkage: chosen.kind === 'musl' ? 'static' : 'dynamic' };
}

/** Linker flags for a zig build: musl builds link statically through the external linker. */
export function zigLdflags(compiler: CCompiler, userLdflags: string): string {
  if (compiler.kind !== 'zig' || compiler.linkage !== 'static') return userLdflags;
  // Ours first, so that a -linkmode or -extldflags of the user's, later on the line, wins.
  return ['-linkmode external -extldflags -static', userLdflags].filter(Boolean).join(' ');
}

/** A short identity of the C compilers a build may use, for the build cache key. */
/** The inputs that pick a C compiler, as parsed. */
export interface CompilerChoice {
  cgo: CgoMode;
  zigVersion: string;
  cc: PerTarget<string>;
  libc: PerTarget<LibcChoice>;
}

function perTargetText<T>(values: PerTarget<T>, show: (value: T) => string): string {
  const entries = [...values.byTarget].sort(([a], [b]) => a.localeCompare(b)).map(([target, value]) => `${target}=${show(value)}`);
  return [values.all === undefined ? '' : show(values.all), ...entries].join(',');
}

const libcText = (libc: LibcChoice) => (libc.kind === 'musl' ? 'musl' : `glibc${libc.floor ? `.${libc.floor}` : ''}`);

/** What the build cache key must change with when cgo builds use another C compiler; empty without cgo. */
export function cCompilerIdentity(choice: CompilerChoice, env: Record<string, string | undefined>): string {
  if (choice.cgo !== '1') return '';
  const ccFor = Object.keys(env)
    .filter((name) => name.startsWith('CC_FOR_'))
    .sort()
    .map((name) => `${name}=${env[name]}`);
  return [
    `zig=${choice.zigVersion}`,
    `cc=${perTargetText(choice.cc, String)}`,
    `libc=${perTargetText(choice.libc, libcText)}`,
    `CC=${env.CC ?? ''}`,
    ...ccFor,
  ].join('\n');
}

/** CGO_ENABLED per selected target (undefined: go decides); throws when cgo: 1 asks for a target Go has no cgo for. */
export function cgoSettings(options: BuildOptions, plan: BuildPlan, selected: BuildTarget[]): Map<BuildTarget, CgoSetting> {
  const cgoSupported = (target: BuildTarget) => plan.dist.find((d) => d.GOOS === target.goos && d.GOARCH === target.goarch)!.CgoSupported;
  return new Map(
    selected.map((target) => [
      target,
      cgoEnabledFor(options.cgo, target, { hostOs: plan.host.goos, hostArch: plan.host.goarch, cgoSupported: cgoSupported(target) }),
    ]),
  );
}
