// What an executable says about how it was linked: ELF program headers (PT_INTERP and its path)
// and notes, and the `build CGO_ENABLED=` line of Go's build info. Pure: no I/O.
import { buildSetting, type GoBuildInfo } from './build-info';

export type Linkage = 'static' | 'dynamic';
export type Libc = 'musl' | 'glibc' | 'none' | 'system';

export interface BinaryFacts {
  /** Undefined for non-ELF executables (PE, Mach-O always load system libraries). */
  linkage: Linkage | undefined;
  /** The PT_INTERP path of a dynamic ELF executable. */
  interpreter: string | undefined;
  libc: Libc;
  /** From the build info; undefined when the binary carries none. */
  cgo: boolean | undefined;
}

const PT_INTERP = 3;
const PT_NOTE = 4;
const NT_GNU_ABI_TAG = 1;

interface ElfLayout {
  interpreter: string | undefined;
  /** glibc's start files carry an NT_GNU_ABI_TAG note; musl's and Go's own linker's do not. */
  gnuAbiTag: boolean;
  /**
   * A C compiler or linker named itself in `.comment` (gcc, clang, lld): C objects were linked in.
   * Go's own linker writes no `.comment`, and it is what links a program that uses no cgo package
   * even when CGO_ENABLED=1: such a static binary holds no C library.
   */
  cToolchainComment: boolean;
}

function readElf(bytes: Buffer): ElfLayout | undefined {
  if (bytes.length < 52 || bytes.readUInt32BE(0) !== 0x7f454c46) return undefined;
  const is64 = bytes[4] === 2;
  const big = bytes[5] === 2;
  const u16 = (at: number) => (big ? bytes.readUInt16BE(at) : bytes.readUInt16LE(at));
  const u32 = (at: number) => (big ? bytes.readUInt32BE(at) : bytes.readUInt32LE(at));
  const word = (at: number) => (is64 ? Number(big ? bytes.readBigUInt64BE(at) : bytes.readBigUInt64LE(at)) : u32(at));
  const phoff = word(is64 ? 0x20 : 0x1c);
  const phentsize = u16(is64 ? 0x36 : 0x2a);
  const phnum = u16(is64 ? 0x38 : 0x2c);
  let interpreter: string | undefined;
  let gnuAbiTag = false;
  for (let index = 0; index < phnum; index++) {
    const header = phoff + index * phentsize;
    if (header + phentsize > bytes.length) break;
    const type = u32(header);
    const offset = word(header + (is64 ? 8 : 4));
    const size = word(header + (is64 ? 32 : 16));
    if (offset + size > bytes.length) continue;
    if (type === PT_INTERP) interpreter = bytes.toString('latin1', offset, offset + size).replace(/\0+$/, '');
    if (type === PT_NOTE) {
      for (let at = offset; at + 12 <= offset + size; ) {
        const nameSize = u32(at);
        const descSize = u32(at + 4);
        const noteType = u32(at + 8);
        const name = bytes.toString('latin1', at + 12, at + 12 + nameSize).replace(/\0+$/, '');
        if (name === 'GNU' && noteType === NT_GNU_ABI_TAG) gnuAbiTag = true;
        at += 12 + Math.ceil(nameSize / 4) * 4 + Math.ceil(descSize / 4) * 4;
      }
    }
  }
  return { interpreter, gnuAbiTag, cToolchainComment: hasCToolchainComment(bytes, is64, u16, u32, word) };
}

function hasCToolchainComment(
  bytes: Buffer,
  is64: boolean,
  u16: (at: number) => number,
  u32: (at: number) => number,
  word: (at: number) => number,
): boolean {
  const shoff = word(is64 ? 0x28 : 0x20);
  const shentsize = u16(is64 ? 0x3a : 0x2e);
  const shnum = u16(is64 ? 0x3c : 0x30);
  const shstrndx = u16(is64 ? 0x3e : 0x32);
  const section = (index: number) => {
    const header = shoff + index * shentsize;
    if (shoff === 0 || header + shentsize > bytes.length) return undefined;
    const offset = word(header + (is64 ? 0x18 : 0x10));
    const size = word(header + (is64 ? 0x20 : 0x14));
    return { name: u32(header), offset, size: offset + size <= bytes.length ? size : 0 };
  };
  const names = section(shstrndx);
  if (!names) return false;
  for (let index = 0; index < shnum; index++) {
    const entry = section(index);
    if (!entry) return false;
    const nameStart = names.offset + entry.name;
    const name = bytes.toString('latin1', nameStart, bytes.indexOf(0, nameStart));
    if (name !== '.comment') continue;
    return /GCC: |clang version|Linker: LLD/.test(bytes.toString('latin1', entry.offset, entry.offset + entry.size));
  }
  return false;
}

/** `true`/`false` from the `build CGO_ENABLED=` line of `go version -m`, undefined when absent. */
export function cgoFromBuildInfo(info: GoBuildInfo): boolean | undefined {
  const value = buildSetting(info, 'CGO_ENABLED');
  return value === undefined ? undefined : value === '1';
}

/** Linkage and libc of `bytes` (the whole executable), given what its build info says about cgo. */
export function binaryFacts(bytes: Buffer, cgo: boolean | undefined): BinaryFacts {
  const elf = readElf(bytes);
  if (!elf) return { linkage: undefined, interpreter: undefined, libc: cgo ? 'system' : 'none', cgo };
  if (elf.interpreter) {
    const libc: Libc = /ld-musl/.test(elf.interpreter) ? 'musl' : 'glibc';
    return { linkage: 'dynamic', interpreter: elf.interpreter, libc, cgo };
  }
  // A static binary: the C library, if any, is inside it; only cgo with C objects links one in.
  const libc: Libc = !cgo ? 'none' : elf.gnuAbiTag ? 'glibc' : elf.cToolchainComment ? 'musl' : 'none';
  return { linkage: 'static', interpreter: undefined, libc, cgo };
}
