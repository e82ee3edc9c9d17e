// Which targets need qemu-user and under which program names. Pure: no I/O. Tables are Maps, so a
// name never finds a property every object inherits (`constructor`).
import type { BuildTarget } from '../plan/targets';

/** GOARCH -> qemu-user architecture name. */
const QEMU_ARCH = new Map<string, string>(
  Object.entries({
    amd64: 'x86_64',
    '386': 'i386',
    arm: 'arm',
    arm64: 'aarch64',
    ppc64: 'ppc64',
    ppc64le: 'ppc64le',
    s390x: 's390x',
    riscv64: 'riscv64',
    mips: 'mips',
    mipsle: 'mipsel',
    mips64: 'mips64',
    mips64le: 'mips64el',
    loong64: 'loongarch64',
  }),
);

export function isNative(target: BuildTarget, hostOs: string, hostArch: string): boolean {
  return target.goos === hostOs && target.goarch === hostArch;
}

/** Linux targets other than the host's: the ones qemu-user can prove. */
export function needsEmulation(target: BuildTarget, hostOs: string, hostArch: string): boolean {
  return target.goos === 'linux' && hostOs === 'linux' && !isNative(target, hostOs, hostArch);
}

/** Program names to probe, the Debian `-static` name first (newer releases drop the suffix). */
export function qemuProgramNames(goarch: string): string[] {
  const arch = QEMU_ARCH.get(goarch);
  return arch ? [`qemu-${arch}-static`, `qemu-${arch}`] : [];
}

/** GOARCH -> Debian's cross libc package architecture and the folder it installs (a glibc sysroot for qemu-user). */
const DEBIAN_CROSS_LIBC = new Map<string, [string, string]>(
  Object.entries({
    amd64: ['amd64', 'x86_64-linux-gnu'],
    '386': ['i386', 'i686-linux-gnu'],
    arm64: ['arm64', 'aarch64-linux-gnu'],
    arm: ['armhf', 'arm-linux-gnueabihf'],
    riscv64: ['riscv64', 'riscv64-linux-gnu'],
    ppc64le: ['ppc64el', 'powerpc64le-linux-gnu'],
    s390x: ['s390x', 's390x-linux-gnu'],
  }),
);

/** `libc6-arm64-cross` and `/usr/aarch64-linux-gnu` for arm64: what runs dynamic glibc binaries under qemu-user. */
export function glibcSysroot(goarch: string): { aptPackage: string; path: string } | undefined {
  const entry = DEBIAN_CROSS_LIBC.get(goarch);
  return entry && { aptPackage: `libc6-${entry[0]}-cross`, path: `/usr/${entry[1]}` };
}
