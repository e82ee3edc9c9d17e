// Unit tests of the drift engine's details that the fixture markers do not pin down: the found /
// expected values, the finding shape, version bounds, Dockerfile parsing and ignore globs.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDrift } from '../../src/drift/check';
import { readDockerfile } from '../../src/drift/dockerfile';
import { ignoreMatcher } from '../../src/drift/glob';
import { classifyFile } from '../../src/drift/sources';
import { installedLine, lowestAdmitted, reachesAtLeast } from '../../src/drift/spec-bounds';
import { formatGoVersion, parseGoVersion } from '../../src/version/goversion';
import { parseVersionSpec } from '../../src/version/spec';
import type { RepoFile } from '../../src/drift/types';

const GO_MOD = (version: string, extra = ''): RepoFile => ({ path: 'go.mod', contents: `module example.com/m\n\ngo ${version}\n${extra}` });

function workflow(goVersion: string): RepoFile {
  return {
    path: '.github/workflows/ci.yml',
    contents: `on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/setup-go@v5\n        with:\n          go-version: ${goVersion}\n`,
  };
}

const spec = (text: string) => parseVersionSpec(text, 'test').spec;
const version = (text: string) => parseGoVersion(text)!;

describe('drift findings', () => {
  test('an unquoted 1.20 is reported with what YAML read and the quoted fix', () => {
    const { findings } = checkDrift([GO_MOD('1.20'), workflow('1.20')]);
    const lost = findings.find((f) => f.rule === 'yaml-number');
    assert.ok(lost, 'no yaml-number finding');
    assert.deepEqual(
      { line: lost.line, column: lost.column, found: lost.found, expected: lost.expected, severity: lost.severity },
      { line: 8, column: 23, found: '1.2', expected: "'1.20'", severity: 'error' },
    );
    assert.deepEqual(checkDrift([GO_MOD('1.20'), workflow("'1.20'")]).findings, []);
    // 1.21 stays 1.21 as a YAML number: nothing lost, nothing to report.
    assert.deepEqual(checkDrift([GO_MOD('1.21'), workflow('1.21')]).findings, []);
  });

  test('a CI version below the go line names both and what to use', () => {
    const { findings } = checkDrift([GO_MOD('1.22.3'), workflow("'1.22.1'")]);
    assert.equal(findings.length, 1);
    const [below] = findings;
    assert.equal(below!.rule, 'ci-below-minimum');
    assert.equal(below!.found, '1.22.1');
    assert.equal(below!.expected, '>= 1.22.3');
    assert.match(below!.message, /go\.mod:3/);
    assert.match(below!.message, /'1\.22\.3'/);
  });

  test('every finding has the JSON shape of the drift output', () => {
    const { findings } = checkDrift([GO_MOD('1.22'), workflow('${{ vars.GO }}'), { path: 'Dockerfile', contents: 'FROM golang:1.21\n' }]);
    assert.ok(findings.length >= 2);
    for (const finding of findings) {
      assert.deepEqual(Object.keys(finding).sort(), ['column', 'expected', 'file', 'found', 'line', 'message', 'rule', 'severity']);
    }
    assert.deepEqual(findings.map((f) => f.severity).sort(), ['error', 'notice']);
  });

  test('malformed files give a finding at the file and line, not an exception', () => {
    const { findings } = checkDrift([
      { path: 'go.mod', contents: 'module m\n\ngo 1.22\nrequire (\n  a v1\n' },
      { path: '.github/workflows/x.yml', contents: 'jobs:\n  t:\n    steps:\n      - uses: actions/setup-go@v5\n        with: [\n' },
    ]);
    assert.deepEqual(
      findings.map((f) => [f.file, f.line, f.rule]),
      [
        ['.github/workflows/x.yml', 6, 'parse-error'],
        ['go.mod', 4, 'parse-error'],
      ],
    );
  });

  test('a version resolved from a matrix is reported once, at the matrix entry, however many steps use it', () => {
    const contents = `on: push\njobs:\n  test:\n    strategy:\n      matrix:\n        go: ['1.21']\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/setup-go@v5\n        with: {go-version: '\${{ matrix.go }}'}\n      - uses: actions/setup-go@v5\n        with: {go-version: '\${{ matrix.go }}'}\n`;
    const { findings } = checkDrift([GO_MOD('1.22'), { path: '.github/workflows/ci.yml', contents }]);
    assert.deepEqual(findings.map((f) => [f.file, f.line, f.column, f.rule]), [
      ['.github/workflows/ci.yml', 6, 14, 'ci-below-minimum'],
      // No job runs the go line's own 1.22 either.
      ['go.mod', 3, 4, 'minimum-untested'],
    ]);
  });
});

describe('version bounds', () => {
  test('lowest admitted release', () => {
    const cases: Array<[string, string]> = [
      ['1.22.5', '1.22.5'],
      ['1.22', '1.22.0'],
      ['1.22.x', '1.22.0'],
      ['^1.21', '1.21.0'],
      ['~1.21.3', '1.21.3'],
      ['>=1.21 <1.23', '1.21.0'],
      ['<1.23', '1.0.0'],
      ['1.21rc2', '1.21rc2'],
    ];
    for (const [text, lowest] of cases) assert.equal(formatGoVersion(lowestAdmitted(spec(text))!), lowest, text);
    assert.equal(lowestAdmitted(spec('stable')), undefined);
  });

  test('installed line and reach', () => {
    assert.equal(installedLine(spec('1.22.x')), '1.22');
    assert.equal(installedLine(spec('>=1.21 <1.23')), '1.22');
    assert.equal(installedLine(spec('>=1.21')), undefined);
    assert.equal(reachesAtLeast(spec('1.22.x'), version('1.22.9')), true);
    assert.equal(reachesAtLeast(spec('1.22.1'), version('1.22.9')), false);
    assert.equal(reachesAtLeast(spec('<1.23'), version('1.23.1')), false);
    assert.equal(reachesAtLeast(spec('^1.22'), version('1.23.1')), true);
  });
});

describe('sources', () => {
  test('Dockerfile: continuation lines, comments, escape directive, ARG defaults', () => {
    const usages = readDockerfile(
      'Dockerfile',
      '# escape=`\nARG GO=1.22.4 OTHER="x"\n# a comment\nFROM `\n  --platform=linux/amd64 `\n  golang:${GO}-alpine AS build\nFROM golang:${MISSING:-1.21}\n',
    );
    assert.deepEqual(
      usages.map((u) => u.resolution.values.map((v) => [v.text, v.at.line, v.at.column])),
      [[['1.22.4', 2, 8]], [['1.21', 7, 24]]],
    );
  });

  test('classifyFile and ignore globs', () => {
    assert.equal(classifyFile('a/b/go.mod'), 'go.mod');
    assert.equal(classifyFile('.github/workflows/ci.yaml'), 'workflow');
    assert.equal(classifyFile('.github/actions/x/action.yml'), undefined);
    assert.equal(classifyFile('deploy/api.Dockerfile'), 'dockerfile');
    assert.equal(classifyFile('Dockerfile.dev'), 'dockerfile');
    assert.equal(classifyFile('README.md'), undefined);
    const ignored = ignoreMatcher(['examples', 'third_party/**', '**/*.Dockerfile', 'docs/{a,b}/go.mod']);
    assert.equal(ignored('examples/hello/go.mod'), true);
    assert.equal(ignored('src/examples/go.mod'), true);
    assert.equal(ignored('third_party/x/go.mod'), true);
    assert.equal(ignored('build/api.Dockerfile'), true);
    assert.equal(ignored('docs/b/go.mod'), true);
    assert.equal(ignored('docs/c/go.mod'), false);
    assert.equal(ignored('go.mod'), false);
  });
});
