// parseBuildInfo against Go itself: the text of `go version -m` for real binaries (dependencies with
// h1 sums, a local replacement, quoted build settings) read back equal to `go version -m -json`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseBuildInfo, unquoteGo, type GoBuildInfo, type GoModule } from '../../../src/build/artifacts/build-info';
import { REPO_ROOT } from '../../harness/runner';

interface JsonModule {
  Path: string;
  Version?: string;
  Sum?: string;
  Replace?: JsonModule;
}
interface JsonBuildInfo {
  GoVersion: string;
  Path: string;
  Main: JsonModule;
  Deps?: JsonModule[];
  // encoding/json leaves an empty value out.
  Settings: { Key: string; Value?: string }[];
}

const fromJson = (module: JsonModule): GoModule => ({
  path: module.Path,
  version: module.Version ?? '',
  sum: module.Sum ?? '',
  ...(module.Replace && { replace: fromJson(module.Replace) }),
});

/** What `go version -m -json` says, in parseBuildInfo's terms. */
function goJson(binary: string): GoBuildInfo {
  const json = JSON.parse(execFileSync('go', ['version', '-m', '-json', binary], { encoding: 'utf8' })) as JsonBuildInfo;
  return {
    goVersion: json.GoVersion,
    path: json.Path,
    main: fromJson(json.Main),
    deps: (json.Deps ?? []).map(fromJson),
    settings: json.Settings.map((setting) => ({ key: setting.Key, value: setting.Value ?? '' })),
  };
}

const goText = (binary: string) => execFileSync('go', ['version', '-m', binary], { encoding: 'utf8' });

describe('build info of real binaries', () => {
  let work: string;
  before(() => {
    work = mkdtempSync(join(tmpdir(), 'sgg-build-info-'));
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  test('dependencies with versions and h1 sums (examples/deps), trimpath and cgo settings', () => {
    const module = join(work, 'deps');
    cpSync(join(REPO_ROOT, 'examples', 'deps'), module, { recursive: true });
    const binary = join(work, 'deps.bin');
    execFileSync('go', ['build', '-trimpath', '-o', binary, '.'], { cwd: module, env: { ...process.env, CGO_ENABLED: '0' } });
    const parsed = parseBuildInfo(goText(binary));
    assert.deepEqual(parsed, goJson(binary));
    assert.deepEqual(
      parsed.deps.map((dep) => dep.path),
      ['github.com/google/uuid', 'golang.org/x/text'],
    );
    assert.ok(parsed.deps.every((dep) => /^h1:[A-Za-z0-9+/]{43}=$/.test(dep.sum)));
  });

  test('a module replaced by a local folder, and -ldflags with spaces and quotes (recorded without -trimpath)', () => {
    const module = join(work, 'rep');
    mkdirSync(join(module, 'greeting'), { recursive: true });
    writeFileSync(join(module, 'greeting', 'go.mod'), 'module example.com/greeting\n\ngo 1.22\n');
    writeFileSync(join(module, 'greeting', 'g.go'), 'package greeting\n\nfunc Hi() string { return "hi" }\n');
    writeFileSync(
      join(module, 'go.mod'),
      'module example.com/rep\n\ngo 1.22\n\nrequire example.com/greeting v1.0.0\n\nreplace example.com/greeting v1.0.0 => ./greeting\n',
    );
    writeFileSync(
      join(module, 'main.go'),
      'package main\n\nimport "example.com/greeting"\n\nvar version = "dev"\n\nfunc main() { println(greeting.Hi(), version) }\n',
    );
    const binary = join(work, 'rep.bin');
    execFileSync('go', ['build', '-ldflags', '-s -w -X "main.version=1 2\tb"', '-o', binary, '.'], { cwd: module });
    const parsed = parseBuildInfo(goText(binary));
    assert.deepEqual(parsed, goJson(binary));
    assert.deepEqual(parsed.deps[0], {
      path: 'example.com/greeting',
      version: 'v1.0.0',
      sum: '',
      replace: { path: './greeting', version: '(devel)', sum: '' },
    });
    assert.equal(parsed.settings.find((setting) => setting.key === '-ldflags')?.value, '-s -w -X "main.version=1 2\tb"');
  });
});

test('unquoteGo reverses strconv.Quote, escapes and non-ASCII included', () => {
  assert.equal(unquoteGo('plain'), 'plain');
  assert.equal(unquoteGo('"a \\"b\\"\\tc\\\\"'), 'a "b"\tc\\');
  assert.equal(unquoteGo('"\\x00\\u00e9\\U0001f600é"'), '\u0000é😀é');
  assert.throws(() => unquoteGo('"open'), /unterminated Go string/);
});

test('output without build info is refused', () => {
  assert.throws(() => parseBuildInfo('not a go binary\n'), /no Go version in the first line/);
});
