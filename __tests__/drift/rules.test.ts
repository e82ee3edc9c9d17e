// Unit tests of the drift engine's details that the fixture markers do not pin down: the found /
// expected values, the finding shape, version bounds, Dockerfile parsing and ignore globs.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDrift } from '../../src/drift/check';
import { readDockerfile } from '../../src/drift/dockerfile';
import { ignoreMatcher } from '../../src/drift/glob';
import { classifyFile } from '../../src/drift/sources';
import { channelFloor, describeCeiling, installedLine, reachesAtLeast } from '../../src/drift/spec-bounds';
import { readGolangImage } from '../../src/drift/golang-image';
import { parseGoVersion } from '../../src/version/goversion';
import { parseVersionSpec } from '../../src/version/spec';
import type { RepoFile } from '../../src/drift/types';

const GO_MOD = (version: string, extra = ''): RepoFile => ({ path: 'go.mod', contents: `module example.com/m\n\ngo ${version}\n${extra}` });

function workflow(goVersion: string): RepoFile {
  return {
    path: '.github/workflows/ci.yml',
    contents: `on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/setup-go@v6\n        with:\n          go-version: ${goVersion}\n`,
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
    const { findings } = checkDrift([
      GO_MOD('1.22'),
      workflow('${{ vars.GO }}'),
      { path: 'Dockerfile', contents: 'FROM golang:1.21\nRUN go build ./...\n' },
    ]);
    assert.ok(findings.length >= 2);
    for (const finding of findings) {
      assert.deepEqual(Object.keys(finding).sort(), ['column', 'expected', 'file', 'found', 'line', 'message', 'rule', 'severity']);
    }
    assert.deepEqual(findings.map((f) => f.severity).sort(), ['error', 'notice']);
  });

  test('malformed files give a finding at the file and line, not an exception', () => {
    const { findings } = checkDrift([
      { path: 'go.mod', contents: 'module m\n\ngo 1.22\nrequire (\n  a v1\n' },
      { path: '.github/workflows/x.yml', contents: 'jobs:\n  t:\n    steps:\n      - uses: actions/setup-go@v6\n        with: [\n' },
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
    const contents = `on: push\njobs:\n  test:\n    strategy:\n      matrix:\n        go: ['1.21']\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/setup-go@v6\n        with: {go-version: '\${{ matrix.go }}'}\n      - uses: actions/setup-go@v6\n        with: {go-version: '\${{ matrix.go }}'}\n`;
    const { findings } = checkDrift([GO_MOD('1.22'), { path: '.github/workflows/ci.yml', contents }]);
    assert.deepEqual(
      findings.map((f) => [f.file, f.line, f.column, f.rule]),
      [
        ['.github/workflows/ci.yml', 6, 14, 'ci-below-minimum'],
        // No job runs the go line's own 1.22 either.
        ['go.mod', 3, 4, 'minimum-untested'],
      ],
    );
  });
});

describe('version bounds', () => {
  test('installed line and reach', () => {
    assert.equal(installedLine(spec('1.22.x')), '1.22');
    assert.equal(installedLine(spec('>=1.21 <1.23')), '1.22');
    assert.equal(installedLine(spec('>=1.21')), undefined);
    assert.equal(reachesAtLeast(spec('1.22.x'), version('1.22.9')), true);
    assert.equal(reachesAtLeast(spec('1.22.1'), version('1.22.9')), false);
    assert.equal(reachesAtLeast(spec('<1.23'), version('1.23.1')), false);
    assert.equal(reachesAtLeast(spec('^1.22'), version('1.23.1')), true);
    // A range to the end of the major has no installed line of its own: the newest 1.x.
    assert.equal(installedLine(spec('^1')), undefined);
    assert.equal(installedLine(spec('^1.18')), undefined);
    assert.equal(installedLine(spec('>=1.21 <1.23 <2')), '1.22');
  });

  test('what a spec installs at most, in words', () => {
    assert.equal(describeCeiling(spec('1.22.1')), 'Go 1.22.1');
    assert.equal(describeCeiling(spec('1.24')), 'the newest Go 1.24.x');
    assert.equal(describeCeiling(spec('~1.24.3')), 'the newest Go 1.24.x');
    assert.equal(describeCeiling(spec('<=1.24.2')), 'the newest Go release up to 1.24.2');
  });

  test('stable and oldstable from the release calendar: a new line every February and August', () => {
    assert.equal(channelFloor('stable', new Date('2023-09-01T00:00:00Z')), '1.21');
    assert.equal(channelFloor('stable', new Date('2024-02-28T00:00:00Z')), '1.21');
    assert.equal(channelFloor('stable', new Date('2024-03-01T00:00:00Z')), '1.22');
    assert.equal(channelFloor('oldstable', new Date('2026-08-24T00:00:00Z')), '1.25');
    assert.equal(channelFloor('stable', new Date('2026-11-29T00:00:00Z')), '1.27');
  });

  test('messages never print a made-up version', () => {
    const { findings } = checkDrift([GO_MOD('1.25.0'), workflow('^1'), workflow('^1')], { today: new Date('2026-08-24T00:00:00Z') });
    const untested = findings.find((f) => f.rule === 'minimum-untested');
    assert.ok(untested, 'no minimum-untested finding');
    assert.doesNotMatch(untested.message, /-1\b|\d+\.-/);
    assert.match(untested.message, /\^1 \(the newest Go, 1\.26 or newer today\)/);
    assert.equal(findings.filter((f) => f.severity === 'error').length, 0);
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

  test('golang image tags', () => {
    assert.deepEqual(readGolangImage('golang:1.26-alpine'), { kind: 'version', version: '1.26', offset: 7 });
    assert.deepEqual(readGolangImage('golang:1'), { kind: 'version', version: '1', offset: 7 });
    assert.deepEqual(readGolangImage('golang:1-bookworm'), { kind: 'version', version: '1', offset: 7 });
    assert.deepEqual(readGolangImage('golang:alpine'), { kind: 'version', version: 'stable', offset: 7 });
    assert.equal(readGolangImage('golang:tip').kind, 'floating');
    assert.equal(readGolangImage('ghcr.io/x/golang-builder:1.20').kind, 'not-golang');
  });

  test('Dockerfile stages: which FROM lines build the module', () => {
    const usages = readDockerfile(
      'Dockerfile',
      'FROM golang:1.22 AS tools\nRUN go install x.dev/tool@v1.0.0\nFROM golang:1.23 AS base\nFROM base AS test\nCOPY . .\nRUN go test ./...\nFROM golang:1.24\nCOPY --from=test /x /x\nRUN /x\n',
    );
    assert.deepEqual(
      usages.map((u) => [u.raw, u.buildsModule]),
      [
        ['golang:1.22', false],
        ['golang:1.23', true],
        ['golang:1.24', false],
      ],
    );
  });

  test('classifyFile and ignore globs', () => {
    assert.equal(classifyFile('a/b/go.mod'), 'go.mod');
    assert.equal(classifyFile('.github/workflows/ci.yaml'), 'workflow');
    assert.equal(classifyFile('.github/actions/x/action.yml'), 'local action');
    // Only the repository's own workflows run on GitHub.
    assert.equal(classifyFile('docs/.github/workflows/lint.yml'), undefined);
    assert.equal(classifyFile('deploy/api.Dockerfile'), 'dockerfile');
    assert.equal(classifyFile('Dockerfile.dev'), 'dockerfile');
    assert.equal(classifyFile('docker/Dockerfile-dev'), 'dockerfile');
    assert.equal(classifyFile('build/api_Dockerfile'), 'dockerfile');
    assert.equal(classifyFile('Dockerfiles.md'), undefined);
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

describe('versions as old setup-go majors wrote them', () => {
  test('setup-go v2 spelled candidates without the dot: 1.18.0-beta2 is 1.18beta2, not an invalid version', () => {
    const rules = (pin: string) => checkDrift([GO_MOD('1.17'), workflow(pin)]).findings.map((f) => f.rule);
    assert.ok(!rules('1.18.0-beta2').includes('invalid-version'));
    assert.ok(rules('1.18.0-gamma2').includes('invalid-version'));
  });
});
