// Reads the few header bytes that say which machine an executable is for: ELF, PE and Mach-O.

export type ExecutableHeader =
  | { format: 'elf'; machine: number; bits: 32 | 64; endian: 'little' | 'big' }
  | { format: 'pe'; machine: number }
  | { format: 'macho'; cpuType: number; bits: 32 | 64 };

export const ELF_MACHINE = { '386': 3, s390x: 22, ppc64: 21, arm: 40, amd64: 62, arm64: 183, riscv64: 243 } as const;
export const PE_MACHINE = { '386': 0x14c, amd64: 0x8664, arm64: 0xaa64 } as const;
const CPU_ARCH_ABI64 = 0x01000000;
export const MACHO_CPU = { amd64: CPU_ARCH_ABI64 | 7, arm64: CPU_ARCH_ABI64 | 12 } as const;

export function readExecutableHeader(bytes: Buffer): ExecutableHeader {
  if (bytes.subarray(0, 4).equals(Buffer.from([0x7f, 0x45, 0x4c, 0x46]))) {
    const bits = bytes[4] === 2 ? 64 : 32;
    const endian = bytes[5] === 2 ? 'big' : 'little';
    const machine = endian === 'big' ? bytes.readUInt16BE(18) : bytes.readUInt16LE(18);
    return { format: 'elf', machine, bits, endian };
  }
  if (bytes.subarray(0, 2).toString('latin1') === 'MZ') {
    const peOffset = bytes.readUInt32LE(0x3c);
    if (bytes.subarray(peOffset, peOffset + 4).toString('latin1') !== 'PE\0\0') throw new Error('MZ file without a PE header');
    return { format: 'pe', machine: bytes.readUInt16LE(peOffset + 4) };
  }
  const magic = bytes.readUInt32LE(0);
  if (magic === 0xfeedfacf || magic === 0xfeedface) {
    return { format: 'macho', cpuType: bytes.readUInt32LE(4), bits: magic === 0xfeedfacf ? 64 : 32 };
  }
  throw new Error(`unknown executable format, first bytes ${bytes.subarray(0, 8).toString('hex')}`);
}
