// Where a workflow switching from actions/setup-go must get the same Go. Each case states what
// setup-go does, read from its source (installer.ts: makeSemver, findMatch, parseGoVersionFile;
// tool-cache find) and node-semver 7, which it matches specs with.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseVersionFile } from '../../src/version/version-files';
import { compareGoVersions, releaseVersion } from '../../src/version/goversion';
import { parseVersionSpec, resolveVersionSpec, satisfiesVersionSpec, type Release } from '../../src/version/spec';
import { partitionByArchive, type IndexedRelease } from '../../src/install/routes/godev/release-index';
import { tokenAppliesTo, tokenHeaders } from '../../src/install/routes/godev/token-scope';
import { RELEASES } from './fixtures/releases';

const resolve = (text: string, releases: Release[] = RELEASES) =>
  resolveVersionSpec(parseVersionSpec(text, 'input go-version').spec, releases);

describe('specs setup-go accepts', () => {
  // setup-go: semver.satisfies(v, '*' | 'x' | 'X') holds for every release and excludes
  // pre-releases; the go.dev index is newest first, so the newest stable release wins.
  for (const text of ['*', 'x', 'X']) {
    test(`${text}: the newest stable release, never a candidate`, () => {
      assert.equal(resolve(text), '1.23.4');
      const spec = parseVersionSpec(text, 'input go-version').spec;
      // setup-go's tool-cache lookup (tc.find) takes the highest cached version that satisfies it.
      assert.equal(satisfiesVersionSpec(spec, '1.22.5'), true);
      assert.equal(satisfiesVersionSpec(spec, '1.24rc1'), false);
    });
  }

  // setup-go: node-semver admits a pre-release only when a comparator names one on the same
  // major.minor.patch; go1.24rc2 is 1.24.0-rc.2 to it (makeSemver).
  const prerelease: [string, string | undefined, string][] = [
    ['>=1.24.0-0', '1.24rc2', 'admits 1.24.0-rc.2'],
    ['>=1.23.0-0', '1.23.4', 'admits 1.23 candidates only; 1.24.0-rc.2 is another release'],
    ['>=1.26.0-0', undefined, 'nothing of 1.26 is published in the fixture'],
    ['>=1.24.0-0 <1.25.0-0', '1.24rc2', 'the usual "this line with its candidates" range'],
    ['~1.24.0-0', '1.24rc2', '>=1.24.0-0 <1.25.0-0'],
    // setup-go: semver's X-range rewrite drops the pre-release: `1.24.x-0` is `>=1.24.0 <1.25.0-0`.
    ['1.24.x-0', undefined, 'is 1.24.x: stable 1.24 releases only, and there are none'],
    ['1.23.x-0', '1.23.4', 'is 1.23.x'],
  ];
  for (const [text, expected, why] of prerelease) {
    test(`${text} -> ${expected} (${why})`, () => assert.equal(resolve(text), expected));
  }
  test('>=1.26.0-0 admits 1.26rc1 and every later release, but no 1.27 candidate (semver: prerelease of another tuple)', () => {
    const spec = parseVersionSpec('>=1.26.0-0', 'input go-version').spec;
    assert.equal(satisfiesVersionSpec(spec, '1.26rc1'), true);
    assert.equal(satisfiesVersionSpec(spec, '1.25.9'), false);
    assert.equal(satisfiesVersionSpec(spec, '1.26.0'), true);
    assert.equal(satisfiesVersionSpec(spec, '1.27.3'), true);
    assert.equal(satisfiesVersionSpec(spec, '1.27rc1'), false);
  });

  // setup-go: semver ignores build metadata; tc.find cleans `1.22.5+meta` to the explicit 1.22.5.
  const build: [string, string][] = [
    ['1.22.5+meta', '1.22.5'],
    ['1.22.5+build.7', '1.22.5'],
    ['1.22+meta', '1.22.10'],
    ['>=1.21.0+x <1.23', '1.22.10'],
  ];
  for (const [text, expected] of build) {
    test(`${text} -> ${expected} (build metadata ignored)`, () => assert.equal(resolve(text), expected));
  }

  // setup-go hands these to semver, which finds nothing and fails ("Unable to find Go version");
  // we fail earlier, when reading the input, with the reason.
  for (const text of ['1.26.0-0', '1.x-0', '1.22.5-0-0', '>=1.24rc1-0']) {
    test(`${text} is refused with a reason`, () =>
      assert.throws(() => parseVersionSpec(text, 'input go-version'), /^Error: input go-version: cannot read/));
  }
});

describe('version files as setup-go reads them', () => {
  test('toolchain go1.21.0-bigcorp is go1.21.0 (setup-go: its regex stops at "-"; the go command cuts there too)', () => {
    const result = parseVersionFile('go.mod', 'module m\n\ngo 1.21\n\ntoolchain go1.21.0-bigcorp\n');
    assert.deepEqual(result.spec, { kind: 'exact', version: { major: 1, minor: 21, patch: 0 } });
    assert.equal(result.line, 5);
    assert.match(
      result.warnings.join('\n'),
      /go\.mod:5: toolchain go1\.21\.0-bigcorp is a custom build of go1\.21\.0; installing the published go1\.21\.0/,
    );
  });
  test('.go-version 1.22.5+meta is 1.22.5 (setup-go: the trimmed file content, matched by semver)', () => {
    const { spec } = parseVersionFile('.go-version', '1.22.5+meta\n');
    assert.equal(resolveVersionSpec(spec, RELEASES), '1.22.5');
  });
  test('.tool-versions "golang *" is the newest stable release (setup-go: the rest of the golang line)', () => {
    const { spec } = parseVersionFile('.tool-versions', 'golang *\n');
    assert.equal(resolveVersionSpec(spec, RELEASES), '1.23.4');
  });
  // Deliberate differences, kept (README "Switching from actions/setup-go").
  test('go 1.22.3 is a minimum: the newest 1.22 patch (setup-go installs exactly 1.22.3)', () => {
    const { spec } = parseVersionFile('go.mod', 'go 1.22.3\n');
    assert.equal(resolveVersionSpec(spec, RELEASES), '1.22.10');
  });
  test('a toolchain line wins even with GOTOOLCHAIN=local (setup-go then ignores it and uses the go line)', () => {
    process.env.GOTOOLCHAIN = 'local';
    try {
      const { spec } = parseVersionFile('go.mod', 'go 1.21\ntoolchain go1.22.5\n');
      assert.equal(resolveVersionSpec(spec, RELEASES), '1.22.5');
    } finally {
      delete process.env.GOTOOLCHAIN;
    }
  });
  for (const line of ['toolchain go1.22', 'toolchain go1.22-bigcorp']) {
    test(`${line} is refused: it names a language version, no release (setup-go installs the newest 1.22.x)`, () => {
      assert.throws(() => parseVersionFile('go.mod', `go 1.22\n${line}\n`), /go\.mod:2: .*write go1\.22\.0/);
    });
  }
  test('a toolchain line older than the go line gives way to it, with a warning (setup-go installs the toolchain line)', () => {
    const result = parseVersionFile('go.mod', 'go 1.22.3\ntoolchain go1.21.5\n');
    assert.equal(resolveVersionSpec(result.spec, RELEASES), '1.22.10');
    assert.match(result.warnings.join('\n'), /go\.mod:2: toolchain go1\.21\.5 is older than the go line/);
  });
  test('.go-version: the first version line, the rest ignored with a warning (setup-go reads the whole file as one spec)', () => {
    const result = parseVersionFile('.go-version', '# pinned for CI\n1.22.5\n1.21.13\n');
    assert.equal(resolveVersionSpec(result.spec, RELEASES), '1.22.5');
    assert.match(result.warnings.join('\n'), /\.go-version:3: ignoring everything after the version on line 2/);
  });
});

describe('a spec setup-go does not have', () => {
  test('latest is the newest stable release, like stable (setup-go: not a version, "Unable to find Go version")', () => {
    assert.equal(resolve('latest'), resolve('stable'));
    assert.equal(resolve('latest'), '1.23.4');
  });
});

describe('ordering as go/version has it, whatever the major', () => {
  // go/version: a missing patch is ".0" when minor < 21, for every major; from minor 21 on the
  // language version sorts before its candidates and releases.
  const ascending = ['1.99.0', '2', '2.0.0', '2.0.1', '2.20rc1', '2.20', '2.20.1', '2.21', '2.21rc1', '2.21.0', '3'];
  test(`${ascending.join(' < ')} (2 = 2.0.0, 2.20rc1 < 2.20 = 2.20.0)`, () => {
    for (let i = 0; i + 1 < ascending.length; i++) {
      const [a, b] = [ascending[i]!, ascending[i + 1]!];
      const expected = a === '2' && b === '2.0.0' ? 0 : -1;
      assert.equal(compareGoVersions(a, b), expected, `${a} vs ${b}`);
      assert.equal(compareGoVersions(b, a), expected === 0 ? 0 : 1, `${b} vs ${a}`);
    }
  });
  test('go2.0 names the release 2.0.0; go2.21 a language version', () => {
    assert.deepEqual(releaseVersion('go2.0'), { major: 2, minor: 0, patch: 0 });
    assert.deepEqual(releaseVersion('go2.21'), { major: 2, minor: 21 });
    assert.equal(compareGoVersions('go2.0', 'go2.0.0'), 0);
  });
});

describe('the newest release that has an archive for the runner', () => {
  const release = (version: string, archs: string[]): IndexedRelease => ({
    version,
    name: `go${version}`,
    origin: 'a test index',
    stable: true,
    files: archs.map((arch) => ({
      filename: `go${version}.linux-${arch}.tar.gz`,
      os: 'linux',
      arch,
      version,
      sha256: '0'.repeat(64),
      size: 1,
      kind: 'archive',
    })),
  });
  // setup-go findMatch: walks the index newest first and takes the first release that satisfies the
  // spec and has a file for this OS/arch; a newer release without one is skipped.
  test('1.22 on linux/riscv64 skips 1.22.10 (no riscv64 archive) and installs 1.22.9', () => {
    const index = [release('1.22.10', ['amd64']), release('1.22.9', ['amd64', 'riscv64']), release('1.22.8', ['riscv64'])];
    const { installable, withoutArchive } = partitionByArchive(index, 'linux', 'riscv64');
    assert.equal(resolve('1.22', installable), '1.22.9');
    assert.deepEqual(
      withoutArchive.map((r) => r.version),
      ['1.22.10'],
    );
  });
  test('an installer or source file is not an archive', () => {
    const index: IndexedRelease[] = [
      {
        ...release('1.22.10', []),
        files: [{ filename: 'go1.22.10.src.tar.gz', os: '', arch: '', version: '1.22.10', sha256: '', size: 1, kind: 'source' }],
      },
    ];
    assert.deepEqual(partitionByArchive(index, 'linux', 'amd64').installable, []);
  });
});

describe('token', () => {
  // setup-go sends "Authorization: token <token>" with its GitHub manifest and archive downloads and
  // with a custom go-download-base-url. We send it only to mirrors GitHub itself serves.
  const github = 'https://github.com';
  const cases: [string, string | undefined, boolean][] = [
    ['https://github.com/org/go-mirror/releases/download/v1', github, true],
    ['https://objects.githubusercontent.com/mirror', github, true],
    ['https://raw.githubusercontent.com/org/repo/main/go', github, true],
    ['https://ghe.example.com/mirror', 'https://ghe.example.com', true],
    ['https://go.dev/dl', github, false],
    ['https://mirror.example.com/go', github, false],
    ['https://github.com.evil.example/go', github, false],
    ['https://evilgithub.com/go', github, false],
    ['http://github.com/org/mirror', github, false],
    ['not a url', github, false],
  ];
  for (const [url, server, expected] of cases) {
    test(`${url} ${expected ? 'gets' : 'does not get'} the token`, () => assert.equal(tokenAppliesTo(url, server), expected));
  }
  test("the header has setup-go's form, and no token means no header", () => {
    assert.deepEqual(tokenHeaders('abc', 'https://github.com/o/r', github), { authorization: 'token abc' });
    assert.deepEqual(tokenHeaders(undefined, 'https://github.com/o/r', github), {});
    assert.deepEqual(tokenHeaders('abc', undefined, github), {});
  });
});
