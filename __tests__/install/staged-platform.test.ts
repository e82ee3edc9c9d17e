// checkStagedGoRuns on stand-in trees: the platform of a staged Go is read from its pkg/tool folder
// (before anything runs), from what its go version prints, and from go env GOOS GOARCH; the job's
// own GOOS/GOARCH/GOFLAGS/GOENV never colour the answer.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkStagedGoRuns, toolPlatforms } from '../../src/install/staged-go-check';

const root = mkdtempSync(join(tmpdir(), 'sgg-staged-platform-'));
after(() => rmSync(root, { recursive: true, force: true }));
const AMD64 = { goos: 'linux', goarch: 'amd64', toolCacheArch: 'x64' };

/**
 * A staged tree: `pkg/tool/<dir>` for each of `toolDirs`, and a bin/go that prints `go version
 * go1.26.8 <printed>` and answers `go env GOOS GOARCH` with $GOOS/$GOARCH or `defaults`.
 */
function stagedTree(name: string, toolDirs: string[], printed: string, defaults = printed): string {
  const goRoot = join(root, name);
  for (const dir of toolDirs) mkdirSync(join(goRoot, 'pkg', 'tool', dir), { recursive: true });
  mkdirSync(join(goRoot, 'bin'), { recursive: true });
  const [goos, goarch] = defaults.split('/');
  writeFileSync(
    join(goRoot, 'bin', 'go'),
    [
      '#!/bin/sh',
      `echo ran >> '${goRoot}.ran'`,
      `if [ "$1" = env ]; then echo "\${GOOS:-${goos}}"; echo "\${GOARCH:-${goarch}}"; exit 0; fi`,
      `echo "go version go1.26.8 ${printed}"`,
    ].join('\n'),
  );
  chmodSync(join(goRoot, 'bin', 'go'), 0o755);
  return goRoot;
}

describe('the platform of a staged Go', () => {
  test('pkg/tool names the platforms a tree was built for', () => {
    const goRoot = stagedTree('listing', ['linux_386', 'not-a-platform'], 'linux/386');
    writeFileSync(join(goRoot, 'pkg', 'tool', 'linux_arm64'), 'a file, not a folder');
    assert.deepEqual(toolPlatforms(goRoot), ['linux/386']);
    assert.deepEqual(toolPlatforms(join(root, 'absent')), []);
  });

  test('the expected platform everywhere passes', async () => {
    await checkStagedGoRuns(stagedTree('good', ['linux_amd64'], 'linux/amd64'), '1.26.8', AMD64);
  });

  test("another platform's pkg/tool is refused before its go runs", async () => {
    const goRoot = stagedTree('tools-386', ['linux_386'], 'linux/386');
    await assert.rejects(checkStagedGoRuns(goRoot, '1.26.8', AMD64), {
      message: /^the verified go1\.26\.8 archive is a linux\/386 Go, not linux\/amd64 \(its tools are in pkg\/tool\/linux_386\)/,
    });
    assert.equal(existsSync(`${goRoot}.ran`), false);
  });

  test('a go that prints another platform is refused, whatever pkg/tool says', async () => {
    await assert.rejects(checkStagedGoRuns(stagedTree('prints-386', ['linux_amd64'], 'linux/386'), '1.26.8', AMD64), {
      message: /archive is a linux\/386 Go, not linux\/amd64 \(\S+\/bin\/go version printed "go version go1\.26\.8 linux\/386"\)/,
    });
  });

  test('a go whose default target is another platform (GOROOT/go.env) is refused', async () => {
    await assert.rejects(checkStagedGoRuns(stagedTree('env-386', ['linux_amd64'], 'linux/amd64', 'linux/386'), '1.26.8', AMD64), {
      message: /archive is a linux\/386 Go, not linux\/amd64 \(\S+\/bin\/go env GOOS GOARCH printed "linux 386"\)/,
    });
  });

  test('a go that names no target is refused', async () => {
    const goRoot = stagedTree('silent-env', ['linux_amd64'], 'linux/amd64', '/');
    await assert.rejects(checkStagedGoRuns(goRoot, '1.26.8', AMD64), {
      message: /tree does not run: \S+\/bin\/go env GOOS GOARCH printed "\\n\\n", not a GOOS and a GOARCH; it was not installed$/,
    });
  });

  test('a tree without pkg/tool for its platform is refused', async () => {
    await assert.rejects(checkStagedGoRuns(stagedTree('no-tools', [], 'linux/amd64'), '1.26.8', AMD64), {
      message: /^the verified go1\.26\.8 tree is not a complete linux\/amd64 Go: it has no pkg\/tool\/linux_amd64; it was not installed$/,
    });
  });

  test("the job's GOOS, GOARCH, GOFLAGS and GOENV do not reach the check", async () => {
    const saved = { ...process.env };
    Object.assign(process.env, { GOOS: 'windows', GOARCH: 'arm64', GOFLAGS: '-toolexec=/nonexistent', GOENV: '/nonexistent' });
    try {
      await checkStagedGoRuns(stagedTree('job-env', ['linux_amd64'], 'linux/amd64'), '1.26.8', AMD64);
    } finally {
      for (const name of ['GOOS', 'GOARCH', 'GOFLAGS', 'GOENV']) {
        if (saved[name] === undefined) delete process.env[name];
        else process.env[name] = saved[name];
      }
    }
  });
});
