// The files archives carry beside the program: globs in the file name, sorted, and refusals that
// name the input: a named file that is missing, a link out of the checkout, two files one name.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extraFiles } from '../../../src/build/artifacts/extra-files';

const root = mkdtempSync(join(tmpdir(), 'sgg-extra-files-'));
after(() => rmSync(root, { recursive: true, force: true }));
const workspace = join(root, 'workspace');
const module = join(workspace, 'app');
mkdirSync(join(module, 'docs'), { recursive: true });
mkdirSync(join(module, 'README.d'));
for (const file of ['README.md', 'LICENSE', 'LICENSE-APACHE', 'docs/NOTICE', 'docs/README.md']) writeFileSync(join(module, file), file);
writeFileSync(join(root, 'secret'), 'outside');

test('globs match regular files of their folder only, sorted by archive name; a link inside the checkout counts', async () => {
  symlinkSync('../README.md', join(module, 'docs', 'CHANGES'));
  assert.deepEqual(await extraFiles(['README*', 'LICENSE*', 'docs/NOTICE', 'docs/CHANGES'], module, workspace), [
    { name: 'CHANGES', path: join(module, 'docs', 'CHANGES') },
    { name: 'LICENSE', path: join(module, 'LICENSE') },
    { name: 'LICENSE-APACHE', path: join(module, 'LICENSE-APACHE') },
    { name: 'NOTICE', path: join(module, 'docs', 'NOTICE') },
    { name: 'README.md', path: join(module, 'README.md') },
  ]);
  assert.deepEqual(await extraFiles(['COPYING*'], module, workspace), [], 'a glob that matches nothing is no error');
});

test('refusals name the input and say what to do', async () => {
  await assert.rejects(
    extraFiles(['NOTICE'], module, workspace),
    /^Error: input archive-files: no file .*\/app\/NOTICE; add it or drop "NOTICE" from archive-files$/,
  );
  symlinkSync(join(root, 'secret'), join(module, 'LICENSE-LINK'));
  await assert.rejects(
    extraFiles(['LICENSE-LINK'], module, workspace),
    /input archive-files: .*LICENSE-LINK leads to .*\/secret, outside the working directory/,
  );
  await assert.rejects(
    extraFiles(['README.md', 'docs/README.md'], module, workspace),
    /input archive-files: .*\/app\/README\.md and .*\/app\/docs\/README\.md would both be README\.md in the archives; name only one/,
  );
});
