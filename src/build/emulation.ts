// Which targets need qemu-user and under which program names. Pure: no I/O.
import type { BuildTarget } from './targets';

/** GOARCH -> qemu-user architecture name. */
const QEMU_ARCH: Record<string, string> = {
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
};

export function isNative(target: BuildTarget, hostOs: string, hostArch: string): boolean {
  return target.goos === hostOs && target.goarch === hostArch;
}

/** Linux targets other than the host's: the ones qemu-user can prove. */
export function needsEmulation(target: BuildTarget, hostOs: string, hostArch: string): boolean {
  return target.goos === 'linux' && hostOs === 'linux' && !isNative(target, hostOs, hostArch);
}

/** Program names to probe, the Debian `-static` name first (newer releases drop the suffix). */
export function qemuProgramNames(goarch: string): string[] {
  const arch = QEMU_ARCH[goarch];
  return arch ? [`qemu-${arch}-static`, `qemu-${arch}`] : [];
}

/** Splits `smoke-args` like a shell would for plain words and quotes (no expansion). */
export function splitArguments(text: string): string[] {
  const args: string[] = [];
  const pattern = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    args.push(match[1] ?? match[2] ?? match[3]!);
  }
  return args;
}
