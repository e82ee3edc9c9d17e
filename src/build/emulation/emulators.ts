// One qemu-user emulator per foreign GOARCH of the run, provisioning QEMU once when any is missing.
import { needsEmulation } from './foreign-targets';
import { findEmulator, provisionQemu, type Emulator } from './qemu';
import type { Reporter } from '../plan/progress';
import type { BuildTarget } from '../plan/targets';
import type { GoHost } from '../plan/host-go';

export interface PreparedEmulators {
  emulators: Map<string, Emulator>;
  /** Summary lines: how QEMU was installed, which architectures have none. */
  notes: string[];
}

export async function prepareEmulators(targets: BuildTarget[], host: GoHost, reporter: Reporter): Promise<PreparedEmulators> {
  const arches = [...new Set(targets.filter((t) => needsEmulation(t, host.goos, host.goarch)).map((t) => t.goarch))];
  const emulators = new Map<string, Emulator>();
  const notes: string[] = [];
  const lookAll = async () => {
    for (const arch of arches) {
      const emulator = emulators.get(arch) ?? (await findEmulator(arch));
      if (emulator) emulators.set(arch, emulator);
    }
  };
  await lookAll();
  if (emulators.size < arches.length) {
    const provisioned = await provisionQemu(reporter.info);
    if (provisioned) notes.push(`QEMU: ${provisioned}`);
    await lookAll();
  }
  const missing = arches.filter((arch) => !emulators.has(arch));
  if (missing.length > 0) {
    const message = `QEMU: no qemu-user for ${missing.join(', ')} and no way to install it (needs root or passwordless sudo with apt-get, or a Docker engine); those binaries were not run`;
    reporter.warning(message);
    notes.push(message);
  }
  return { emulators, notes };
}
