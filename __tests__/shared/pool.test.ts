// The bounded pool of async jobs (the cross-build's targets).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mapLimit } from '../../src/shared/pool';

/** A job that resolves when told, recording what is in flight. */
function gatedJobs() {
  const gates = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  const started: number[] = [];
  let inFlight = 0;
  let peak = 0;
  const job = (item: number) =>
    new Promise<number>((resolve, reject) => {
      started.push(item);
      inFlight++;
      peak = Math.max(peak, inFlight);
      gates.set(item, {
        resolve: () => {
          inFlight--;
          resolve(item * 10);
        },
        reject: (error) => {
          inFlight--;
          reject(error);
        },
      });
    });
  const tick = () => new Promise((resolve) => setImmediate(resolve));
  return { job, gates, started, tick, peak: () => peak, inFlight: () => inFlight };
}

describe('mapLimit', () => {
  test('results keep the input order, whatever order the jobs finish in, with at most limit in flight', async () => {
    const jobs = gatedJobs();
    const run = mapLimit([1, 2, 3, 4, 5], 2, jobs.job);
    for (const item of [2, 1, 4, 3, 5]) {
      while (!jobs.gates.has(item)) await jobs.tick();
      jobs.gates.get(item)!.resolve();
    }
    assert.deepEqual(await run, [10, 20, 30, 40, 50]);
    assert.equal(jobs.peak(), 2);
  });

  test('a failure starts no further job and is thrown only once the running jobs have settled', async () => {
    const jobs = gatedJobs();
    let settled = false;
    const run = mapLimit([1, 2, 3, 4], 2, jobs.job).finally(() => (settled = true));
    await jobs.tick();
    assert.deepEqual(jobs.started, [1, 2]);
    jobs.gates.get(1)!.reject(new Error('job 1 failed'));
    await jobs.tick();
    await jobs.tick();
    assert.deepEqual(jobs.started, [1, 2], 'no job starts after a failure');
    assert.equal(settled, false, 'job 2 still runs: the pool waits for it');
    jobs.gates.get(2)!.resolve();
    await assert.rejects(run, /job 1 failed/);
    assert.equal(jobs.inFlight(), 0);
  });

  test('no items: no job, an empty result', async () => {
    assert.deepEqual(await mapLimit([], 4, async () => assert.fail('no job expected')), []);
  });
});
