// What a built binary's headers and build info say about its linkage and cgo.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { binaryFacts, cgoFromBuildInfo } from '../../../src/build/artifacts/binary-facts';
import { parseBuildInfo } from '../../../src/build/artifacts/build-info';
import { REPO_ROOT } from '../../harness/runner';

describe('binary facts', () => {
  test('a Go binary built here: static without cgo or C code, dynamic with glibc and cgo (host gcc)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sgg-facts-'));
    try {
      const build = (name: string, cgo: string, example = 'cgo') => {
        const out = join(dir, name);
        execFileSync('go', ['build', '-o', out, '.'], {
          cwd: join(REPO_ROOT, 'examples', example),
          env: { ...process.env, CGO_ENABLED: cgo },
        });
        return binaryFacts(
          readFileSync(out),
          cgoFromBuildInfo(parseBuildInfo(execFileSync('go', ['version', '-m', out], { encoding: 'utf8' }))),
        );
      };
      assert.deepEqual(build('plain', '0'), { linkage: 'static', interpreter: undefined, libc: 'none', cgo: false });
      const withCgo = build('cgo', '1');
      assert.equal(withCgo.linkage, 'dynamic');
      assert.match(withCgo.interpreter!, /^\/lib(64)?\/ld-linux-x86-64\.so\.2$/);
      assert.deepEqual([withCgo.libc, withCgo.cgo], ['glibc', true]);
      // cgo on, but no package that uses it: Go's own linker links it, with no C library inside.
      assert.deepEqual(build('no-c', '1', 'hello'), { linkage: 'static', interpreter: undefined, libc: 'none', cgo: true });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('non-ELF executables have no linkage; build info without the cgo line says nothing', () => {
    assert.deepEqual(binaryFacts(Buffer.from('MZ....'), true), { linkage: undefined, interpreter: undefined, libc: 'system', cgo: true });
    assert.equal(cgoFromBuildInfo(parseBuildInfo('x: go1.26\n\tpath\tx\n')), undefined);
    assert.equal(cgoFromBuildInfo(parseBuildInfo('x: go1.26\n\tbuild\tCGO_ENABLED=0\n')), false);
  });
});
