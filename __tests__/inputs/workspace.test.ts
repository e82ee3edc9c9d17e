// Where path inputs may point: inside the workspace they are judged without following links, so a
// link a checkout carries (`dist -> /elsewhere`) is refused naming the input and the path.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type OutsidePath, regularFileInWorkspace, writableDirectory } from '../../src/inputs/workspace';

describe('writableDirectory', () => {
  const root = mkdtempSync(join(tmpdir(), 'sgg-writable-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  const workspace = join(root, 'workspace');
  const elsewhere = join(root, 'elsewhere');
  mkdirSync(join(workspace, 'app', 'real'), { recursive: true });
  mkdirSync(elsewhere);
  symlinkSync(elsewhere, join(workspace, 'app', 'dist'));
  symlinkSync(elsewhere, join(workspace, 'linked-app'));
  writeFileSync(join(workspace, 'app', 'file'), '');

  const place = (value: string, base = join(workspace, 'app')) => {
    const outside: OutsidePath[] = [];
    return { path: writableDirectory('output-dir', value, { base, workspace, outside }), outside };
  };

  test('a missing folder, or one below real folders, is accepted where it is', () => {
    assert.deepEqual(place('out/bin'), { path: join(workspace, 'app', 'out', 'bin'), outside: [] });
    assert.deepEqual(place('real/bin'), { path: join(workspace, 'app', 'real', 'bin'), outside: [] });
  });

  test('a link as the folder, in a parent, or as the working directory is refused, naming the input and the link', () => {
    assert.throws(
      () => place('dist'),
      (error: Error) => {
        assert.match(error.message, /^input output-dir: "dist": .* is a symbolic link/);
        assert.ok(error.message.includes(join(workspace, 'app', 'dist')));
        return true;
      },
    );
    assert.throws(() => place('dist/deeper/bin'), /input output-dir: .*app\/dist is a symbolic link/);
    assert.throws(() => place(join(workspace, 'app', 'dist', 'bin')), /input output-dir: .*app\/dist is a symbolic link/);
    assert.throws(() => place('dist', join(workspace, 'linked-app')), /input output-dir: .*linked-app is a symbolic link/);
  });

  test('a file in the way is refused', () => {
    assert.throws(() => place('file/bin'), /input output-dir: "file\/bin": .*app\/file exists and is not a directory/);
  });

  test('an absolute folder outside the workspace is deliberate and reported; a relative one may not climb out', () => {
    const outsideDir = join(elsewhere, 'out');
    assert.deepEqual(place(outsideDir), { path: outsideDir, outside: [{ input: 'output-dir', path: outsideDir }] });
    assert.throws(() => place('../../elsewhere/out'), /input output-dir: .* leads outside the workspace/);
  });
});

describe('regularFileInWorkspace', () => {
  const root = mkdtempSync(join(tmpdir(), 'sgg-regular-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  const workspace = join(root, 'workspace');
  const runnerFile = join(root, 'runner-file');
  mkdirSync(join(workspace, 'app', 'docker'), { recursive: true });
  writeFileSync(runnerFile, 'secret');
  writeFileSync(join(workspace, 'app', 'docker', 'Dockerfile'), 'FROM scratch\n');
  symlinkSync(runnerFile, join(workspace, 'app', 'Dockerfile'));
  symlinkSync(join(workspace, 'app', 'docker'), join(workspace, 'app', 'linked'));
  const check = (value: string) => regularFileInWorkspace('dockerfile', value, { base: join(workspace, 'app'), workspace });

  test("a regular file is accepted; outside the workspace a path is the workflow's own", () => {
    assert.equal(check('docker/Dockerfile'), join(workspace, 'app', 'docker', 'Dockerfile'));
    assert.equal(check(runnerFile), runnerFile);
  });

  test('a link as the file or in a folder on the way, a folder, or nothing at all is refused naming the input', () => {
    assert.throws(() => check('Dockerfile'), /input dockerfile: "Dockerfile": .*app\/Dockerfile is a symbolic link/);
    assert.throws(() => check('linked/Dockerfile'), /input dockerfile: .*app\/linked is a symbolic link/);
    assert.throws(() => check('docker'), /input dockerfile: .* is not a regular file/);
    assert.throws(() => check('missing/Dockerfile'), /input dockerfile: "missing\/Dockerfile" does not exist/);
  });
});
