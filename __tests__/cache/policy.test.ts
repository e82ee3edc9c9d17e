import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { decideSaveForEvent, decideUpload, thresholdBytes } from '../../src/cache/policy';

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
  test('a miss uploads what the folder held before the job (a runner that keeps HOME)', () => {
    assert.deepEqual(decideUpload({ ...base, restoredFingerprint: 'f2', currentFingerprint: 'f2' }), {
      save: true,
      reason: 'no entry was restored: new content',
    });
  });
});

describe('save threshold', () => {
  const MiB = 1024 * 1024;
  const threshold = { bytes: MiB, share: 0.05 };
  const restored = {
    primaryKey: 'b-dep-new',
    matchedKey: 'b-dep-old',
    restoredFingerprint: 'f1',
    currentFingerprint: 'f2',
    emptyFingerprint: 'empty',
    threshold,
  };
  test('the threshold is a fixed part plus a share of the cache a save would upload', () => {
    assert.equal(thresholdBytes(threshold, 0), MiB);
    assert.equal(thresholdBytes(threshold, 100 * MiB), 6 * MiB);
  });
  test('an earlier entry of the same lineage is saved again only when the job added the threshold', () => {
    const below = decideUpload({ ...restored, sameLineage: true, added: { entries: 999, bytes: 5.5 * MiB, totalBytes: 100 * MiB } });
    assert.equal(below.save, false);
    assert.equal(
      below.reason,
      '999 new entries, 5.5 MiB of 100.0 MiB since the restore of b-dep-old: below the threshold of 6.0 MiB (1.0 MiB + 5 percent of the cache)',
    );
    const at = decideUpload({ ...restored, sameLineage: true, added: { entries: 3, bytes: 6 * MiB, totalBytes: 100 * MiB } });
    assert.deepEqual(at, { save: true, reason: 'content changed since the restore of b-dep-old (3 new entries, 6.0 MiB of 100.0 MiB)' });
    // The same additions are worth a save of a smaller cache: it costs less.
    assert.equal(decideUpload({ ...restored, sameLineage: true, added: { entries: 3, bytes: 2 * MiB, totalBytes: 10 * MiB } }).save, true);
    assert.equal(decideUpload({ ...restored, sameLineage: true, added: { entries: 3, bytes: 2 * MiB, totalBytes: 30 * MiB } }).save, false);
  });
  test('content from another lineage (other dependencies or configuration) is saved whatever the job added', () => {
    assert.equal(decideUpload({ ...restored, sameLineage: false, added: { entries: 1, bytes: 10, totalBytes: 10 } }).save, true);
  });
  test('without a count of what the job added, changed content is saved as before', () => {
    assert.equal(decideUpload({ ...restored, sameLineage: true }).save, true);
  });
  test('a miss saves new content below the threshold: anything beats nothing', () => {
    const { matchedKey: _, ...miss } = restored;
    assert.equal(
      decideUpload({ ...miss, restoredFingerprint: 'empty', sameLineage: false, added: { entries: 1, bytes: 10, totalBytes: 10 } }).save,
      true,
    );
  });
});
