// The headers the unpacker writes for its tars: node-tar and GNU tar must both read back exactly
// the fields that were checked, whatever the names look like.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { lstatSync, mkdtempSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser, type ReadEntry } from 'tar';
import { END_OF_ARCHIVE, tarHeader, tarPadding, type TarHeaderFields } from '../../src/archive/tar-header';

const MTIME = 1_767_225_600;
const longComponent = 'c'.repeat(120);
const splittable = `go/${'deep/'.repeat(25)}file.go`;

interface Entry extends TarHeaderFields {
  data?: string;
}

const entries: Entry[] = [
  { path: 'go/VERSION', type: 'File', mode: 0o644, size: 6, mtime: MTIME, data: 'go1.x\n' },
  { path: 'go/bin/go', type: 'File', mode: 0o755, size: 3, mtime: MTIME + 1, data: 'bin' },
  { path: splittable, type: 'File', mode: 0o600, size: 4, mtime: MTIME, data: 'deep' },
  { path: `go/${longComponent}.txt`, type: 'File', mode: 0o644, size: 5, mtime: MTIME, data: 'long\n' },
  { path: 'go/ünïcode/名前.txt', type: 'File', mode: 0o644, size: 2, mtime: MTIME, data: 'u\n' },
  { path: 'go/empty', type: 'File', mode: 0o644, size: 0, mtime: MTIME, data: '' },
  { path: 'go/link', type: 'SymbolicLink', mode: 0o777, size: 0, mtime: MTIME, linkpath: 'VERSION' },
  { path: 'go/far-link', type: 'SymbolicLink', mode: 0o777, size: 0, mtime: MTIME, linkpath: `${longComponent}.txt` },
  { path: 'go/bin/gofmt', type: 'Link', mode: 0o755, size: 0, mtime: MTIME, linkpath: 'go/bin/go' },
];

/** A whole tar stream written the way the writer pool writes one: headers, data, padding, end. */
function tarStream(list: Entry[]): Buffer {
  const parts: Uint8Array[] = [];
  for (const entry of list) {
    parts.push(...tarHeader(entry));
    const data = Buffer.from(entry.data ?? '');
    parts.push(data, tarPadding(data.length));
  }
  parts.push(END_OF_ARCHIVE);
  return Buffer.concat(parts);
}

describe('tar headers written for checked entries', () => {
  test('node-tar reads back every field and the data', async () => {
    const read: { path: string; type: string; mode?: number; size: number; mtime?: Date; linkpath?: string; data: string }[] = [];
    const parser = new Parser({
      strict: true,
      onReadEntry: (entry: ReadEntry) => {
        const chunks: Buffer[] = [];
        entry.on('data', (chunk: Buffer) => chunks.push(chunk));
        entry.on('end', () =>
          read.push({
            path: entry.path,
            type: entry.type,
            mode: entry.mode,
            size: entry.size,
            mtime: entry.mtime,
            linkpath: entry.linkpath || undefined,
            data: Buffer.concat(chunks).toString(),
          }),
        );
      },
    });
    const errors: Error[] = [];
    parser.on('error', (error: Error) => errors.push(error));
    parser.on('warn', (_code: string, message: string) => errors.push(new Error(message)));
    await new Promise<void>((resolve) => parser.end(tarStream(entries), resolve));
    assert.deepEqual(errors, []);
    assert.deepEqual(
      read,
      entries.map((entry) => ({
        path: entry.path,
        type: entry.type,
        mode: entry.mode,
        size: entry.size,
        mtime: new Date(entry.mtime * 1000),
        linkpath: entry.linkpath,
        data: entry.data ?? '',
      })),
    );
  });

  test('GNU tar extracts the same tree', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sgg-tar-header-'));
    const result = spawnSync('tar', ['-x', '-f', '-', '-C', dir, '--no-same-owner'], { input: tarStream(entries) });
    assert.equal(result.status, 0, result.stderr.toString());
    for (const entry of entries) {
      const path = join(dir, entry.path);
      if (entry.type === 'SymbolicLink') {
        assert.equal(readlinkSync(path), entry.linkpath);
        continue;
      }
      if (entry.type === 'Link') continue;
      assert.equal(readFileSync(path, 'utf8'), entry.data, entry.path);
      const stat = lstatSync(path);
      assert.equal(stat.mtimeMs, entry.mtime * 1000, entry.path);
      assert.equal(stat.mode & 0o777, entry.mode & ~process.umask() & 0o777, entry.path);
    }
    // The hard link is the file it names, not a copy.
    assert.equal(statSync(join(dir, 'go/bin/gofmt')).ino, statSync(join(dir, 'go/bin/go')).ino);
  });

  test('a name that fits ustar needs no pax header; one that does not gets one', () => {
    assert.equal(tarHeader(entries[0]!).length, 1);
    assert.equal(tarHeader(entries[2]!).length, 1, 'a long path split at a slash fits ustar');
    const [pax, body] = tarHeader(entries[3]!);
    assert.equal(String.fromCharCode(pax![156]!), 'x');
    assert.match(Buffer.from(body!).toString(), new RegExp(`^\\d+ path=go/${longComponent}\\.txt\\n`));
    assert.equal(tarHeader(entries[7]!).length, 3, 'a long link target needs pax');
  });

  test('a pax record counts its own length', () => {
    // Names of 986-988 characters put the record at 999-1001 bytes, where its length gains a digit.
    for (const length of [101, 985, 986, 987, 988, 989]) {
      const path = `go/${'x'.repeat(length)}`;
      const body = Buffer.from(tarHeader({ path, type: 'File', mode: 0o644, size: 0, mtime: MTIME })[1]!)
        .toString()
        .replace(/\0+$/, '');
      const declared = Number(body.split(' ')[0]);
      assert.equal(declared, Buffer.byteLength(body), path);
    }
  });

  test('sizes too large for the header are refused', () => {
    assert.throws(() => tarHeader({ path: 'go/huge', type: 'File', mode: 0o644, size: 8 ** 11, mtime: MTIME }), /too large/);
  });
});
