// Hostile archives, signing-key edge cases, bad inputs and Go found in the tool cache.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DlServer } from '../harness/dl-server';
import { goArchive, hostileArchive, HOSTILE_KINDS, installedGo, type HostileKind } from '../harness/go-archives';
import { testKeys } from '../harness/gpg';
import { canaryContents, errorsOf, newJob, startInstallFixture, toolCacheContents, type InstallFixture } from './fixture';

let fixture: InstallFixture;

before(async () => {
  fixture = await startInstallFixture();
});

after(async () => {
  await fixture.server.close();
});

/** Why each hostile archive must be refused: the rule that catches it, not just any failure. */
const REFUSED_BECAUSE: Record<HostileKind, RegExp> = {
  'absolute-path': /absolute path in archive/,
  dotdot: /escapes the archive with '\.\.'/,
  'symlink-absolute': /points to an absolute path/,
  'symlink-relative': /symlink go\/escape escapes go\//,
  'symlink-write-through': /points to an absolute path/,
  'hardlink-escape': /hard link go\/escape points outside go\//,
  chardev: /neither a file, a folder nor a link/,
  fifo: /neither a file, a folder nor a link/,
  'outside-top': /entry outside the top folder go\//,
  'symlink-inside-write-through': /go\/alias\/go would be written through the symlink go\/alias/,
  'duplicate-entry': /go\/bin\/go appears twice/,
  'hardlink-before-target': /hard link go\/early points to go\/late, which is not a file earlier in the archive/,
  'hardlink-to-symlink': /hard link go\/second-alias points to go\/alias, which is not a file/,
  'symlink-over-folder': /symlink go\/lib is where earlier entries needed a folder/,
  'case-variant-symlink': /go\/alias\/go would be written through the symlink go\/Alias/,
  'link-with-data': /hard link go\/bin\/gofmt carries 1024 bytes of data/,
  'global-pax-size': /go\/README declares 0 bytes but carries 1024/,
  'symlink-chain-escape': /symlink go\/escape points through the symlink go\/a\/b\/c\/d\/e\/s/,
  'file-with-link-target': /file go\/evil names a link target/,
  'data-after-end': /more than 1048576 bytes after the end of the archive/,
  'gzip-twice': /not a tar archive inside the gzip/,
};

describe('hostile archives are refused before anything leaves staging', () => {
  for (const kind of HOSTILE_KINDS) {
    test(kind, async () => {
      const [archive, keys] = await Promise.all([hostileArchive(kind), testKeys()]);
      // Correctly listed and signed: only the archive rules stand between it and the tool cache.
      const server = await DlServer.start({ archives: [archive], signingKey: keys.release });
      const job = newJob();
      try {
        const result = await job.runAction({ inputs: fixture.inputs({ 'go-download-base-url': server.url }) });
        assert.notEqual(result.code, 0, result.stdout);
        assert.match(errorsOf(result), /refusing archive: /);
        assert.match(errorsOf(result), REFUSED_BECAUSE[kind]);
        assert.deepEqual(toolCacheContents(job), []);
        assert.deepEqual(canaryContents(), []);
        assert.deepEqual(result.addedPath, []);
        assert.equal(existsSync(join(job.root, 'dotdot-escape')), false);
      } finally {
        job.cleanup();
        await server.close();
      }
    });
  }
});

describe('signing keys', () => {
  const expiryCases = [
    { name: 'a subkey that has expired since still verifies signatures it made while valid', late: false },
    { name: 'a signature made after the subkey expired is refused', late: true },
  ];
  for (const { name, late } of expiryCases) {
    test(name, async () => {
      const keys = await testKeys();
      const archive = await goArchive();
      const server = await DlServer.start({ archives: [archive], signingKey: keys.release });
      const signature = late ? await keys.expired.signAfterExpiry(archive.path) : await keys.expired.signWhileValid(archive.path);
      server.fault(`${archive.filename}.asc`, { kind: 'body', body: signature, times: 100 });
      const job = newJob();
      try {
        const result = await job.runAction({
          inputs: fixture.inputs({ 'go-download-base-url': server.url, 'go-signing-key': keys.expired.key.armoredPublicKey }),
        });
        if (late) {
          assert.notEqual(result.code, 0);
          assert.match(errorsOf(result), /does not verify with key/);
          assert.deepEqual(toolCacheContents(job), []);
        } else {
          assert.equal(result.code, 0, result.stdout);
          assert.match(result.outputs.verified!, new RegExp(`openpgp:${keys.expired.key.primaryFingerprint}`));
        }
      } finally {
        job.cleanup();
        await server.close();
      }
    });
  }

  test("without go-signing-key only Google's pinned key is accepted", async () => {
    const job = newJob();
    try {
      const inputs = fixture.inputs();
      delete inputs['go-signing-key'];
      const result = await job.runAction({ inputs });
      assert.notEqual(result.code, 0);
      assert.match(errorsOf(result), /not by key EB4C1BFD4F042F6DDDCCEC917721F63BD38B4796/);
      assert.deepEqual(toolCacheContents(job), []);
    } finally {
      job.cleanup();
    }
  });
});

describe('bad inputs name the input and change nothing', () => {
  const cases: Array<[string, Record<string, string>, RegExp]> = [
    ['go-version', { 'go-version': 'banana' }, /input go-version/],
    [
      'go-version-file',
      { 'go-version': '', 'go-version-file': 'missing/go.mod' },
      /input go-version-file: missing\/go\.mod not found \(looked for .*\); run actions\/checkout before this step/,
    ],
    ['go-sha256', { 'go-sha256': 'xyz' }, /input go-sha256: expected 64 hexadecimal characters/],
    ['verify-signature', { 'verify-signature': 'maybe' }, /input verify-signature: "maybe" is not one of auto, required, off/],
    ['check-latest', { 'check-latest': 'yes' }, /input check-latest: "yes" is not a boolean: use true or false/],
    ['architecture', { architecture: 'sparc' }, /input architecture: unknown architecture 'sparc'/],
    ['go-download-base-url', { 'go-download-base-url': 'ftp://example.test/go' }, /input go-download-base-url: expected an http\(s\) URL/],
    ['go-signing-key', { 'go-signing-key': 'not a key' }, /input go-signing-key: expected an armored OpenPGP public key/],
    ['gotoolchain', { gotoolchain: 'newest' }, /input gotoolchain: expected local, auto/],
    ['drift-check', { 'drift-check': 'loud' }, /input drift-check: "loud" is not one of off, warn, error/],
  ];
  for (const [name, overrides, message] of cases) {
    test(name, async () => {
      const job = newJob();
      try {
        const result = await job.runAction({ inputs: fixture.inputs(overrides) });
        assert.notEqual(result.code, 0);
        assert.match(errorsOf(result), message);
        assert.deepEqual(toolCacheContents(job), []);
        assert.deepEqual(result.addedPath, []);
      } finally {
        job.cleanup();
      }
    });
  }

  test('a go.mod with a broken go line names the file and line', async () => {
    const job = newJob();
    try {
      writeFileSync(join(job.workspace, 'go.mod'), 'module example.com/app\n\ngo one.two\n');
      const result = await job.runAction({ inputs: fixture.inputs({ 'go-version': '', 'go-version-file': 'go.mod' }) });
      assert.notEqual(result.code, 0);
      assert.match(errorsOf(result), /go\.mod:3/);
    } finally {
      job.cleanup();
    }
  });
});

describe('Go already in the tool cache', () => {
  async function seedUnverifiedGo(toolCache: string, version: string): Promise<string> {
    const go = await installedGo();
    const goRoot = join(toolCache, 'go', version, 'x64');
    mkdirSync(join(toolCache, 'go', version), { recursive: true });
    cpSync(go.goroot, goRoot, { recursive: true, verbatimSymlinks: true });
    writeFileSync(`${goRoot}.complete`, '');
    return goRoot;
  }

  // With the default verify-cached: true such a Go is checked first (preinstalled.e2e.test.ts).
  test('with verify-cached: false a preinstalled Go we did not verify is used offline and reported as not verified', async () => {
    const job = newJob();
    try {
      const goRoot = await seedUnverifiedGo(job.toolCache, fixture.version);
      const result = await job.runAction({
        inputs: fixture.inputs({ 'go-download-base-url': 'http://127.0.0.1:9', 'verify-cached': 'false' }),
      });
      assert.equal(result.code, 0, result.stdout);
      assert.equal(result.outputs['go-root'], goRoot);
      assert.equal(result.outputs.verified, 'none');
      assert.match(result.summary, /Not verified by setup-go-golden/);
      assert.match(result.stdout, /NOT VERIFIED \(verify-cached: false\)/);
    } finally {
      job.cleanup();
    }
  });

  test('check-latest with the index unreachable falls back to the cached Go with a warning', async () => {
    const job = newJob();
    try {
      await seedUnverifiedGo(job.toolCache, fixture.version);
      const result = await job.runAction({
        inputs: fixture.inputs({ 'go-download-base-url': 'http://127.0.0.1:9', 'check-latest': 'true', 'verify-cached': 'false' }),
      });
      assert.equal(result.code, 0, result.stdout);
      assert.ok(result.annotations.some((a) => a.level === 'warning' && /cannot read the release index/.test(a.message)));
      assert.equal(result.outputs['go-version'], fixture.version);
    } finally {
      job.cleanup();
    }
  });

  test('a tool-cache folder whose Go is another version is refused', async () => {
    const job = newJob();
    try {
      await seedUnverifiedGo(job.toolCache, '1.26.9');
      const result = await job.runAction({
        inputs: fixture.inputs({ 'go-version': '1.26.9', 'go-download-base-url': 'http://127.0.0.1:9', 'verify-cached': 'false' }),
      });
      assert.notEqual(result.code, 0);
      assert.match(errorsOf(result), /reports go1\.26\.8, not go1\.26\.9/);
      assert.deepEqual(result.addedPath, []);
      assert.deepEqual(readdirSync(join(job.toolCache, 'go')), ['1.26.9']);
    } finally {
      job.cleanup();
    }
  });
});
