// The `artifacts` output and the job summary table of a build.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { artifactsJson, summaryMarkdown, type BuiltTarget } from '../../../src/build/artifacts/summary';
import type { BuildTarget } from '../../../src/build/plan/targets';

const t = (goos: string, goarch: string, variant = ''): BuildTarget => ({ goos, goarch, variant });

describe('report', () => {
  const built: BuiltTarget = {
    target: t('linux', 'arm', 'v7'),
    path: 'dist/hello-linux-arm-v7',
    archive: 'dist/hello-linux-arm-v7.tar.gz',
    sbom: 'dist/hello-linux-arm-v7.spdx.json',
    cyclonedx: undefined,
    sha256: 'c'.repeat(64),
    size: 2_500_000,
    millis: 1234,
    qemu: { status: 'passed', detail: 'smoke: hello 1.0 linux/arm' },
    facts: { linkage: 'static', interpreter: undefined, libc: 'musl', cgo: true },
    cc: 'zig 0.17.1 cc -target arm-linux-musleabihf',
  };
  const dynamic: BuiltTarget = {
    ...built,
    target: t('linux', 'arm64'),
    cc: 'zig 0.17.1 cc -target aarch64-linux-gnu.2.28',
    facts: { linkage: 'dynamic', interpreter: '/lib/ld-linux-aarch64.so.1', libc: 'glibc', cgo: true },
  };

  test('artifacts output carries what later steps need', () => {
    const windows: BuiltTarget = {
      ...built,
      target: t('windows', 'amd64'),
      archive: undefined,
      sbom: undefined,
      cc: '',
      qemu: { status: 'not run', detail: '' },
      facts: { linkage: undefined, interpreter: undefined, libc: 'none', cgo: false },
    };
    assert.deepEqual(JSON.parse(artifactsJson([built, windows, dynamic])), [
      {
        goos: 'linux',
        goarch: 'arm',
        variant: 'v7',
        path: 'dist/hello-linux-arm-v7',
        archive: 'dist/hello-linux-arm-v7.tar.gz',
        sbom: 'dist/hello-linux-arm-v7.spdx.json',
        cyclonedx: '',
        sha256: 'c'.repeat(64),
        size: 2_500_000,
        linkage: 'static',
        interpreter: '',
        libc: 'musl',
        cgo: true,
        cc: 'zig 0.17.1 cc -target arm-linux-musleabihf',
        qemu: 'passed',
      },
      {
        goos: 'windows',
        goarch: 'amd64',
        variant: '',
        path: 'dist/hello-linux-arm-v7',
        archive: '',
        sbom: '',
        cyclonedx: '',
        sha256: 'c'.repeat(64),
        size: 2_500_000,
        linkage: '',
        interpreter: '',
        libc: 'none',
        cgo: false,
        cc: '',
        qemu: 'not run',
      },
      {
        goos: 'linux',
        goarch: 'arm64',
        variant: '',
        path: 'dist/hello-linux-arm-v7',
        archive: 'dist/hello-linux-arm-v7.tar.gz',
        sbom: 'dist/hello-linux-arm-v7.spdx.json',
        cyclonedx: '',
        sha256: 'c'.repeat(64),
        size: 2_500_000,
        linkage: 'dynamic',
        interpreter: '/lib/ld-linux-aarch64.so.1',
        libc: 'glibc',
        cgo: true,
        cc: 'zig 0.17.1 cc -target aarch64-linux-gnu.2.28',
        qemu: 'passed',
      },
    ]);
  });

  test('summary row: target, size, short sha256, time, linkage, libc, cgo, QEMU result; notes below', () => {
    const markdown = summaryMarkdown([built, dynamic], ['QEMU: no qemu-user for s390x']);
    assert.match(
      markdown,
      /\| `linux\/arm\/v7` \| 2\.4 MiB \| `cccccccccccc` \| 1\.2 s \| static \| musl \| on \(zig 0\.17\.1 cc -target arm-linux-musleabihf\) \| ✅ passed \(smoke: hello 1\.0 linux\/arm\) \|/,
    );
    assert.match(
      markdown,
      /\| `linux\/arm64` \| [^|]+\| [^|]+\| [^|]+\| dynamic \(<code>\/lib\/ld-linux-aarch64\.so\.1<\/code>\) \| glibc \| on \(zig 0\.17\.1 cc -target aarch64-linux-gnu\.2\.28\) \|/,
    );
    assert.match(markdown, /^- QEMU: no qemu-user for s390x$/m);
  });

  test('text from the program, the binary and the notes is inert: no tag, comment, or cell break survives', () => {
    const hostile: BuiltTarget = {
      ...dynamic,
      qemu: { status: 'passed', detail: 'smoke: <h1>hi</h1> | <!-- rest' },
      facts: { ...dynamic.facts, interpreter: '/lib/<img src=x>`' },
      cc: 'cc <b>x</b>',
    };
    const markdown = summaryMarkdown([hostile], ['Image r/<h1>x</h1>:1: OCI layout in <!--/image.tar']);
    assert.ok(!/<h1>|<!--|<img|<b>/.test(markdown), markdown);
    const row = markdown.split('\n').find((line) => line.startsWith('| `linux/arm64`'))!;
    assert.equal(row.split(' | ').length, 8, 'no extra cell');
    assert.match(row, /passed \(smoke: &lt;h1&gt;hi&lt;\/h1&gt; &#124; &lt;!-- rest\)/);
    assert.match(row, /dynamic \(<code>\/lib\/&lt;img src=x&gt;&#96;<\/code>\)/);
    assert.match(markdown, /^- Image r\/&lt;h1&gt;x&lt;\/h1&gt;:1: OCI layout in &lt;!--\/image\.tar$/m);
  });
});

test('a planning run has no table, only its notes', () => {
  assert.equal(
    summaryMarkdown([], ['Planned 3 shard(s) of 8 targets; set shard to build one.']),
    '### Cross-build\n\n- Planned 3 shard(s) of 8 targets; set shard to build one.\n',
  );
});
