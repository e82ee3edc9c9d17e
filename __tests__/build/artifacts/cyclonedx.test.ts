// The CycloneDX document of a real binary: valid for the CycloneDX project's own validator, the same
// modules, versions and sums as `go version -m -json`, the same bytes for the same binary.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseBuildInfo } from '../../../src/build/artifacts/build-info';
import { cyclonedxDocument } from '../../../src/build/artifacts/cyclonedx';
import { REPO_ROOT } from '../../harness/runner';
import { assertCycloneDxMatchesGo, cyclonedxVerdict } from '../release/cyclonedx-check';

const work = mkdtempSync(join(tmpdir(), 'sgg-cyclonedx-'));
after(() => rmSync(work, { recursive: true, force: true }));

test('examples/deps for linux/amd64: valid CycloneDX 1.6, and what go version -m -json says', async () => {
  const module = join(work, 'deps');
  cpSync(join(REPO_ROOT, 'examples', 'deps'), module, { recursive: true });
  const binary = join(work, 'deps-linux-amd64');
  execFileSync('go', ['build', '-trimpath', '-o', binary, '.'], {
    cwd: module,
    env: { ...process.env, GOOS: 'linux', GOARCH: 'amd64', CGO_ENABLED: '0' },
  });
  const info = parseBuildInfo(execFileSync('go', ['version', '-m', binary], { encoding: 'utf8' }));
  const sha256 = createHash('sha256').update(readFileSync(binary)).digest('hex');
  const subject = { fileName: 'deps-linux-amd64', sha256, created: new Date(Date.UTC(2026, 0, 2, 3, 4, 5)), tool: 'setup-go-golden-0.1.0' };
  const document = cyclonedxDocument(info, subject);
  assert.deepEqual(cyclonedxDocument(info, subject), document, 'the same binary gives the same document');
  assert.equal(await cyclonedxVerdict(JSON.stringify(document)), null);
  assertCycloneDxMatchesGo(document as never, binary);
  assert.match(document.serialNumber as string, /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.deepEqual(
    (document.components as { purl?: string }[]).slice(2).map((component) => component.purl),
    ['pkg:golang/github.com/google/uuid@v1.6.0', 'pkg:golang/golang.org/x/text@v0.43.0'],
  );
  // The validator really judges.
  assert.notEqual(await cyclonedxVerdict(JSON.stringify({ ...document, serialNumber: 'not-a-uuid' })), null);
});
