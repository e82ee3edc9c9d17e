import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCacheSave } from '../../src/inputs/cache';
import { InputReader } from '../../src/inputs/reader';

const reader = (values: Record<string, string>) => new InputReader((name) => values[name] ?? '');

describe('cache-save and the hidden default-branch input', () => {
  test('the runner-filled default branch reaches the save options', () => {
    assert.deepEqual(parseCacheSave(reader({ 'cache-save': 'auto', 'default-branch': ' main ' })), {
      mode: 'auto',
      runnerDefaultBranch: 'main',
    });
  });
  test('an empty expression (no repository in the context) leaves it out', () => {
    assert.deepEqual(parseCacheSave(reader({})), { mode: 'auto' });
  });
  test('a branch name no hosting service allows is refused, naming the input', () => {
    assert.throws(() => parseCacheSave(reader({ 'default-branch': 'main\ndev' })), /input default-branch: .* must be a single line/);
    assert.throws(() => parseCacheSave(reader({ 'default-branch': 'b'.repeat(256) })), /input default-branch: 256 characters is too long/);
  });
});
