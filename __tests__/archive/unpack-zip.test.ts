// unpackZip (go.dev's Windows archives, unpacked once verified): entries judged against each other,
// and the zip reader's errors explained.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unpackZip } from '../../src/archive/unpack-zip';
import { buildZip, type FakeZipEntry } from '../harness/proxy-server';

async function unpack(entries: FakeZipEntry[]): Promise<{ error?: Error; written: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'sgg-unzip-'));
  try {
    writeFileSync(join(dir, 'archive.zip'), buildZip(entries));
    const destination = join(dir, 'out');
    const error = await unpackZip(join(dir, 'archive.zip'), destination, { root: 'go/' }).then(
      () => undefined,
      (failure: Error) => failure,
    );
    return { error, written: readdirSync(dir, { recursive: true }).map(String).sort() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const file = (name: string, data = 'x'): FakeZipEntry => ({ name, data: Buffer.from(data) });

test('a file where a later entry needs a folder is refused by the rule, not by the file system', async () => {
  const { error } = await unpack([file('go/VERSION'), file('go/conf'), file('go/conf/x')]);
  assert.match(error?.message ?? '', /^refusing archive: go\/conf\/x would be written under the file go\/conf$/);
});

test('an entry where an earlier one needed a folder is refused', async () => {
  const { error } = await unpack([file('go/conf/x'), file('go/conf')]);
  assert.match(error?.message ?? '', /^refusing archive: file go\/conf is where earlier entries needed a folder$/);
});

test('damaged deflate data is explained', async () => {
  const { error } = await unpack([{ ...file('go/VERSION'), rawCompressed: Buffer.from([0x00, 0x05, 0x00, 0x05, 0x00, 1, 2, 3, 4, 5]) }]);
  assert.match(error?.message ?? '', /^not a valid \.zip: the compressed data is damaged \(invalid stored block lengths\)$/);
});

test('an encrypted entry is explained', async () => {
  const { error } = await unpack([{ ...file('go/VERSION'), flags: 0x0041 }]);
  assert.match(
    error?.message ?? '',
    /^not a valid \.zip: an entry is encrypted, which no Go archive is \(strong encryption is not supported\)$/,
  );
});

test('a safe zip unpacks', async () => {
  const { error, written } = await unpack([file('go/VERSION', 'go1.26.8\n'), file('go/bin/go', '#!/bin/sh\n')]);
  assert.equal(error, undefined);
  assert.deepEqual(written, ['archive.zip', 'out', 'out/go', 'out/go/VERSION', 'out/go/bin', 'out/go/bin/go']);
});
