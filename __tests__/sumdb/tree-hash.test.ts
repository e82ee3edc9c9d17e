// hashTree: the h1 of a folder as a zip would name its files, hashed on every core. Checked against
// h1 written here from the definition (sha256sum-style lines, sorted, hashed, base64).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileHasher, FileHashError } from '../../src/sumdb/hash-files';
import { hashTree, type ZipNaming } from '../../src/sumdb/tree-hash';
import { REPO_ROOT } from '../harness/runner';

/** The pool's digests as hex, one per path. */
async function hexDigests(hasher: FileHasher, paths: string[]): Promise<string[]> {
  const digests = await hasher.hash(paths);
  return paths.map((_, index) => digests.toString('hex', index * 32, (index + 1) * 32));
}

const root = mkdtempSync(join(tmpdir(), 'sgg-tree-hash-'));
after(() => rmSync(root, { recursive: true, force: true }));

function h1Of(files: Record<string, Buffer | string>): string {
  const lines = Object.entries(files)
    .map(([name, data]) => ({ key: Buffer.from(name), line: `${createHash('sha256').update(data).digest('hex')}  ${name}\n` }))
    .sort((a, b) => Buffer.compare(a.key, b.key))
    .map((entry) => entry.line)
    .join('');
  return `h1:${createHash('sha256').update(lines).digest('base64')}`;
}

function tree(name: string, files: Record<string, Buffer | string>): string {
  const dir = join(root, name);
  for (const [path, data] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), data);
  }
  return dir;
}

// Files larger than one read, empty files, and enough files that every thread gets some.
const FILES: Record<string, Buffer | string> = {
  'bin/go': Buffer.alloc(4 * 1024 ** 2 + 17, 7),
  'pkg/tool/compile': Buffer.alloc(4 * 1024 ** 2, 3),
  empty: '',
  'src/go.mod': 'module std\n',
  'api/go1.txt': 'left out',
  ...Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`src/pkg${i % 7}/file${i}.go`, `package p${i}\n`.repeat(i)])),
};
// As a toolchain zip names a GOROOT, under a short prefix; written out here from its definition.
const naming: ZipNaming = { prefix: 'm@v1/', leftOut: new Set(['api']), fileName: (name) => (name === 'go.mod' ? '_go.mod' : name) };
const zipName = (path: string) => (path.startsWith('api/') ? undefined : `m@v1/${path.replace(/(^|\/)go\.mod$/u, '$1_go.mod')}`);
const asZip = (files: Record<string, Buffer | string>) =>
  Object.fromEntries(Object.entries(files).flatMap(([path, data]) => (zipName(path) === undefined ? [] : [[zipName(path)!, data]])));

test('h1 of a tree under a name mapping equals h1 written from the definition; left-out files do not count', async () => {
  const dir = tree('good', FILES);
  const hashed = await hashTree(dir, naming);
  assert.equal(hashed.h1, h1Of(asZip(FILES)));
  assert.equal(hashed.files, Object.keys(FILES).length - 1);
  assert.deepEqual(hashed.unexpected, []);
});

test('one changed byte, a deleted file or an added file changes the h1', async () => {
  const expected = h1Of(asZip(FILES));
  const changed = { ...FILES, 'src/pkg3/file10.go': `package p11\n`.repeat(10) };
  assert.notEqual((await hashTree(tree('changed', changed), naming)).h1, expected);
  const { 'src/go.mod': _removed, ...deleted } = FILES;
  assert.notEqual((await hashTree(tree('deleted', deleted), naming)).h1, expected);
  assert.notEqual((await hashTree(tree('added', { ...FILES, extra: 'x' }), naming)).h1, expected);
  // A change in a left-out folder is not seen: the database covers only what the zip holds.
  assert.equal((await hashTree(tree('left-out', { ...FILES, 'api/go1.txt': 'changed' }), naming)).h1, expected);
});

test('links and FIFOs are not followed or read: the tree gets no h1 and they are named', async () => {
  const dir = tree('links', FILES);
  symlinkSync(join(dir, 'bin', 'go'), join(dir, 'bin', 'gofmt'));
  symlinkSync(join(dir, 'src'), join(dir, 'lib'));
  execFileSync('mkfifo', [join(dir, 'pipe')]);
  const hashed = await hashTree(dir, naming);
  assert.equal(hashed.h1, undefined);
  assert.deepEqual([...hashed.unexpected].sort(), ['bin/gofmt', 'lib', 'pipe']);
});

test('an unreadable file fails the hashing, naming the file', async () => {
  const dir = tree('vanished', { a: 'x', b: 'y' });
  await assert.rejects(new FileHasher(2).hash([join(dir, 'a'), join(dir, 'missing')]), (error: Error) => {
    assert.ok(error instanceof FileHashError);
    assert.match(error.message, /cannot hash .*missing: ENOENT/);
    return true;
  });
});

test('digests come back in the order the paths were given, from one thread or several', async () => {
  const dir = tree('order', { a: 'alpha', b: 'beta', c: '' });
  const paths = ['c', 'a', 'b', 'a'].map((name) => join(dir, name));
  const expected = ['', 'alpha', 'beta', 'alpha'].map((text) => createHash('sha256').update(text).digest('hex'));
  assert.deepEqual(await hexDigests(new FileHasher(1), paths), expected);
  assert.deepEqual(await hexDigests(new FileHasher(3), paths), expected);
  assert.deepEqual(await hexDigests(new FileHasher(2), []), []);
});

test('files of every size around the read size hash as one whole stream would', async () => {
  const readBytes = 256 * 1024;
  const sizes = [0, 1, readBytes - 1, readBytes, readBytes + 1, 2 * readBytes, 3 * readBytes + 7];
  const dir = tree(
    'sizes',
    Object.fromEntries(
      sizes.map((size) => [`f${size}`, Buffer.from(Array.from({ length: size }, (_, index) => (index * 31 + size) & 0xff))]),
    ),
  );
  const paths = sizes.map((size) => join(dir, `f${size}`));
  const expected = paths.map((path) => createHash('sha256').update(readFileSync(path)).digest('hex'));
  assert.deepEqual(await hexDigests(new FileHasher(1), paths), expected);
  assert.deepEqual(await hexDigests(new FileHasher(2), paths), expected);
});

test('names past U+FFFF, which the walk cannot put in byte order, still give the h1 of the byte-sorted names', async () => {
  // UTF-16 puts the emoji (a surrogate pair) before U+FF01; UTF-8, and so dirhash, after it.
  const files = { '\u{1F600}.txt': '1', '\u{FF01}.txt': '2', 'dir/\u{1F600}': '3', 'dir/\u{FF01}': '4', 'a.txt': '5' };
  const expected = h1Of(Object.fromEntries(Object.entries(files).map(([path, data]) => [`m@v1/${path}`, data])));
  assert.equal((await hashTree(tree('beyond-bmp', files), naming)).h1, expected);
});

test('between slices, progress hears of the files hashed so far, in order, with their digests', async () => {
  // Two files each too large to hash within one slice on any machine: the slice ends after each.
  const big = Buffer.alloc(48 * 1024 ** 2, 5);
  const dir = tree('progress', { 'a-big': big, 'b-big': Buffer.concat([big, Buffer.from('x')]), c: 'small', d: '' });
  const paths = ['a-big', 'b-big', 'c', 'd'].map((name) => join(dir, name));
  const expected = paths.map((path) => createHash('sha256').update(readFileSync(path)).digest('hex'));
  const heard: { upTo: number; digests: string[] }[] = [];
  const digests = await new FileHasher(1).hash(paths, {
    progress: (known, upTo) => {
      heard.push({
        upTo,
        digests: Array.from({ length: upTo }, (_, index) => Buffer.from(known).toString('hex', index * 32, index * 32 + 32)),
      });
    },
  });
  assert.deepEqual(
    Array.from({ length: paths.length }, (_, index) => digests.toString('hex', index * 32, index * 32 + 32)),
    expected,
  );
  assert.ok(heard.length > 0, 'no progress between slices');
  for (const [index, { upTo, digests: known }] of heard.entries()) {
    assert.ok(upTo > (heard[index - 1]?.upTo ?? 0) && upTo <= paths.length, `upTo ${upTo} after ${heard[index - 1]?.upTo}`);
    assert.deepEqual(known, expected.slice(0, upTo));
  }
});

const THREE_DAYS_AGO = new Date(Date.now() - 3 * 24 * 3600 * 1000);
/** Whether `path` was read since its access time was set three days back. */
const readSinceSetBack = (path: string) => Math.abs(statSync(path).atimeMs - THREE_DAYS_AGO.getTime()) > 1000;

test("hashing leaves the files' access times as they were (a runner image's Go is weeks old)", async () => {
  const dir = tree('access-times', { 'bin/go': Buffer.alloc(300 * 1024, 1), 'src/a.go': 'package a\n', control: 'read the usual way' });
  const paths = ['bin/go', 'src/a.go', 'control'].map((name) => join(dir, name));
  for (const path of paths) utimesSync(path, THREE_DAYS_AGO, statSync(path).mtime);
  // Under relatime a plain read of a file last read three days ago records the access: this test
  // needs a file system that does, or it could not fail.
  readFileSync(join(dir, 'control'));
  assert.ok(readSinceSetBack(join(dir, 'control')), 'this file system does not record access times');
  utimesSync(join(dir, 'control'), THREE_DAYS_AGO, statSync(join(dir, 'control')).mtime);
  await hashTree(dir, naming);
  for (const path of paths) assert.ok(!readSinceSetBack(path), `${path} was read with its access time recorded`);
});

test('a tree the hashing user does not own (no O_NOATIME for it) hashes all the same', async () => {
  // Owned by nobody and hashed by a process without CAP_FOWNER: opening with O_NOATIME fails with EPERM.
  const dir = tree('not-owned', FILES);
  execFileSync('chown', ['-R', '65534:65534', dir]);
  const probe = join(root, 'not-owned-probe.mts');
  writeFileSync(
    probe,
    `import { hashTree } from ${JSON.stringify(new URL('../../src/sumdb/tree-hash.ts', import.meta.url).href)};
const hashed = await hashTree(${JSON.stringify(dir)}, { prefix: 'm@v1/', leftOut: new Set(['api']), fileName: (name: string) => (name === 'go.mod' ? '_go.mod' : name) });
console.log(JSON.stringify({ h1: hashed.h1 }));`,
  );
  const printed = execFileSync('setpriv', ['--bounding-set=-fowner', process.execPath, '--import', 'tsx', probe], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  assert.deepEqual(JSON.parse(printed), { h1: h1Of(asZip(FILES)) });
});
