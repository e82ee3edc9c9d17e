// Whether this runner can run a Go built for another architecture. A Go this runner cannot run
// fails only after it was downloaded and verified (`Syntax error: word unexpected`, the shell
// reading a foreign binary), so the input layer asks first. Reads /proc on Linux: an edge module.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** GOARCH of the runner's own CPU, by Node's process.arch. */
const NATIVE_GOARCH: ReadonlyMap<string, string> = new Map([
  ['x64', 'amd64'],
  ['ia32', '386'],
  ['arm64', 'arm64'],
  ['arm', 'arm'],
  ['ppc64', 'ppc64le'],
  ['s390x', 's390x'],
  ['riscv64', 'riscv64'],
  ['loong64', 'loong64'],
]);

/**
 * What a CPU runs besides its own: x86-64 runs 386 code (not on macOS); arm64 runs amd64 on macOS (Rosetta) and
 * Windows (its x64 emulation), and 32-bit ARM where the CPU keeps AArch32 (not every one does: it
 * is let through rather than refused on a guess).
 */
function runsNatively(runner: { platform: string; arch: string }, goarch: string): boolean {
  const native = NATIVE_GOARCH.get(runner.arch);
  if (native === undefined || native === goarch) return true;
  // macOS dropped 32-bit programs in 10.15.
  if (native === 'amd64') return goarch === '386' && runner.platform !== 'darwin';
  if (native === 'arm64') return goarch === 'arm' || (goarch === 'amd64' && runner.platform !== 'linux');
  return false;
}

/** The binfmt_misc entry names QEMU's handlers register (qemu-user-static, tonistiigi/binfmt). */
const QEMU_NAME: ReadonlyMap<string, string> = new Map([
  ['amd64', 'x86_64'],
  ['386', 'i386'],
  ['arm64', 'aarch64'],
  ['arm', 'arm'],
  ['ppc64le', 'ppc64le'],
  ['ppc64', 'ppc64'],
  ['s390x', 's390x'],
  ['riscv64', 'riscv64'],
  ['loong64', 'loongarch64'],
  ['mips64le', 'mips64el'],
  ['mips64', 'mips64'],
  ['mipsle', 'mipsel'],
  ['mips', 'mips'],
]);

/** The linux kernel's switchboard for foreign binaries; a parameter for tests. */
export const BINFMT_MISC = '/proc/sys/fs/binfmt_misc';

function qemuHandlerEnabled(binfmtDir: string, goarch: string): boolean {
  const name = QEMU_NAME.get(goarch);
  if (name === undefined) return false;
  try {
    return readFileSync(join(binfmtDir, `qemu-${name}`), 'utf8').split('\n')[0] === 'enabled';
  } catch {
    return false;
  }
}

/**
 * Why this runner cannot run a Go for `goos`/`goarch`, in one line that says what to do, or
 * undefined when it can (natively, or through an enabled QEMU binfmt handler on Linux).
 */
export function unrunnableArchitecture(
  runner: { platform: string; arch: string },
  goos: string,
  goarch: string,
  binfmtDir: string = BINFMT_MISC,
): string | undefined {
  if (runsNatively(runner, goarch)) return undefined;
  if (runner.platform === 'linux' && qemuHandlerEnabled(binfmtDir, goarch)) return undefined;
  const native = NATIVE_GOARCH.get(runner.arch) ?? runner.arch;
  const emulation =
    runner.platform === 'linux'
      ? ` and no QEMU handler for it is registered (${join(binfmtDir, `qemu-${QEMU_NAME.get(goarch) ?? goarch}`)})`
      : '';
  return (
    `this ${native} runner cannot run a ${goos}/${goarch} Go${emulation}; ` +
    `to cross-compile, leave input architecture unset and use targets: ${goos}/${goarch}`
  );
}
