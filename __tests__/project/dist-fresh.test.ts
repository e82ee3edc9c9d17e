// dist/ is what users run: it must be exactly what src/ bundles to, and the embedded key must be
// exactly the key file it is generated from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../harness/runner';
// @ts-expect-error: a plain .mjs build script without type declarations
import { bundle } from '../../scripts/bundle.mjs';
import { GOOGLE_SIGNING_KEY, GOOGLE_SIGNING_KEY_FINGERPRINT } from '../../src/install/routes/godev/google-signing-key';
import { publicKeyFingerprint } from '../../src/install/routes/godev/signature';

test('dist/ matches a fresh bundle of src/ (run npm run bundle and commit dist/)', async () => {
  // Beside dist/: chunk names hash the source maps, whose paths are relative to the output folder.
  const fresh = mkdtempSync(join(REPO_ROOT, '.dist-check-'));
  try {
    await bundle(fresh);
    const committed = join(REPO_ROOT, 'dist');
    const names = readdirSync(fresh).sort();
    assert.deepEqual(readdirSync(committed).sort(), names);
    for (const name of names.filter((file) => /\.c?js$/u.test(file))) {
      assert.ok(readFileSync(join(committed, name)).equals(readFileSync(join(fresh, name))), `dist/${name} is stale`);
    }
    // A bundle that names where the repository is checked out differs in every other checkout
    // (a fresh clone elsewhere, CI's): this checkout's own path must not be in it.
    for (const name of names) {
      assert.ok(!readFileSync(join(fresh, name), 'utf8').includes(REPO_ROOT), `dist/${name} holds the checkout's path ${REPO_ROOT}`);
    }
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
});

test('the embedded signing key is the key file, with the pinned primary fingerprint', async () => {
  const file = readFileSync(join(REPO_ROOT, 'keys', 'google-linux-packages-signing-key.asc'), 'utf8');
  assert.equal(GOOGLE_SIGNING_KEY.trim(), file.trim());
  assert.equal(await publicKeyFingerprint(GOOGLE_SIGNING_KEY, 'embedded key'), GOOGLE_SIGNING_KEY_FINGERPRINT);
});
