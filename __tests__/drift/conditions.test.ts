// The `if:` evaluator and what it does to findings: a value a condition excludes is no finding, a
// condition the check cannot evaluate caps the findings at warnings and says so. Also its budgets:
// hostile conditions end as "unknown" in one pass.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDrift } from '../../src/drift/check';
import { ConditionBudget, evaluateCondition, type ReferenceLookup } from '../../src/drift/conditions';
import type { RepoFile } from '../../src/drift/types';

const bound =
  (values: Record<string, string>): ReferenceLookup =>
  (context, name) =>
    values[`${context}.${name}`];

const GO_MOD: RepoFile = { path: 'go.mod', contents: 'module example.com/m\n\ngo 1.22.0\n' };

function stepUnder(condition: string, goVersion: string): RepoFile {
  return {
    path: '.github/workflows/ci.yml',
    contents: `on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    strategy:\n      matrix:\n        go: ['${goVersion}']\n    steps:\n      - uses: actions/setup-go@v6\n        if: ${condition}\n        with:\n          go-version: \${{ matrix.go }}\n`,
  };
}

describe('evaluateCondition', () => {
  test('the two shapes of a setup step that never receives a value', () => {
    assert.equal(evaluateCondition("inputs.go_version != 'gotip'", bound({ 'inputs.go_version': 'gotip' })), false);
    assert.equal(evaluateCondition("inputs.go_version != 'gotip'", bound({ 'inputs.go_version': '1.22' })), true);
    assert.equal(evaluateCondition("${{ inputs.go-version != '' }}", bound({ 'inputs.go-version': '' })), false);
    assert.equal(evaluateCondition("inputs['go-version'] != ''", bound({ 'inputs.go-version': '1.22' })), true);
  });

  test('GitHub semantics: case-insensitive strings, loose numbers, && and || return operands', () => {
    const go = bound({ 'matrix.go': '1.22' });
    assert.equal(evaluateCondition("matrix.go == 'TIP'", bound({ 'matrix.go': 'tip' })), true);
    assert.equal(evaluateCondition('matrix.go == 1.22', go), true);
    assert.equal(evaluateCondition("startsWith(matrix.go, '1.') && !endsWith(matrix.go, 'rc1')", go), true);
    assert.equal(evaluateCondition("contains('1.21 1.22', matrix.go)", go), true);
    assert.equal(evaluateCondition("(matrix.go == '1.21' || matrix.go == '1.22') && true", go), true);
    assert.equal(evaluateCondition("matrix.go >= '1.21'", go), true);
    assert.equal(evaluateCondition("''", go), false);
    assert.equal(evaluateCondition('null', go), false);
  });

  test('three-valued: unknown references stay unknown unless the other side decides', () => {
    const go = bound({ 'matrix.go': 'tip' });
    assert.equal(evaluateCondition("runner.os == 'Linux'", go), undefined);
    assert.equal(evaluateCondition("runner.os == 'Linux' && matrix.go != 'tip'", go), false);
    assert.equal(evaluateCondition("runner.os == 'Linux' || matrix.go == 'tip'", go), true);
    assert.equal(evaluateCondition("runner.os == 'Linux' && matrix.go == 'tip'", go), undefined);
    assert.equal(evaluateCondition("!(github.event_name == 'push')", go), undefined);
    assert.equal(evaluateCondition("success() && matrix.go == 'tip'", go), undefined);
    assert.equal(evaluateCondition('toJSON(matrix)', go), undefined);
    // A name of Object.prototype is no function of the language.
    assert.equal(evaluateCondition("constructor('a', 'b')", go), undefined);
  });

  test('what it cannot read is unknown, never an exception', () => {
    const none = bound({});
    for (const text of ["'unclosed", 'matrix.go ==', '((1)', '${{ a }} && ${{ b }}', 'a ? b : c', '1 +', '']) {
      assert.equal(evaluateCondition(text, none), text === '' ? undefined : undefined, text);
    }
  });

  test('hostile conditions: bounded depth and length, one pass', () => {
    const none = bound({ 'matrix.go': '1.22' });
    assert.equal(evaluateCondition(`${'('.repeat(100_000)}true${')'.repeat(100_000)}`, none), undefined);
    assert.equal(evaluateCondition(`${'!'.repeat(100_000)}true`, none), undefined);
    assert.equal(evaluateCondition(`${"matrix.go == '1.22' && ".repeat(150)}true`, none), true);
    const start = performance.now();
    for (let i = 0; i < 1000; i++) evaluateCondition(`'${"''".repeat(2000)}`, none);
    assert.ok(performance.now() - start < 2000, 'quote runs are read in one pass');
  });
});

describe('condition budget', () => {
  test('past the budget a condition is unknown; a text is read into tokens once', () => {
    const budget = new ConditionBudget(100);
    const go = bound({ 'matrix.go': 'tip' });
    assert.equal(evaluateCondition("matrix.go != 'tip'", go, budget), false);
    assert.equal(budget.tokens.size, 1);
    for (let i = 0; i < 20; i++) evaluateCondition("matrix.go != 'tip'", go, budget);
    assert.equal(evaluateCondition("matrix.go != 'tip'", go, budget), undefined);
  });

  test('a thousand matrix values under a hundred long conditions stay within a few seconds', () => {
    const values = Array.from({ length: 1000 }, (_, i) => `'1.22.${i}'`).join(', ');
    const condition = Array.from({ length: 300 }, (_, i) => `matrix.go != 'x${i}'`).join(' && ');
    const steps = Array.from(
      { length: 100 },
      () => `      - uses: actions/setup-go@v6\n        if: \${{ ${condition} }}\n        with:\n          go-version: \${{ matrix.go }}`,
    ).join('\n');
    const contents = `on: push\njobs:\n  t:\n    runs-on: x\n    strategy:\n      matrix:\n        go: [${values}]\n    steps:\n${steps}\n`;
    const start = performance.now();
    const { findings } = checkDrift([GO_MOD, { path: '.github/workflows/ci.yml', contents }]);
    assert.ok(performance.now() - start < 10_000, `took ${Math.round(performance.now() - start)} ms`);
    assert.deepEqual(findings, []);
  });
});

describe('conditions in the check', () => {
  test('a matrix value the step excludes is no finding', () => {
    assert.deepEqual(checkDrift([GO_MOD, stepUnder("matrix.go != 'tip'", 'tip')]).findings, []);
    // A YAML boolean reads as its expression: a step that never runs.
    assert.deepEqual(checkDrift([GO_MOD, stepUnder('false', '1.21')]).findings, []);
    // Without the condition the same value is an invalid version.
    const unguarded = checkDrift([GO_MOD, stepUnder("matrix.go != 'other'", 'tip')]).findings;
    assert.deepEqual(
      unguarded.map((f) => f.rule),
      ['invalid-version'],
    );
  });

  test('a condition the check cannot evaluate caps the finding at a warning and says so', () => {
    const [below, ...rest] = checkDrift([GO_MOD, stepUnder("runner.os == 'Windows'", '1.21')]).findings;
    assert.deepEqual(
      rest.map((f) => f.rule),
      ['minimum-untested'],
    );
    assert.equal(below!.rule, 'ci-below-minimum');
    assert.equal(below!.severity, 'warning');
    assert.match(below!.message, /under `if: runner\.os == 'Windows'`, which the check cannot evaluate/);
    const [plain] = checkDrift([GO_MOD, stepUnder("matrix.go != 'tip'", '1.21')]).findings;
    assert.equal(plain!.severity, 'error');
    assert.doesNotMatch(plain!.message, /cannot evaluate/);
  });

  test('a composite action step under `if: inputs.go-version != ""` never receives the empty default', () => {
    const action: RepoFile = {
      path: '.github/actions/go/action.yml',
      contents:
        "inputs:\n  go-version:\n    default: ''\nruns:\n  using: composite\n  steps:\n    - uses: actions/setup-go@v6\n      if: inputs.go-version != ''\n      with:\n        go-version: ${{ inputs.go-version }}\n",
    };
    const caller: RepoFile = {
      path: '.github/workflows/ci.yml',
      contents: 'on: push\njobs:\n  t:\n    runs-on: x\n    steps:\n      - uses: ./.github/actions/go\n',
    };
    assert.deepEqual(checkDrift([GO_MOD, action, caller]).findings, []);
    const unguarded = { ...action, contents: action.contents.replace("      if: inputs.go-version != ''\n", '') };
    assert.ok(checkDrift([GO_MOD, unguarded, caller]).findings.length > 0, 'the empty default is a finding without the if');
  });

  test('a job `if:` counts, and caps the findings of every step in the job', () => {
    const contents =
      "on: push\njobs:\n  t:\n    if: github.repository == 'a/b'\n    runs-on: x\n    steps:\n      - uses: actions/setup-go@v6\n        with:\n          go-version: '1.21'\n";
    const findings = checkDrift([GO_MOD, { path: '.github/workflows/ci.yml', contents }]).findings;
    assert.deepEqual(
      findings.map((f) => [f.rule, f.severity]),
      [
        ['ci-below-minimum', 'warning'],
        ['minimum-untested', 'warning'],
      ],
    );
  });
});
