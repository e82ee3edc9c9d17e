// Installs Debian packages with apt-get, as root or through passwordless sudo: how the engine gets
// qemu-user and glibc sysroots onto a runner that lacks them.
import * as io from '@actions/io';
import { runQuiet } from './run';

async function canUseApt(): Promise<string[] | undefined> {
  if (!(await io.which('apt-get', false))) return undefined;
  if (process.getuid?.() === 0) return [];
  if ((await io.which('sudo', false)) && (await runQuiet('sudo', ['-n', 'true'])).code === 0) return ['sudo', '-n'];
  return undefined;
}

/** Installs Debian packages with apt-get (root or passwordless sudo); false when apt cannot be used or failed. */
export async function aptInstall(packages: string[], log: (line: string) => void): Promise<boolean> {
  const aptPrefix = await canUseApt();
  if (!aptPrefix) return false;
  const [sudo, ...sudoArgs] = aptPrefix;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args: string[]) => (sudo ? runQuiet(sudo, [...sudoArgs, 'apt-get', ...args], { env }) : runQuiet('apt-get', args, { env }));
  log(`installing ${packages.join(' ')} with apt-get`);
  let install = await apt(['install', '-y', '--no-install-recommends', ...packages]);
  if (install.code !== 0) {
    // The package lists may be missing or stale on a fresh runner: refresh them once.
    await apt(['update']);
    install = await apt(['install', '-y', '--no-install-recommends', ...packages]);
  }
  if (install.code !== 0) log(`apt-get install ${packages.join(' ')} failed: ${install.stderr.trim()}`);
  return install.code === 0;
}
