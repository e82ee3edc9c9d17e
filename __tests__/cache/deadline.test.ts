import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { cacheDeadlines, transferBudgetMs, whileTransferring, withinDeadline, workAbandoned } from '../../src/cache/deadline';

test('deadline settings come from the env, with defaults for missing or unusable values', () => {
  assert.deepEqual(cacheDeadlines({}), { answerMs: 60_000, minBytesPerSecond: 1024 * 1024 });
  assert.deepEqual(cacheDeadlines({ SETUP_GO_GOLDEN_CACHE_TIMEOUT: '2.5', SETUP_GO_GOLDEN_CACHE_MIN_RATE: '64' }), {
    answerMs: 2500,
    minBytesPerSecond: 65536,
  });
  for (const bad of ['0', '-3', 'soon', '']) assert.equal(cacheDeadlines({ SETUP_GO_GOLDEN_CACHE_TIMEOUT: bad }).answerMs, 60_000, bad);
});

test('a transfer may take the answer time plus its size at the floor rate', () => {
  assert.equal(transferBudgetMs(0, { answerMs: 2000, minBytesPerSecond: 1000 }), 2000);
  assert.equal(transferBudgetMs(5000, { answerMs: 2000, minBytesPerSecond: 1000 }), 7000);
});

test('work that does not settle in time is given up, and counted as abandoned', async () => {
  assert.equal(await withinDeadline(Promise.resolve('done'), 1000, 'quick work'), 'done');
  await assert.rejects(
    withinDeadline(new Promise(() => undefined), 300, 'the service did not answer'),
    /the service did not answer within 0.3 s \(SETUP_GO_GOLDEN_CACHE_TIMEOUT/,
  );
  assert.equal(workAbandoned(), true);
});

test('a transfer is judged by the bytes that arrive: a steady one finishes, a trickle is stopped', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sgg-deadline-'));
  try {
    const deadlines = { answerMs: 300, minBytesPerSecond: 100_000 };
    const steady = join(dir, 'steady');
    writeFileSync(steady, '');
    const filling = (async () => {
      for (let step = 0; step < 8; step++) {
        appendFileSync(steady, Buffer.alloc(50_000));
        await sleep(100);
      }
    })();
    await whileTransferring(filling, steady, deadlines, 'the steady download');

    const trickle = join(dir, 'trickle');
    writeFileSync(trickle, 'x');
    await assert.rejects(
      whileTransferring(new Promise(() => undefined), trickle, deadlines, 'the download of k'),
      /the download of k was too slow: 1 bytes in [\d.]+ s, under 97.65625 KiB\/s after 0.3 s/,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
