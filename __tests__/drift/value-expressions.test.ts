// Value expressions in a go-version: `a && b || c` choices evaluated per value of their
// references, matrix object properties and step outputs as template parts.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateCondition, evaluateValue, referencesIn } from '../../src/drift/conditions';
import { parseTemplate } from '../../src/drift/expressions';

const bound =
  (values: Record<string, string>) =>
  (context: string, name: string): string | undefined =>
    values[`${context}.${name}`];

describe('evaluateValue', () => {
  test('a known condition picks one branch, an empty one included', () => {
    const choice = "matrix.go != 'go.mod' && matrix.go || ''";
    assert.deepEqual(evaluateValue(choice, bound({ 'matrix.go': '1.22.x' })), [{ text: '1.22.x' }]);
    assert.deepEqual(evaluateValue(choice, bound({ 'matrix.go': 'go.mod' })), [{ text: '' }]);
  });

  test('an unknown condition gives each branch; an unknown value is named for the run-time reason', () => {
    assert.deepEqual(evaluateValue("github.event_name == 'schedule' && 'stable' || '1.23'", bound({})), [
      { text: 'stable' },
      { text: '1.23' },
    ]);
    assert.deepEqual(evaluateValue("inputs.go || '1.22'", bound({})), [{ runtime: 'inputs.go' }, { text: '1.22' }]);
    assert.deepEqual(evaluateValue("inputs.go || '1.22'", bound({ 'inputs.go': '1.24' })), [{ text: '1.24' }]);
    assert.deepEqual(evaluateValue("fromJSON(needs.a.outputs.b) || '1.22'", bound({})), [{ runtime: 'fromJSON(...)' }, { text: '1.22' }]);
  });

  test('conditions keep their three values', () => {
    assert.equal(evaluateCondition("runner.os == 'Linux' || true", bound({})), true);
    assert.equal(evaluateCondition("runner.os == 'Linux' && false", bound({})), false);
    assert.equal(evaluateCondition("runner.os == 'Linux'", bound({})), undefined);
    assert.equal(evaluateCondition("matrix.go.version == '1.22'", bound({ 'matrix.go.version': '1.22' })), true);
  });

  test('references are read from tokens, not from string literals', () => {
    assert.deepEqual(referencesIn("matrix.go['version'] != 'matrix.x' && env.GO || inputs.go"), [
      { context: 'matrix', name: 'go.version' },
      { context: 'env', name: 'GO' },
      { context: 'inputs', name: 'go' },
    ]);
  });
});

describe('template parts', () => {
  test('matrix properties, step outputs and choices', () => {
    assert.deepEqual(parseTemplate("${{ matrix.go['version'] }}"), [
      { kind: 'matrix', name: 'go', path: ['version'], expression: "matrix.go['version']" },
    ]);
    assert.deepEqual(parseTemplate('${{ steps.go.outputs.version }}'), [
      { kind: 'steps', id: 'go', output: 'version', expression: 'steps.go.outputs.version' },
    ]);
    assert.deepEqual(parseTemplate("${{ inputs.go || '1.22' }}"), [{ kind: 'choice', expression: "inputs.go || '1.22'" }]);
    assert.equal(parseTemplate("${{ 'a||b' }}")[0]!.kind, 'text');
  });
});
