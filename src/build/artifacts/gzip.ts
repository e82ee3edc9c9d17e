// gzip for release archives with nothing of the machine in its header: zlib already writes no file
// name and a zero modification time; the OS byte, which zlib sets from the platform it was built
// for (3 on Unix, 10 on Windows), is pinned to Unix so every runner writes the same bytes.
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);

/** Byte 9 of the gzip header (RFC 1952): the operating system that wrote it. */
const OS_BYTE = 9;
const OS_UNIX = 3;

export async function gzipPortable(data: Buffer): Promise<Buffer> {
  const compressed = await gzipAsync(data);
  // The header carries no CRC of its own (zlib never sets FHCRC), so the byte can be changed freely.
  compressed[OS_BYTE] = OS_UNIX;
  return compressed;
}
