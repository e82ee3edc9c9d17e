// Which Go really runs: the installer table, GOTOOLCHAIN values, and the Go that runs for a pin.
// The fixtures toolchain-switch and toolchain-line-switch show the same through whole workflows;
// these pin down the table and the messages.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDrift } from '../../src/drift/check';
import { gotoolchainMode, installerMode } from '../../src/drift/toolchain-mode';
import type { RepoFile } from '../../src/drift/types';

const GO_MOD: RepoFile = { path: 'go.mod', contents: 'module example.com/m\n\ngo 1.24\n' };

function job(uses: string, goVersion: string, env = ''): RepoFile {
  return {
    path: `.github/workflows/go-${goVersion}.yml`,
    contents: `on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n${env}    strategy:\n      matrix:\n        go: ['${goVersion}']\n    steps:\n      - uses: ${uses}\n        with:\n          go-version: \${{ matrix.go }}\n      - run: go test ./...\n`,
  };
}

describe('installer table', () => {
  test('actions/setup-go by major tag, a SHA by its comment', () => {
    assert.equal(installerMode('actions/setup-go@v5', '').kind, 'switch');
    assert.equal(installerMode('actions/setup-go@v5.5.0', '').kind, 'switch');
    assert.equal(installerMode('actions/setup-go@v4', '').kind, 'switch');
    assert.equal(installerMode('actions/setup-go@v6', '').kind, 'local');
    assert.equal(installerMode('actions/setup-go@v6.1.0', '').kind, 'local');
    const sha = 'actions/setup-go@0aaccfd150d50ccaeb58ebd88d36e91967a5f35b';
    assert.equal(installerMode(sha, `      - uses: ${sha} # v5.4.0`).kind, 'switch');
    assert.equal(installerMode(sha, `      - uses: ${sha} # v6.0.0`).kind, 'local');
    assert.equal(installerMode(sha, `      - uses: ${sha}`).kind, 'unknown');
    // A tag is not a SHA: its comment is not read.
    assert.equal(installerMode('actions/setup-go@v5', '      - uses: actions/setup-go@v5 # v6.0.0').kind, 'switch');
  });

  test('this action, a fork and a branch', () => {
    assert.equal(installerMode('example-org/setup-go-golden@v1', '').kind, 'local');
    const fork = installerMode('someone/setup-go@v5', '');
    assert.equal(fork.kind, 'unknown');
    assert.match(fork.why, /not an installer the check knows/);
    assert.equal(installerMode('actions/setup-go@main', '').kind, 'unknown');
  });

  test('GOTOOLCHAIN values', () => {
    assert.equal(gotoolchainMode('local', 'env')?.kind, 'local');
    for (const value of ['auto', 'local+auto', 'path', 'local+path', 'go1.23.0+auto'])
      assert.equal(gotoolchainMode(value, 'env')?.kind, 'switch', value);
    assert.deepEqual(gotoolchainMode('go1.24.2', 'env'), {
      kind: 'forced',
      release: { major: 1, minor: 24, patch: 2 },
      why: 'GOTOOLCHAIN=go1.24.2 comes from env',
    });
    assert.equal(gotoolchainMode('', 'env'), undefined);
    assert.equal(gotoolchainMode('newest', 'env')?.kind, 'unknown');
  });
});

describe('the Go that runs', () => {
  test('setup-go v5 below the go line: a warning naming the Go that runs, not an error', () => {
    const findings = checkDrift([GO_MOD, job('actions/setup-go@v5', '1.23'), job('actions/setup-go@v5', '1.24')]).findings;
    assert.deepEqual(
      findings.map((f) => [f.rule, f.severity, f.found, f.expected]),
      [['ci-toolchain-switch', 'warning', '1.23', '>= 1.24']],
    );
    assert.match(
      findings[0]!.message,
      /the matrix lists 1\.23, but go1\.24\.0 runs: Go switches toolchains since actions\/setup-go v5 leaves GOTOOLCHAIN=auto/,
    );
  });

  test('setup-go v6: GOTOOLCHAIN=local refuses, and the message says who set it', () => {
    const [below] = checkDrift([GO_MOD, job('actions/setup-go@v6', '1.23'), job('actions/setup-go@v6', '1.24')]).findings;
    assert.equal(below!.rule, 'ci-below-minimum');
    assert.match(below!.message, /actions\/setup-go v6 sets GOTOOLCHAIN=local, so Go refuses to build it/);
  });

  test('Go before 1.21 knows no switching: an error whatever the installer', () => {
    const [below] = checkDrift([GO_MOD, job('actions/setup-go@v5', '1.20'), job('actions/setup-go@v5', '1.24')]).findings;
    assert.equal(below!.rule, 'ci-below-minimum');
    assert.match(below!.message, /Go before 1\.21 does not enforce the go line/);
  });

  test('the toolchain line newer than the go line is the Go that runs', () => {
    const goMod = { path: 'go.mod', contents: 'module example.com/m\n\ngo 1.24\n\ntoolchain go1.24.3\n' };
    const [switched] = checkDrift([goMod, job('actions/setup-go@v5', '1.22'), job('actions/setup-go@v6', '1.24')]).findings;
    assert.equal(switched!.rule, 'ci-toolchain-switch');
    assert.match(switched!.message, /but go1\.24\.3 runs/);
  });

  test('env GOTOOLCHAIN at the job overrides the installer', () => {
    const local = checkDrift([GO_MOD, job('actions/setup-go@v5', '1.23', '    env:\n      GOTOOLCHAIN: local\n')]).findings;
    assert.deepEqual(
      local.map((f) => f.rule),
      ['ci-below-minimum', 'minimum-untested'],
    );
    const auto = checkDrift([GO_MOD, job('actions/setup-go@v6', '1.23', '    env:\n      GOTOOLCHAIN: auto\n')]).findings;
    assert.deepEqual(
      auto.map((f) => f.rule),
      ['ci-toolchain-switch'],
    );
  });

  test('a fork installer below the go line: a warning (fails or switches, the pin never runs), never a pass or an error', () => {
    const findings = checkDrift([GO_MOD, job('someone/setup-go@v5', '1.23')]).findings;
    assert.deepEqual(
      findings.map((f) => [f.rule, f.severity]),
      [
        ['ci-below-minimum', 'warning'],
        ['minimum-untested', 'warning'],
      ],
    );
    assert.match(findings[0]!.message, /cannot tell whether Go switches toolchains: the job either fails .* or runs a newer Go/);
  });

  test('minimum-untested is not claimed while a job building the module has an unresolved Go', () => {
    const unresolved = job('actions/setup-go@v6', '1.25').contents.replace("['1.25']", '${{ fromJSON(vars.GO) }}');
    const findings = checkDrift([
      GO_MOD,
      job('actions/setup-go@v6', '1.25'),
      { path: '.github/workflows/other.yml', contents: unresolved },
    ]).findings;
    assert.deepEqual(
      findings.map((f) => f.rule),
      ['unverified'],
    );
    // Without the unresolved job, the go line is untested.
    assert.deepEqual(
      checkDrift([GO_MOD, job('actions/setup-go@v6', '1.25')]).findings.map((f) => f.rule),
      ['minimum-untested'],
    );
  });
});
