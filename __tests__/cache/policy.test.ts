import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { decideSaveForEvent, decideUpload } from '../../src/cache/policy';

describe('cache-save', () => {
  const push = { eventName: 'push', ref: 'refs/heads/main', defaultBranch: 'main' };
  test('auto saves only on pushes to the default branch', () => {
    assert.equal(decideSaveForEvent('auto', push).save, true);
    assert.equal(decideSaveForEvent('auto', { ...push, ref: 'refs/heads/dev' }).save, false);
    assert.equal(decideSaveForEvent('auto', { ...push, eventName: 'pull_request', ref: 'refs/pull/3/merge' }).save, false);
    assert.equal(decideSaveForEvent('auto', { ...push, ref: 'refs/tags/main' }).save, false);
    assert.equal(decideSaveForEvent('auto', { ...push, defaultBranch: undefined }).save, false);
  });
  test('auto takes the default branch from the runner when the event file names none', () => {
    const actEvent = { eventName: 'push', ref: 'refs/heads/main', runnerDefaultBranch: 'main' };
    assert.deepEqual(decideSaveForEvent('auto', actEvent), { save: true, reason: 'push to the default branch main' });
    assert.equal(decideSaveForEvent('auto', { ...actEvent, ref: 'refs/heads/dev' }).save, false);
  });
  test('the event file names the default branch before the runner does', () => {
    assert.equal(decideSaveForEvent('auto', { ...push, runnerDefaultBranch: 'dev' }).save, true);
    assert.equal(decideSaveForEvent('auto', { ...push, ref: 'refs/heads/dev', runnerDefaultBranch: 'dev' }).save, false);
  });
  test('every auto refusal says how to save anyway', () => {
    for (const event of [
      { ...push, defaultBranch: undefined },
      { ...push, ref: 'refs/heads/dev' },
      { ...push, eventName: 'pull_request', ref: 'refs/pull/3/merge' },
    ]) {
      const decision = decideSaveForEvent('auto', event);
      assert.equal(decision.save, false);
      assert.match(decision.reason, /; to save anyway, set cache-save: always$/);
    }
    assert.match(decideSaveForEvent('auto', { ...push, defaultBranch: undefined }).reason, /neither the event file .* nor the runner/);
  });
  test('always and never ignore the event', () => {
    assert.equal(decideSaveForEvent('always', { eventName: 'pull_request', ref: 'refs/pull/3/merge' }).save, true);
    assert.equal(decideSaveForEvent('never', push).save, false);
  });
});

describe('upload decision', () => {
  const base = { primaryKey: 'k-2', restoredFingerprint: 'f1', currentFingerprint: 'f2', emptyFingerprint: 'empty' };
  test('an exact hit is never uploaded again', () => {
    assert.equal(decideUpload({ ...base, matchedKey: 'k-2' }).save, false);
  });
  test('a partial hit is uploaded only when the content changed', () => {
    assert.equal(decideUpload({ ...base, matchedKey: 'k-1' }).save, true);
    assert.equal(decideUpload({ ...base, matchedKey: 'k-1', currentFingerprint: 'f1' }).save, false);
  });
  test('a miss uploads new content but not an empty cache', () => {
    assert.equal(decideUpload({ ...base, restoredFingerprint: 'empty' }).save, true);
    assert.equal(decideUpload({ ...base, restoredFingerprint: 'empty', currentFingerprint: 'empty' }).save, false);
  });
});
