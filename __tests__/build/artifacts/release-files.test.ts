// Archives as release files: the same files and time give the same bytes whatever the files' own
// times, modes, owners and listing order, the folder they sit in, and the machine's time zone; GNU
// tar, unzip and Python read back what was meant (sorted entries, 0755/0644, owner 0, the time).
import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeArchive, type ArchiveEntry } from '../../../src/build/artifacts/release-files';
import type { ArchiveFormat } from '../../../src/build/plan/naming';

const work = mkdtempSync(join(tmpdir(), 'sgg-release-files-'));
after(() => rmSync(work, { recursive: true, force: true }));
const program = randomBytes(200_000);
const time = new Date(Date.UTC(2026, 10, 22, 21, 48, 53));

/** The same three files in a new folder, with their own times and modes and listed in another order. */
function checkout(name: string, fileTime: Date, reversed: boolean): ArchiveEntry[] {
  const dir = join(work, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'hello'), program);
  writeFileSync(join(dir, 'README.md'), '# hello\n');
  writeFileSync(join(dir, 'LICENSE'), 'MIT\n');
  chmodSync(join(dir, 'hello'), reversed ? 0o700 : 0o775);
  chmodSync(join(dir, 'README.md'), reversed ? 0o600 : 0o664);
  for (const file of ['hello', 'README.md', 'LICENSE']) utimesSync(join(dir, file), fileTime, fileTime);
  const entries = [
    { name: 'hello', path: join(dir, 'hello'), executable: true },
    { name: 'README.md', path: join(dir, 'README.md'), executable: false },
    { name: 'LICENSE', path: join(dir, 'LICENSE'), executable: false },
  ];
  return reversed ? entries.reverse() : entries;
}

async function twice(format: ArchiveFormat): Promise<[Buffer, string]> {
  const first = join(work, `first.${format}`);
  const second = join(work, `second.${format}`);
  await writeArchive(format, checkout(`a-${format}`, new Date(), false), time, first);
  await writeArchive(format, checkout(`b-${format}`, new Date(2001, 0, 1), true), time, second);
  const bytes = readFileSync(first);
  assert.ok(bytes.equals(readFileSync(second)), `${format}: two checkouts of the same files give different archives`);
  return [bytes, first];
}

describe('reproducible archives', () => {
  test('tar.gz: same bytes; sorted entries, fixed modes, owner 0, the given time; gzip header with no time, Unix OS byte', async () => {
    const [bytes, path] = await twice('tar.gz');
    assert.equal(bytes.readUInt32LE(4), 0, 'gzip MTIME is zero');
    assert.equal(bytes[9], 3, 'gzip OS is Unix');
    assert.equal(bytes[3], 0, 'gzip FLG: no name, comment or header CRC');
    const listing = execFileSync('tar', ['--numeric-owner', '--full-time', '-tvzf', path], {
      encoding: 'utf8',
      env: { ...process.env, TZ: 'UTC' },
    });
    assert.deepEqual(
      listing
        .trim()
        .split('\n')
        .map((line) => line.split(/\s+/).filter((_, index) => index !== 2)),
      [
        ['-rw-r--r--', '0/0', '2026-11-22', '21:48:53', 'LICENSE'],
        ['-rw-r--r--', '0/0', '2026-11-22', '21:48:53', 'README.md'],
        ['-rwxr-xr-x', '0/0', '2026-11-22', '21:48:53', 'hello'],
      ],
    );
    const out = join(work, 'untar');
    mkdirSync(out);
    execFileSync('tar', ['-xzf', path, '-C', out]);
    assert.ok(readFileSync(join(out, 'hello')).equals(program));
  });

  test('zip: same bytes in any time zone; entries sorted, modes, the time in UTC fields', async () => {
    const [bytes] = await twice('zip');
    // The same archive written by a process in another zone.
    const script = join(work, 'zip-elsewhere.mts');
    const other = join(work, 'elsewhere.zip');
    writeFileSync(
      script,
      `import { writeArchive } from ${JSON.stringify(join(import.meta.dirname, '../../../src/build/artifacts/release-files.ts'))};
const dir = ${JSON.stringify(join(work, 'a-zip'))};
await writeArchive('zip', [
  { name: 'hello', path: dir + '/hello', executable: true },
  { name: 'LICENSE', path: dir + '/LICENSE', executable: false },
  { name: 'README.md', path: dir + '/README.md', executable: false },
], new Date(${time.getTime()}), ${JSON.stringify(other)});`,
    );
    for (const zone of ['Asia/Kathmandu', 'America/St_Johns']) {
      rmSync(other, { force: true });
      execFileSync(process.execPath, ['--import', 'tsx', script], { env: { ...process.env, TZ: zone } });
      assert.ok(readFileSync(other).equals(bytes), `TZ=${zone} gives other bytes`);
    }
    const python = execFileSync(
      'python3',
      [
        '-c',
        'import zipfile,sys\nfor i in zipfile.ZipFile(sys.argv[1]).infolist(): print(i.filename, i.date_time, oct(i.external_attr >> 16))',
        other,
      ],
      { encoding: 'utf8' },
    );
    assert.equal(
      python,
      [
        'LICENSE (2026, 11, 22, 21, 48, 52) 0o100644',
        'README.md (2026, 11, 22, 21, 48, 52) 0o100644',
        'hello (2026, 11, 22, 21, 48, 52) 0o100755',
        '',
      ].join('\n'),
    );
  });
});
