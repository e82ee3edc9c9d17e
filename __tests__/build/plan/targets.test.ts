import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { resolveTargets, targetEnv, targetId, type DistEntry } from '../../../src/build/plan/targets';

let dist: DistEntry[];
before(() => {
  dist = JSON.parse(execFileSync('go', ['tool', 'dist', 'list', '-json'], { encoding: 'utf8' })) as DistEntry[];
});

const ids = (entries: string[]) => resolveTargets(entries, dist).map(targetId);

describe('target lists', () => {
  test('explicit targets keep their order and lose duplicates', () => {
    assert.deepEqual(ids(['windows/amd64', 'linux/arm/v7', 'windows/amd64', 'linux/arm/7']), ['windows/amd64', 'linux/arm/v7']);
  });

  test('first-class and all follow the Go in use', () => {
    const firstClass = dist.filter((d) => d.FirstClass).map((d) => `${d.GOOS}/${d.GOARCH}`);
    assert.ok(firstClass.includes('linux/amd64') && firstClass.includes('windows/amd64'));
    assert.deepEqual(ids(['first-class']), firstClass);
    assert.deepEqual(
      ids(['all']),
      dist.map((d) => `${d.GOOS}/${d.GOARCH}`),
    );
  });

  test('globs match within one path element', () => {
    const linux = ids(['linux/*']);
    assert.ok(linux.length > 5);
    assert.ok(linux.every((id) => id.startsWith('linux/')));
    assert.deepEqual(
      linux,
      dist.filter((d) => d.GOOS === 'linux').map((d) => `linux/${d.GOARCH}`),
    );
    assert.deepEqual(
      ids(['*/arm64']).sort(),
      dist
        .filter((d) => d.GOARCH === 'arm64')
        .map((d) => `${d.GOOS}/arm64`)
        .sort(),
    );
    assert.deepEqual(ids(['linux/mips*']), ['linux/mips', 'linux/mips64', 'linux/mips64le', 'linux/mipsle']);
  });

  test('variants map to the variable Go reads', () => {
    const env = (id: string) => targetEnv(resolveTargets([id], dist)[0]!);
    assert.deepEqual(env('linux/arm/v7'), { GOOS: 'linux', GOARCH: 'arm', GOARM: '7' });
    assert.deepEqual(env('linux/arm/6'), { GOOS: 'linux', GOARCH: 'arm', GOARM: '6' });
    assert.deepEqual(env('linux/amd64/v3'), { GOOS: 'linux', GOARCH: 'amd64', GOAMD64: 'v3' });
    assert.deepEqual(env('linux/386/softfloat'), { GOOS: 'linux', GOARCH: '386', GO386: 'softfloat' });
    assert.deepEqual(env('linux/arm64/v8'), { GOOS: 'linux', GOARCH: 'arm64', GOARM64: 'v8.0' });
    assert.deepEqual(env('linux/arm64/v9.2'), { GOOS: 'linux', GOARCH: 'arm64', GOARM64: 'v9.2' });
    assert.deepEqual(env('linux/mipsle/softfloat'), { GOOS: 'linux', GOARCH: 'mipsle', GOMIPS: 'softfloat' });
    assert.deepEqual(env('linux/mips64/softfloat'), { GOOS: 'linux', GOARCH: 'mips64', GOMIPS64: 'softfloat' });
    assert.deepEqual(env('linux/ppc64le/power9'), { GOOS: 'linux', GOARCH: 'ppc64le', GOPPC64: 'power9' });
    assert.deepEqual(env('linux/riscv64/rva22u64'), { GOOS: 'linux', GOARCH: 'riscv64', GORISCV64: 'rva22u64' });
    assert.deepEqual(env('linux/amd64'), { GOOS: 'linux', GOARCH: 'amd64' });
  });

  test('aliases of one variant collapse into the canonical spelling', () => {
    assert.deepEqual(ids(['linux/arm64/v8', 'linux/arm64/v8.0', 'linux/arm/7', 'linux/arm/v7']), ['linux/arm64/v8.0', 'linux/arm/v7']);
  });

  test('an unknown target names the valid ones', () => {
    assert.throws(
      () => ids(['linux/amd46']),
      (error: Error) => {
        assert.match(error.message, /unknown target "linux\/amd46"/);
        assert.match(error.message, /Valid targets: .*linux\/amd64.*windows\/arm64/);
        return true;
      },
    );
    assert.throws(() => ids(['plan10/amd64']), /unknown target "plan10\/amd64"/);
  });

  test('malformed entries are rejected with the valid targets', () => {
    for (const bad of ['linux', 'linux/', '/amd64', 'linux/arm/v7/extra', 'linux//arm']) {
      assert.throws(() => ids([bad]), /is not goos\/goarch\[\/variant\]\. Valid targets: .*linux\/amd64/, bad);
    }
  });

  test('a variant named like an inherited property (constructor, toString, __proto__) is unknown', () => {
    for (const variant of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      for (const goarch of ['amd64', 'arm', 'arm64']) {
        assert.throws(() => ids([`linux/${goarch}/${variant}`]), new RegExp(`input targets: .*unknown variant "${variant}"`));
      }
    }
  });

  test('an unknown variant lists the ones the architecture has', () => {
    assert.throws(() => ids(['linux/arm/v9']), /unknown variant "v9"; arm variants \(GOARM\): v5, v6, v7/);
    assert.throws(() => ids(['linux/s390x/z15']), /s390x has no variants/);
  });

  test('a glob that matches nothing, or carries a variant, is an error', () => {
    assert.throws(() => ids(['beos/*']), /input targets: the glob "beos\/\*" matches nothing\. Valid targets:/);
    assert.throws(() => ids(['linux/*/v7']), /a glob cannot carry a variant/);
  });

  test('no targets at all is an error', () => {
    assert.throws(() => resolveTargets([], dist), /no targets to build/);
  });
});
