// Maps runner architecture names (the `architecture` input, Node's process.arch) to Go's names.
// Maps, not object literals: a name like `constructor` or `__proto__` must not find an inherited
// property. Pure.

/** Tool-cache architecture names (what actions/setup-go and the runner images use) to GOARCH. */
const GOARCH_BY_ARCH: ReadonlyMap<string, string> = new Map([
  ['x64', 'amd64'],
  ['amd64', 'amd64'],
  ['x86', '386'],
  ['ia32', '386'],
  ['386', '386'],
  ['arm64', 'arm64'],
  ['aarch64', 'arm64'],
  ['arm', 'arm'],
  ['armv6l', 'arm'],
  ['ppc64le', 'ppc64le'],
  ['ppc64', 'ppc64'],
  ['s390x', 's390x'],
  ['riscv64', 'riscv64'],
  ['loong64', 'loong64'],
  ['mips64le', 'mips64le'],
  ['mips64', 'mips64'],
  ['mipsle', 'mipsle'],
  ['mips', 'mips'],
]);

const GOOS_BY_PLATFORM: ReadonlyMap<string, string> = new Map([
  ['linux', 'linux'],
  ['darwin', 'darwin'],
  ['win32', 'windows'],
  ['freebsd', 'freebsd'],
]);

export interface GoPlatform {
  goos: string;
  goarch: string;
  /** Directory name under go/<version>/ in the tool cache. */
  toolCacheArch: string;
}

export function goPlatform(nodePlatform: string, architecture: string): GoPlatform {
  const goos = GOOS_BY_PLATFORM.get(nodePlatform);
  if (!goos) throw new Error(`unsupported runner platform ${nodePlatform}`);
  const goarch = GOARCH_BY_ARCH.get(architecture.toLowerCase());
  if (!goarch) {
    throw new Error(`unknown architecture '${architecture}'; expected one of ${[...GOARCH_BY_ARCH.keys()].join(', ')}`);
  }
  return { goos, goarch, toolCacheArch: architecture.toLowerCase() === 'amd64' ? 'x64' : architecture.toLowerCase() };
}

/** The arch part of go.dev file names: 32-bit ARM is `armv6l` there. */
export function goDevArch(goarch: string): string {
  return goarch === 'arm' ? 'armv6l' : goarch;
}
