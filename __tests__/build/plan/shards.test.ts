// Splitting targets into shards, and the matrix that describes them.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { shardMatrix, shardTargets } from '../../../src/build/plan/shards';
import type { BuildTarget } from '../../../src/build/plan/targets';

const t = (goos: string, goarch: string, variant = ''): BuildTarget => ({ goos, goarch, variant });

describe('shards', () => {
  test('every split of up to 20 targets into up to 25 shards is an exact, ordered, balanced partition', () => {
    for (let count = 0; count <= 20; count++) {
      const targets = Array.from({ length: count }, (_, i) => i);
      for (let shards = 1; shards <= 25; shards++) {
        const slices = Array.from({ length: shards }, (_, i) => shardTargets(targets, { shard: i + 1, shards }));
        assert.deepEqual(slices.flat(), targets, `${count} targets in ${shards} shards`);
        const sizes = slices.map((slice) => slice.length);
        assert.ok(Math.max(...sizes) - Math.min(...sizes) <= 1, `unbalanced: ${sizes.join(',')}`);
      }
    }
  });

  test('out-of-range shards are errors', () => {
    assert.throws(() => shardTargets([1, 2], { shard: 0, shards: 2 }), /shard must be a whole number from 1 to 2, got 0/);
    assert.throws(() => shardTargets([1, 2], { shard: 3, shards: 2 }), /got 3/);
    assert.throws(() => shardTargets([1, 2], { shard: 1, shards: 0 }), /shards must be a whole number >= 1/);
  });

  test('the matrix has one entry per non-empty shard, with its targets ready for the targets input', () => {
    const targets = [t('linux', 'amd64'), t('linux', 'arm', 'v7'), t('windows', 'amd64'), t('darwin', 'arm64'), t('linux', 's390x')];
    assert.deepEqual(shardMatrix(targets, 2), {
      include: [
        { shard: 1, shards: 2, targets: 'linux/amd64,linux/arm/v7,windows/amd64' },
        { shard: 2, shards: 2, targets: 'darwin/arm64,linux/s390x' },
      ],
    });
    assert.equal(shardMatrix(targets.slice(0, 2), 3).include.length, 2);
  });
});
