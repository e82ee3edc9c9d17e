// readInstalledGoEnv: one `go env -json` of the installed Go, with the step's exports applied and
// GOTOOLCHAIN=local; a Go that fails or prints no JSON fails the step, naming that go. Run against
// this machine's real Go and against stand-in go commands.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInstalledGoEnv } from '../../src/env/go-env';

const root = mkdtempSync(join(tmpdir(), 'sgg-go-env-'));
after(() => rmSync(root, { recursive: true, force: true }));

/** A GOROOT whose bin/go is the shell script `body`. */
function standIn(name: string, body: string): string {
  const goRoot = join(root, name);
  mkdirSync(join(goRoot, 'bin'), { recursive: true });
  writeFileSync(join(goRoot, 'bin', 'go'), `#!/bin/sh\n${body}\n`);
  chmodSync(join(goRoot, 'bin', 'go'), 0o755);
  return goRoot;
}

test("the real Go's settings, with the step's exports applied", async () => {
  const env = await readInstalledGoEnv('/usr/local/go', { GOPROXY: 'https://proxy.example', GOFLAGS: '-mod=mod' });
  assert.match(env.GOVERSION ?? '', /^go1\.\d+/);
  assert.equal(env.GOROOT, '/usr/local/go');
  assert.equal(env.GOPROXY, 'https://proxy.example');
});

test('go runs with GOTOOLCHAIN=local whatever the job set', async () => {
  const saved = process.env.GOTOOLCHAIN;
  process.env.GOTOOLCHAIN = 'go1.99.0';
  try {
    const env = await readInstalledGoEnv(standIn('echo', 'printf \'{"GOTOOLCHAIN":"%s"}\' "$GOTOOLCHAIN"'), { GOTOOLCHAIN: 'auto' });
    assert.deepEqual(env, { GOTOOLCHAIN: 'local' });
  } finally {
    if (saved === undefined) delete process.env.GOTOOLCHAIN;
    else process.env.GOTOOLCHAIN = saved;
  }
});

test('a go that fails, or prints no JSON, fails with a message naming it', async () => {
  const failing = standIn('failing', 'echo "go: cannot find GOROOT directory" >&2; exit 2');
  await assert.rejects(readInstalledGoEnv(failing, {}), (error: Error) => {
    assert.equal(error.message, `${join(failing, 'bin', 'go')} env -json exited with code 2: go: cannot find GOROOT directory`);
    return true;
  });
  const talking = standIn('talking', 'echo "GOVERSION=go1.22.5"');
  await assert.rejects(readInstalledGoEnv(talking, {}), /bin\/go env -json did not print JSON: "GOVERSION=go1\.22\.5\\n"/);
  await assert.rejects(readInstalledGoEnv(join(root, 'absent'), {}), /absent\/bin\/go env -json could not run \(ENOENT\)/);
});
