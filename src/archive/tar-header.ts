// POSIX ustar headers for entries that have already been checked, written from their checked
// fields alone (plus a pax header for names that do not fit). No I/O. Ours rather than node-tar's
// Header because it runs once per entry on the unpacking path, some 16,000 times per Go archive,
// and node-tar's general-purpose Header is several times slower at it.

export interface TarHeaderFields {
  path: string;
  type: 'File' | 'SymbolicLink' | 'Link';
  mode: number;
  size: number;
  /** Seconds since the epoch. */
  mtime: number;
  linkpath?: string;
}

const BLOCK = 512;
/** Two zero blocks end a tar archive. */
export const END_OF_ARCHIVE = new Uint8Array(2 * BLOCK);
const ZEROS = new Uint8Array(BLOCK);
const TYPE_FLAG: Record<TarHeaderFields['type'], string> = { File: '0', Link: '1', SymbolicLink: '2' };
/** Largest value of an 11-digit octal field (size, mtime). */
const MAX_OCTAL_11 = 8 ** 11 - 1;
const encoder = new TextEncoder();

/** Writes `value` as zero-padded octal digits followed by a NUL, as ustar numeric fields are. */
function writeOctal(block: Uint8Array, offset: number, width: number, value: number): void {
  let remaining = Math.max(0, Math.trunc(value));
  for (let index = offset + width - 2; index >= offset; index--) {
    block[index] = 0x30 + (remaining % 8);
    remaining = Math.floor(remaining / 8);
  }
}

function writeAscii(block: Uint8Array, offset: number, text: string): void {
  for (let index = 0; index < text.length; index++) block[offset + index] = text.charCodeAt(index);
}

/** UTF-8 bytes of `text`, without a trip through the encoder for the usual all-ASCII name. */
function utf8(text: string): Uint8Array {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the test is for bytes outside ASCII
  if (!/[^\x00-\x7f]/.test(text)) {
    const bytes = new Uint8Array(text.length);
    writeAscii(bytes, 0, text);
    return bytes;
  }
  return encoder.encode(text);
}

/** Splits `name` into ustar's prefix (155 bytes) and name (100 bytes) at a slash, when it can be. */
function splitName(name: Uint8Array): { prefix: Uint8Array; name: Uint8Array } | undefined {
  if (name.length <= 100) return { prefix: new Uint8Array(0), name };
  for (let slash = Math.min(155, name.length - 2); slash > 0; slash--) {
    if (name[slash] === 0x2f && name.length - slash - 1 <= 100) return { prefix: name.subarray(0, slash), name: name.subarray(slash + 1) };
  }
  return undefined;
}

/** Header blocks are cut from shared zeroed slabs: one allocation per 128 headers, not one each. */
const SLAB_BYTES = 128 * BLOCK;
let slab = new Uint8Array(0);
let slabUsed = 0;

function zeroedBlock(): Uint8Array {
  if (slabUsed === slab.length) {
    slab = new Uint8Array(SLAB_BYTES);
    slabUsed = 0;
  }
  slabUsed += BLOCK;
  return slab.subarray(slabUsed - BLOCK, slabUsed);
}

function sum(block: Uint8Array, start: number, end: number): number {
  let total = 0;
  for (let index = start; index < end; index++) total += block[index]!;
  return total;
}

interface UstarFields {
  name: Uint8Array;
  prefix: Uint8Array;
  linkname: Uint8Array;
  typeFlag: string;
  mode: number;
  size: number;
  mtime: number;
}

function ustarBlock(fields: UstarFields): Uint8Array {
  const block = zeroedBlock();
  block.set(fields.name, 0);
  writeOctal(block, 100, 8, fields.mode & 0o7777);
  writeOctal(block, 108, 8, 0);
  writeOctal(block, 116, 8, 0);
  writeOctal(block, 124, 12, fields.size);
  writeOctal(block, 136, 12, Math.min(fields.mtime, MAX_OCTAL_11));
  block[156] = fields.typeFlag.charCodeAt(0);
  block.set(fields.linkname, 157);
  writeAscii(block, 257, 'ustar\u000000');
  block.set(fields.prefix, 345);
  // The checksum is taken with its own field read as eight spaces; only the bytes written above
  // can be other than zero.
  const checksum =
    8 * 0x20 +
    sum(block, 0, fields.name.length) +
    sum(block, 100, 148) +
    sum(block, 156, 157 + fields.linkname.length) +
    sum(block, 257, 265) +
    sum(block, 345, 345 + fields.prefix.length);
  writeOctal(block, 148, 7, checksum);
  block[155] = 0x20;
  return block;
}

/** A pax record: its length counts its own digits. */
function paxRecord(key: string, value: string): string {
  const rest = ` ${key}=${value}\n`;
  const restBytes = encoder.encode(rest).length;
  let length = restBytes + 1;
  while (String(length).length + restBytes > length) length++;
  return `${length}${rest}`;
}

/** The header blocks for one entry: a ustar block, preceded by a pax header when its names do not fit. */
export function tarHeader(fields: TarHeaderFields): Uint8Array[] {
  if (fields.size > MAX_OCTAL_11) throw new Error(`${fields.path} is too large for a tar header (${fields.size} bytes)`);
  const path = utf8(fields.path);
  const linkpath = utf8(fields.type === 'File' ? '' : (fields.linkpath ?? ''));
  const split = splitName(path);
  const typeFlag = TYPE_FLAG[fields.type];
  const { mode, size, mtime } = fields;
  // Built field by field: object spread here would cost more than all the rest of the header.
  if (split && linkpath.length <= 100)
    return [ustarBlock({ name: split.name, prefix: split.prefix, linkname: linkpath, typeFlag, mode, size, mtime })];
  const records = paxRecord('path', fields.path) + (linkpath.length > 0 ? paxRecord('linkpath', fields.linkpath!) : '');
  const body = encoder.encode(records);
  const paxBlock = ustarBlock({
    name: utf8('PaxHeader'),
    prefix: new Uint8Array(0),
    linkname: new Uint8Array(0),
    typeFlag: 'x',
    mode: 0o644,
    size: body.length,
    mtime: fields.mtime,
  });
  const paddedBody = new Uint8Array(Math.ceil(body.length / BLOCK) * BLOCK);
  paddedBody.set(body);
  // The ustar fields still carry what fits; the pax records override them.
  return [
    paxBlock,
    paddedBody,
    ustarBlock({
      name: path.subarray(Math.max(0, path.length - 100)),
      prefix: new Uint8Array(0),
      linkname: linkpath.subarray(0, 100),
      typeFlag,
      mode,
      size,
      mtime,
    }),
  ];
}

/** The zeros that follow `size` bytes of entry data up to the next block. */
export function tarPadding(size: number): Uint8Array {
  return ZEROS.subarray(0, (BLOCK - (size % BLOCK)) % BLOCK);
}
