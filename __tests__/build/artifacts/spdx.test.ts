// The SPDX document of a real binary: valid for the SPDX project's own validator (pyspdxtools from
// PyPI), and saying what `go version -m -json` says: the same modules at the same versions with
// the same h1 sums, the Go version, the build settings, the binary's own SHA-256.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseBuildInfo } from '../../../src/build/artifacts/build-info';
import { spdxDocument } from '../../../src/build/artifacts/spdx';
import { REPO_ROOT } from '../../harness/runner';
import { assertSpdxMatchesGo, type SpdxPackage } from '../release/spdx-check';
import { spdxVerdict } from '../release/validators';

describe('SPDX 2.3 per binary', () => {
  let work: string;
  before(() => {
    work = mkdtempSync(join(tmpdir(), 'sgg-spdx-'));
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  test('examples/deps for windows/amd64: valid for pyspdxtools, the same modules, versions and sums as go version -m -json', () => {
    const module = join(work, 'deps');
    cpSync(join(REPO_ROOT, 'examples', 'deps'), module, { recursive: true });
    const binary = join(work, 'deps-windows-amd64.exe');
    execFileSync('go', ['build', '-trimpath', '-o', binary, '.'], {
      cwd: module,
      env: { ...process.env, GOOS: 'windows', GOARCH: 'amd64' },
    });
    const info = parseBuildInfo(execFileSync('go', ['version', '-m', binary], { encoding: 'utf8' }));
    const sha256 = createHash('sha256').update(readFileSync(binary)).digest('hex');
    const subject = {
      fileName: 'deps-windows-amd64.exe',
      sha256,
      created: new Date(Date.UTC(2026, 0, 2, 3, 4, 5)),
      tool: 'setup-go-golden-0.1.0',
    };
    const document = spdxDocument(info, subject);
    assert.deepEqual(spdxDocument(info, subject), document, 'the same binary gives the same document');
    const path = join(work, 'deps-windows-amd64.spdx.json');
    writeFileSync(path, JSON.stringify(document, null, 2));
    const verdict = spdxVerdict(path);
    assert.deepEqual(verdict, { code: 0, output: '' }, verdict.output);
    assertSpdxMatchesGo(document as never, binary);
    assert.deepEqual(
      (document.packages as SpdxPackage[]).slice(3).map((pkg) => pkg.externalRefs?.[0]?.referenceLocator),
      ['pkg:golang/github.com/google/uuid@v1.6.0', 'pkg:golang/golang.org/x/text@v0.43.0'],
    );
    assert.deepEqual((document.creationInfo as { created: string }).created, '2026-01-02T03:04:05Z');
  });

  test('the validator really judges: a broken id fails it', () => {
    const path = join(work, 'broken.spdx.json');
    const info = parseBuildInfo('x: go1.26.8\n\tpath\texample.com/x\n\tmod\texample.com/x\t(devel)\t\n');
    const document = spdxDocument(info, { fileName: 'x', sha256: 'a'.repeat(64), created: new Date(0), tool: 't-1' });
    writeFileSync(path, JSON.stringify({ ...document, SPDXID: 'SPDXRef_DOCUMENT' }));
    const verdict = spdxVerdict(path);
    assert.equal(verdict.code, 1);
    assert.match(verdict.output, /The document is invalid/);
  });
});
