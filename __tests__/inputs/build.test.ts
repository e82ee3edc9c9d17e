// The build inputs as the input layer reads them: defaults, every check, and the smoke-args splitter.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseBuildOptions, splitArguments } from '../../src/inputs/build';
import { InputReader } from '../../src/inputs/reader';

describe('inputs', () => {
  const parse = (inputs: Record<string, string>) => parseBuildOptions(new InputReader((name) => inputs[name] ?? ''), 4);

  test('defaults', () => {
    const options = parse({ targets: 'linux/amd64' });
    assert.deepEqual(options, {
      targets: ['linux/amd64'],
      workingDirectory: '.',
      packages: ['.'],
      name: '',
      outputDir: 'dist',
      workspace: '',
      ldflags: '',
      tags: '',
      trimpath: true,
      cgo: 'auto',
      cc: { byTarget: new Map() },
      libc: { byTarget: new Map() },
      zigVersion: '',
      zigDownloadBaseUrl: '',
      zigSigningKey: '',
      archive: 'auto',
      archiveFiles: ['README*', 'LICENSE*'],
      reproducible: true,
      sbom: 'auto',
      provenance: 'auto',
      checksums: 'SHA256SUMS',
      parallel: 4,
      qemu: 'off',
      smokeArgs: [],
      shard: undefined,
      shards: 1,
      image: '',
      platforms: [],
      dockerfile: '',
      push: false,
      imageOutput: '',
      builder: '',
      attestations: 'auto',
    });
  });

  test('sbom: auto and off alone, else a list of spdx and cyclonedx', () => {
    assert.equal(parse({ sbom: 'off' }).sbom, 'off');
    assert.deepEqual(parse({ sbom: 'cyclonedx' }).sbom, ['cyclonedx']);
    assert.deepEqual(parse({ sbom: 'spdx, cyclonedx, spdx' }).sbom, ['spdx', 'cyclonedx']);
    assert.deepEqual(parse({ 'archive-files': 'none' }).archiveFiles, []);
    assert.deepEqual(parse({ 'archive-files': 'docs/NOTICE, COPYING*' }).archiveFiles, ['docs/NOTICE', 'COPYING*']);
  });

  test('ldflags, tags and smoke-args may span lines (go splits them on any white space)', () => {
    const options = parse({ targets: 'linux/amd64', ldflags: '-s -w\n-X main.version=1', tags: 'a\nb', 'smoke-args': '--version\n--json' });
    assert.equal(options.ldflags, '-s -w\n-X main.version=1');
    assert.equal(options.tags, 'a\nb');
    assert.deepEqual(options.smokeArgs, ['--version', '--json']);
  });

  test('every bad value names its input', () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ qemu: 'emulate' }, /input qemu: "emulate" is not one of off, smoke, test/],
      [{ cgo: 'yes' }, /input cgo: "yes" is not one of auto, 0, 1/],
      [{ archive: 'rar' }, /input archive: "rar" is not one of auto, tar.gz, zip, none/],
      [
        { 'archive-files': 'docs/*/LICENSE' },
        /input archive-files: "docs\/\*\/LICENSE": give paths inside the working directory, with \* or \? only in the file name/,
      ],
      [{ 'archive-files': '../LICENSE' }, /input archive-files: "\.\.\/LICENSE": give paths inside the working directory/],
      [{ sbom: 'spdx, syft' }, /input sbom: "syft" is not auto, off, spdx or cyclonedx \(spdx, cyclonedx for both\)/],
      [{ provenance: 'yes' }, /input provenance: "yes" is not one of auto, on, off/],
      [{ trimpath: 'maybe' }, /input trimpath: "maybe" is not a boolean/],
      [{ parallel: '0' }, /input parallel: "0" is not a whole number >= 1/],
      [{ shards: '2', shard: '3' }, /input shard: 3 is more than shards \(2\)/],
      [{ shard: 'first' }, /input shard: "first" is not a whole number >= 1/],
      [{ checksums: '../SUMS' }, /input checksums: "..\/SUMS" must be a plain file name/],
      [{ name: 'my app' }, /input name: "my app" may only hold/],
      [{ trimpath: 'yes' }, /input trimpath: "yes" is not a boolean: use true or false/],
      [{ packages: '-toolexec=/tmp/x' }, /input packages: "-toolexec=\/tmp\/x" is not a package path or pattern/],
      [{ packages: './cmd/a "b"' }, /input packages: "\\"b\\"" is not a package path/],
      [{ targets: 'linux' }, /input targets: "linux" is not goos\/goarch/],
      [{ platforms: 'linux/amd64/v3/x' }, /input platforms: "linux\/amd64\/v3\/x" is not goos\/goarch/],
      [
        { checksums: 'S'.repeat(300) },
        /input checksums: the path element "S{60}… \(300 characters\)" is too long \(300 bytes; at most 255\)/,
      ],
      [{ 'output-dir': 'é'.repeat(2100) }, /input output-dir: the path is too long \(4200 bytes; at most 4095\)/],
      [{ push: 'sure' }, /input push: "sure" is not a boolean/],
      [{ libc: 'uclibc' }, /input libc: "uclibc" is not musl, glibc or glibc\.2\.<minor>/],
      [{ libc: 'linux/arm64=glibc.3' }, /input libc: "glibc\.3" is not musl, glibc/],
      [{ libc: 'musl\nglibc' }, /input libc: "glibc" is not goos\/goarch\[\/variant\]=value/],
      [{ cc: 'gcc' }, /input cc: "gcc" is not goos\/goarch\[\/variant\]=value/],
      [{ cc: 'linux/arm64=a\nlinux/arm64=b' }, /input cc: linux\/arm64 is given twice/],
      [{ 'zig-version': '0.14' }, /input zig-version: "0\.14" is not an exact version like 0\.14\.1 or latest/],
      [{ 'zig-download-base-url': 'ftp://mirror' }, /input zig-download-base-url: "ftp:\/\/mirror" is not an http\(s\) URL/],
    ];
    for (const [inputs, message] of cases) assert.throws(() => parse({ targets: 'linux/amd64', ...inputs }), message);
  });
});

test('smoke arguments split on spaces and keep quoted words', () => {
  assert.deepEqual(splitArguments(`--version  -name "two words" 'x y'`), ['--version', '-name', 'two words', 'x y']);
  assert.deepEqual(splitArguments(''), []);
});
