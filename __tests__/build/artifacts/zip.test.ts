import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yauzl from 'yauzl';
import { createZip } from '../../../src/build/artifacts/zip';

function readWithYauzl(buffer: Buffer): Promise<Map<string, { data: Buffer; mode: number }>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const entries = new Map<string, { data: Buffer; mode: number }>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            entries.set(entry.fileName, { data: Buffer.concat(chunks), mode: (entry.externalFileAttributes >>> 16) & 0o777 });
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

test('zip archives read back byte for byte, with modes and times, in three independent readers', async () => {
  const program = randomBytes(300_000);
  const readme = Buffer.from('héllo\n'.repeat(1000));
  const modified = new Date(Date.UTC(2024, 5, 30, 13, 45, 58));
  const zip = await createZip([
    { name: 'hello.exe', data: program, mode: 0o755, modified },
    { name: 'docs/README.md', data: readme, mode: 0o644, modified },
  ]);

  const entries = await readWithYauzl(zip);
  assert.deepEqual([...entries.keys()], ['hello.exe', 'docs/README.md']);
  assert.ok(entries.get('hello.exe')!.data.equals(program));
  assert.equal(entries.get('hello.exe')!.mode, 0o755);
  assert.ok(entries.get('docs/README.md')!.data.equals(readme));
  assert.equal(entries.get('docs/README.md')!.mode, 0o644);

  const dir = mkdtempSync(join(tmpdir(), 'sgg-zip-'));
  try {
    writeFileSync(join(dir, 'a.zip'), zip);
    assert.match(execFileSync('unzip', ['-t', join(dir, 'a.zip')], { encoding: 'utf8' }), /No errors detected/);
    execFileSync('unzip', ['-q', join(dir, 'a.zip'), '-d', join(dir, 'out')]);
    assert.ok(readFileSync(join(dir, 'out', 'hello.exe')).equals(program));
    assert.equal(statSync(join(dir, 'out', 'hello.exe')).mode & 0o777, 0o755);
    const python = execFileSync(
      'python3',
      [
        '-c',
        `
import zipfile, sys
z = zipfile.ZipFile(sys.argv[1])
assert z.testzip() is None
i = z.getinfo('hello.exe')
print(i.date_time, oct(i.external_attr >> 16), i.create_system)
`,
        join(dir, 'a.zip'),
      ],
      { encoding: 'utf8' },
    );
    assert.equal(python.trim(), '(2024, 6, 30, 13, 45, 58) 0o100755 3');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
