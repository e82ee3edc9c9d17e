// The cache sections of the job summary: every restore state and save result in one line, and a
// key chosen by whoever wrote a cache entry kept inert.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { restoreSummaryMarkdown, saveSummaryMarkdown } from '../../src/cache/summary';

const KEY = 'setup-go-golden-mod-linux-x64-0123abcd';
const HOSTILE = 'setup-go-golden-mod-linux-x64-<!-- | `x` <img src=y>';

describe('cache restore summary', () => {
  test('one row per cache: exact hit, restore-key match, miss, failure, disabled, unavailable', () => {
    const text = restoreSummaryMarkdown([
      { label: 'module cache', outcome: { state: 'exact', key: KEY, matchedKey: KEY, size: { bytes: 3 * 1048576, of: 'archive' } } },
      {
        label: 'build cache',
        outcome: { state: 'partial', key: `${KEY}-new`, matchedKey: `${KEY}-old`, size: { bytes: 1048576 / 2, of: 'folder' } },
      },
      { label: 'module cache', outcome: { state: 'miss', key: KEY } },
      { label: 'module cache', outcome: { state: 'failed', key: KEY, reason: 'the cache lookup failed: 503' } },
      { label: 'build cache', outcome: { state: 'disabled', reason: 'GOCACHE=off' } },
      { label: 'build cache', outcome: { state: 'unavailable' } },
    ]);
    const rows = text.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Cache'));
    assert.deepEqual(rows, [
      `| module cache | ✅ hit (exact key) | <code>${KEY}</code> | 3.0 MiB (archive downloaded) |`,
      `| build cache | ↩️ restored from a restore-key match; <code>${KEY}-new</code> missed | <code>${KEY}-old</code> | 512.0 KiB (folder’s files) |`,
      `| module cache | ➖ miss: no entry for <code>${KEY}</code> or its restore keys | | |`,
      '| module cache | ⚠️ not restored: the cache lookup failed: 503 | | |',
      '| build cache | disabled (GOCACHE=off) | | |',
      '| build cache | unavailable: the Actions cache service is not available to this job | | |',
    ]);
    assert.match(text, /^### Go caches restored$/m);
  });

  test('a hostile restored key is inert: no comment, tag, cell or code span of its own', () => {
    const text = restoreSummaryMarkdown([
      { label: 'module cache', outcome: { state: 'partial', key: KEY, matchedKey: HOSTILE, size: { bytes: 1, of: 'archive' } } },
    ]);
    for (const raw of ['<!--', '<img', '`x`']) assert.ok(!text.includes(raw), text);
    assert.match(text, /<code>setup-go-golden-mod-linux-x64-&lt;!-- &#124; &#96;x&#96; &lt;img src=y&gt;<\/code>/);
    const row = text.split('\n').find((line) => line.startsWith('| module cache'))!;
    assert.equal(row.split('|').length, 6, 'four cells, whatever the key holds');
  });
});

describe('cache save summary', () => {
  test('each cache saved with its key and size, or not saved with the reason', () => {
    const text = saveSummaryMarkdown([
      { label: 'module cache', key: KEY, saved: true, size: { bytes: 2 * 1048576, of: 'folder' } },
      { label: 'build cache', key: `${KEY}-b`, saved: false, reason: 'content unchanged since the restore of x_y' },
    ]);
    assert.match(text, /^### Go caches saved$/m);
    assert.ok(text.includes(`| module cache | ✅ saved | <code>${KEY}</code> | 2.0 MiB (folder’s files) |`), text);
    assert.ok(text.includes(`| build cache | not saved: content unchanged since the restore of x&#95;y | <code>${KEY}-b</code> | |`), text);
  });

  test('a policy refusal is one line with the way out', () => {
    const reason =
      'cache-save is auto and refs/heads/dev is not the default branch (refs/heads/main); to save anyway, set cache-save: always';
    const text = saveSummaryMarkdown([], reason);
    assert.ok(text.includes(`Not saved: ${reason}`), text);
    assert.doesNotMatch(text, /\| Cache \|/);
  });
});
