// Files the build writes take their name by rename: a link put at that name is replaced, never
// written through, and its target is left as it was.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { lstatSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { partialBeside, renameIntoPlace, writeFileNoFollow } from '../../../src/build/plan/link-free';

const scratch = mkdtempSync(join(tmpdir(), 'sgg-link-free-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** An output folder holding `name` as a link to a file outside it that holds `outside contents`. */
function linkedName(name: string): { folder: string; path: string; target: string } {
  const folder = mkdtempSync(join(scratch, 'out-'));
  const target = join(mkdtempSync(join(scratch, 'elsewhere-')), 'precious');
  writeFileSync(target, 'outside contents');
  const path = join(folder, name);
  symlinkSync(target, path);
  return { folder, path, target };
}

describe('writing without following links', () => {
  test('a partial file finished beside a link replaces the link when renamed into place', async () => {
    const { folder, path, target } = linkedName('hello');
    const partial = partialBeside(path);
    assert.equal(dirname(partial), folder, 'the partial file is made in the checked folder');
    writeFileSync(partial, 'binary');
    await renameIntoPlace(partial, path);
    assert.ok(lstatSync(path).isFile(), 'the name is a regular file now');
    assert.equal(readFileSync(path, 'utf8'), 'binary');
    assert.equal(readFileSync(target, 'utf8'), 'outside contents');
    assert.deepEqual(readdirSync(folder), ['hello'], 'no partial file is left');
  });

  test('writeFileNoFollow writes through no link at the name either', async () => {
    const { path, target } = linkedName('SHA256SUMS');
    await writeFileNoFollow(path, 'checksums\n');
    assert.ok(lstatSync(path).isFile());
    assert.equal(readFileSync(target, 'utf8'), 'outside contents');
  });

  test('two partial names beside one path differ', () => {
    assert.notEqual(partialBeside('/out/hello'), partialBeside('/out/hello'));
  });
});
