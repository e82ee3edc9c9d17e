// How the action runs go: the verified tree's bin/go by path, GOROOT that tree, no toolchain switch,
// and for its own commands no user go env file and no GOFLAGS that run other programs.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { foreignCodeFlag, goRunEnvironment, runGo, runGoChecked, withoutForeignCodeFlags } from '../../src/process/go-binary';

const root = mkdtempSync(join(tmpdir(), 'sgg-go-binary-'));
after(() => rmSync(root, { recursive: true, force: true }));

const JOB = {
  PATH: '/usr/bin',
  GOROOT: '/elsewhere/go',
  GOTOOLCHAIN: 'auto',
  GOENV: '/home/u/.config/go/env',
  GOFLAGS: '-toolexec=/tmp/spy -mod=vendor --exec=/tmp/run -overlay=/tmp/o.json -trimpath',
  GOPROXY: 'https://proxy.example',
};

describe('the environment go runs with', () => {
  test('report: the job settings stay, but GOROOT is the verified tree and GOTOOLCHAIN local', () => {
    const env = goRunEnvironment('/verified/go', 'report', JOB);
    assert.equal(env.GOROOT, '/verified/go');
    assert.equal(env.GOTOOLCHAIN, 'local');
    assert.equal(env.GOENV, JOB.GOENV);
    assert.equal(env.GOFLAGS, JOB.GOFLAGS);
    assert.equal(env.PATH, ['/verified/go/bin', '/usr/bin'].join(delimiter));
  });
  test('inspect: no go env file and no GOFLAGS at all', () => {
    const env = goRunEnvironment('/verified/go', 'inspect', JOB);
    assert.equal(env.GOENV, 'off');
    assert.equal(env.GOFLAGS, undefined);
    assert.equal(env.GOPROXY, JOB.GOPROXY);
  });
  test('build: the job GOFLAGS less -toolexec, -exec and -overlay', () => {
    const env = goRunEnvironment('/verified/go', 'build', JOB);
    assert.equal(env.GOENV, 'off');
    assert.equal(env.GOFLAGS, '-mod=vendor -trimpath');
    assert.equal(goRunEnvironment('/verified/go', 'build', { GOFLAGS: '-toolexec=/tmp/spy' }).GOFLAGS, undefined);
  });
  test('the flags that run or substitute code, in every spelling go accepts', () => {
    for (const flag of ['-toolexec=x', '--toolexec=x', '-toolexec', '-exec=x', '--exec', '-overlay=o.json']) {
      assert.notEqual(foreignCodeFlag(flag), undefined, flag);
    }
    for (const flag of ['-mod=mod', '-execution=x', '-trimpath', '-tags=exec', 'toolexec=x'])
      assert.equal(foreignCodeFlag(flag), undefined, flag);
    assert.equal(withoutForeignCodeFlags('  -toolexec=a   -v  '), '-v');
  });
});

describe('runGo', () => {
  /** A GOROOT whose bin/go prints what it was given. */
  function standIn(name: string, body: string): string {
    const goRoot = join(root, name);
    mkdirSync(join(goRoot, 'bin'), { recursive: true });
    writeFileSync(join(goRoot, 'bin', 'go'), `#!/bin/sh\n${body}\n`);
    chmodSync(join(goRoot, 'bin', 'go'), 0o755);
    return goRoot;
  }

  test("runs the tree's own bin/go by path, whatever PATH holds", async () => {
    const goRoot = standIn('echo', 'echo "$0|$GOROOT|$GOTOOLCHAIN|$GOENV|${GOFLAGS-unset}|$*"');
    const result = await runGo(goRoot, ['env', 'GOOS'], { mode: 'inspect', env: { ...JOB, PATH: '/nonexistent' } });
    assert.equal(result.code, 0);
    assert.equal(result.stdout.trim(), `${join(goRoot, 'bin', 'go')}|${goRoot}|local|off|unset|env GOOS`);
  });
  test('a go that cannot run, fails or hangs is named in the error', async () => {
    const failing = standIn('failing', 'echo "broken" >&2; exit 3');
    await assert.rejects(runGoChecked(failing, ['version'], { mode: 'inspect', env: {} }), {
      message: `${join(failing, 'bin', 'go')} version exited with code 3: broken`,
    });
    const absent = await runGo(join(root, 'absent'), ['version'], { mode: 'inspect', env: {} });
    assert.equal(absent.code, 'ENOENT');
    const slow = await runGo(standIn('slow', 'exec /bin/sleep 5'), ['version'], { mode: 'inspect', env: {}, timeoutMs: 100 });
    assert.equal(slow.code, 'killed');
  });
});
