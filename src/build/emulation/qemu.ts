// Finds or provisions qemu-user, and proves foreign Linux binaries with it: a smoke run of the
// binary, or `go test` with the test binaries run through the emulator.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as io from '@actions/io';
import { aptInstall } from '../../process/apt';
import { glibcSysroot, qemuProgramNames } from './foreign-targets';
import type { QemuResult } from '../artifacts/summary';
import { runQuiet } from '../../process/run';
import { runGo, verifiedGoRoot } from '../../process/go-binary';

/** How foreign binaries run: through a qemu-user program, or directly when binfmt_misc hands them to QEMU. */
export type Emulator = { kind: 'program'; path: string } | { kind: 'binfmt' };

const SMOKE_TIMEOUT_MS = 2 * 60_000;
const TEST_TIMEOUT_MS = 15 * 60_000;

async function binfmtRegistered(qemuName: string): Promise<boolean> {
  const arch = qemuName.replace(/^qemu-/, '').replace(/-static$/, '');
  try {
    return (await readFile(`/proc/sys/fs/binfmt_misc/qemu-${arch}`, 'utf8')).startsWith('enabled');
  } catch {
    return false;
  }
}

export async function findEmulator(goarch: string): Promise<Emulator | undefined> {
  const names = qemuProgramNames(goarch);
  for (const name of names) {
    const path = await io.which(name, false);
    if (path) return { kind: 'program', path };
  }
  if (names[0] && (await binfmtRegistered(names[0]))) return { kind: 'binfmt' };
  return undefined;
}

/**
 * Installs QEMU when missing: Debian's qemu-user-static through apt (root or passwordless sudo), or
 * docker's binfmt image when a Docker engine runs. Returns what was done, or undefined when neither works.
 */
export async function provisionQemu(log: (line: string) => void): Promise<string | undefined> {
  if (await aptInstall(['qemu-user-static'], log)) return 'installed qemu-user-static with apt-get';
  const { Docker } = await import('@docker/actions-toolkit/lib/docker/docker.js');
  if (await Docker.isDaemonRunning()) {
    log('registering QEMU through binfmt_misc with docker (tonistiigi/binfmt)');
    const result = await runQuiet('docker', ['run', '--privileged', '--rm', 'tonistiigi/binfmt', '--install', 'all']);
    if (result.code === 0) return 'registered QEMU with tonistiigi/binfmt';
    log(`tonistiigi/binfmt failed: ${result.stderr.trim()}`);
  }
  return undefined;
}

/**
 * The glibc sysroot dynamic binaries of `goarch` need under qemu-user (Debian's libc6-<arch>-cross),
 * installed with apt when missing. Undefined when there is none and apt cannot install it.
 */
export async function provisionGlibcSysroot(goarch: string, log: (line: string) => void): Promise<string | undefined> {
  const sysroot = glibcSysroot(goarch);
  if (!sysroot) return undefined;
  const loaderPresent = () => existsSync(join(sysroot.path, 'lib'));
  if (loaderPresent()) return sysroot.path;
  await aptInstall([sysroot.aptPackage], log);
  return loaderPresent() ? sysroot.path : undefined;
}

function commandFor(emulator: Emulator, binary: string, args: string[], sysroot: string | undefined): [string, string[]] {
  if (emulator.kind === 'binfmt') return [binary, args];
  return [emulator.path, [...(sysroot ? ['-L', sysroot] : []), binary, ...args]];
}

function tail(text: string, lines = 5): string {
  return text.trim().split('\n').slice(-lines).join(' / ');
}

/** Runs `binary` under QEMU; a dynamic glibc binary finds its loader and libraries in `sysroot`. */
export async function smokeRun(
  emulator: Emulator,
  binary: string,
  args: string[],
  sysroot?: string,
): Promise<QemuResult & { stdout: string }> {
  const [command, commandArgs] = commandFor(emulator, binary, args, sysroot);
  // binfmt_misc runs QEMU for us: QEMU_LD_PREFIX is how it learns the sysroot then.
  const env = sysroot ? { ...process.env, QEMU_LD_PREFIX: sysroot } : process.env;
  const result = await runQuiet(command, commandArgs, { timeoutMs: SMOKE_TIMEOUT_MS, env });
  if (result.timedOut) return { status: 'failed', detail: `smoke run timed out after ${SMOKE_TIMEOUT_MS / 1000} s`, stdout: result.stdout };
  if (result.code !== 0) {
    return { status: 'failed', detail: `smoke run exited ${result.code}: ${tail(result.stderr || result.stdout)}`, stdout: result.stdout };
  }
  return { status: 'passed', detail: `smoke: ${result.stdout.trim().split('\n')[0] ?? ''}`, stdout: result.stdout };
}

export async function emulatedTest(
  emulator: Emulator,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<QemuResult> {
  const result = await runGo(verifiedGoRoot(), args, { mode: 'build', ...options, timeoutMs: TEST_TIMEOUT_MS });
  if (result.code === 'killed') return { status: 'failed', detail: `go test timed out after ${TEST_TIMEOUT_MS / 60_000} min` };
  if (result.code !== 0) return { status: 'failed', detail: `go test failed: ${tail(result.stdout + result.stderr, 8)}` };
  const passed = result.stdout.split('\n').filter((line) => line.startsWith('ok')).length;
  return { status: 'passed', detail: `go test: ${passed} package(s) ok${emulator.kind === 'binfmt' ? ' (binfmt)' : ''}` };
}
