// The one reader of repository files: links (of the file or of a parent directory), special files,
// oversized files and a spent budget are refused, naming only the repository path.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReadBudget, describeRefusal, notADirectoryBelow, readRepoFile, repoPath } from '../../src/shared/repo-file';

const root = mkdtempSync(join(tmpdir(), 'sgg-repo-file-'));
const outside = mkdtempSync(join(tmpdir(), 'sgg-outside-'));
after(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});
writeFileSync(join(outside, 'secret'), 'outside\n');
mkdirSync(join(root, 'dir'));
writeFileSync(join(root, 'dir', '.go-version'), '1.22.5\n');
writeFileSync(join(root, 'big'), 'x'.repeat(2048));
symlinkSync(join(outside, 'secret'), join(root, 'link'));
symlinkSync('dir/.go-version', join(root, 'inside-link'));
symlinkSync(outside, join(root, 'linked-dir'));
execFileSync('mkfifo', [join(root, 'fifo')]);

const read = (path: string, maxBytes = 1024, budget?: ReadBudget) => readRepoFile(root, path, { maxBytes, budget });

describe('readRepoFile', () => {
  test('a regular file below real directories is read', () => {
    assert.deepEqual(read('dir/.go-version'), { kind: 'text', text: '1.22.5\n' });
    assert.deepEqual(read('./dir//.go-version'), { kind: 'text', text: '1.22.5\n' });
  });

  test('a link is not followed, wherever it points', () => {
    assert.deepEqual(read('link'), { kind: 'not-followed', at: 'link', what: 'a symbolic link' });
    assert.deepEqual(read('inside-link'), { kind: 'not-followed', at: 'inside-link', what: 'a symbolic link' });
  });

  test('a link in a parent directory is named as the parent', () => {
    assert.deepEqual(read('linked-dir/secret'), { kind: 'not-followed', at: 'linked-dir', what: 'a symbolic link to a directory' });
  });

  test('a named pipe is not opened', () => {
    assert.deepEqual(read('fifo'), { kind: 'not-followed', at: 'fifo', what: 'a named pipe' });
  });

  test('missing files and paths outside the root are missing', () => {
    for (const path of ['nothing', 'dir/nothing/deeper', 'big/under-a-file', '../escape', '/etc/passwd', '', '.']) {
      assert.deepEqual(read(path), { kind: 'missing' }, path);
    }
  });

  test('a file over the cap is refused', () => {
    assert.deepEqual(read('big', 1024), { kind: 'too-large', limit: 1024 });
    assert.equal(read('big', 2048).kind, 'text');
  });

  test('a spent budget refuses further files', () => {
    const budget = new ReadBudget(2, 1 << 20);
    assert.equal(read('dir/.go-version', 1024, budget).kind, 'text');
    assert.equal(read('big', 4096, budget).kind, 'text');
    assert.deepEqual(read('dir/.go-version', 1024, budget), { kind: 'over-budget', reason: 'the check reads at most 2 files' });
    const bytes = new ReadBudget(10, 100);
    assert.deepEqual(read('big', 4096, bytes), { kind: 'over-budget', reason: 'the check reads at most 100 bytes in all' });
  });

  test('a budget sharing files has bytes of its own and counts its files against the other', () => {
    const all = new ReadBudget(2, 100);
    // 'big' is 2 KiB: one fits the 3000 bytes of go.mod files, two do not, and none the 100 of the rest.
    const modules = all.sharingFiles(3000, 'of go.mod files');
    assert.equal(read('big', 4096, modules).kind, 'text');
    assert.deepEqual(read('big', 4096, all), { kind: 'over-budget', reason: 'the check reads at most 100 bytes in all' });
    assert.deepEqual(read('big', 4096, modules), { kind: 'over-budget', reason: 'the check reads at most 3000 bytes of go.mod files' });
    assert.equal(read('dir/.go-version', 1024, all).kind, 'text');
    assert.deepEqual(read('big', 4096, modules), { kind: 'over-budget', reason: 'the check reads at most 2 files' });
  });

  test('refusals name the repository path only', () => {
    assert.equal(
      describeRefusal('linked-dir/secret', { kind: 'not-followed', at: 'linked-dir', what: 'a symbolic link to a directory' }),
      'linked-dir is a symbolic link to a directory; not followed, so linked-dir/secret was not read',
    );
    assert.equal(describeRefusal('big', { kind: 'too-large', limit: 1 << 20 }), 'big is larger than 1 MiB; not read');
  });

  test('repoPath keeps paths inside the root', () => {
    assert.equal(repoPath('a/./b/../c/'), 'a/c');
    assert.equal(repoPath('a/../../b'), undefined);
    assert.equal(repoPath('C:/x'), undefined);
  });
});

describe('notADirectoryBelow', () => {
  test('names the first link or file on the way, nothing for real or missing directories', () => {
    assert.equal(notADirectoryBelow(root, 'dir'), undefined);
    assert.equal(notADirectoryBelow(root, 'dir/missing/deeper'), undefined);
    assert.deepEqual(notADirectoryBelow(root, 'linked-dir/sub'), { at: 'linked-dir', what: 'a symbolic link to a directory', link: true });
    assert.deepEqual(notADirectoryBelow(root, 'big'), { at: 'big', what: 'a file', link: false });
  });
});
