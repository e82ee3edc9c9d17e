// Splits the targets into shards for fan-out across jobs, and describes the shards as a
// `strategy.matrix` value. Pure: no I/O.
import { targetId, type BuildTarget } from './targets';

export interface ShardSelection {
  /** 1-based index of this shard. */
  shard: number;
  shards: number;
}

/** Contiguous, balanced slices: sizes differ by at most one, and every target lands in exactly one. */
export function shardTargets<T>(targets: T[], { shard, shards }: ShardSelection): T[] {
  if (!Number.isInteger(shards) || shards < 1) throw new Error(`shards must be a whole number >= 1, got ${shards}`);
  if (!Number.isInteger(shard) || shard < 1 || shard > shards) {
    throw new Error(`shard must be a whole number from 1 to ${shards}, got ${shard}`);
  }
  const base = Math.floor(targets.length / shards);
  const larger = targets.length % shards;
  const start = (shard - 1) * base + Math.min(shard - 1, larger);
  const size = base + (shard <= larger ? 1 : 0);
  return targets.slice(start, start + size);
}

export interface MatrixEntry {
  shard: number;
  shards: number;
  /** The shard's targets, comma separated, ready for the `targets` input of a later job. */
  targets: string;
}

/** `{include: [...]}` with one entry per shard; empty shards (more shards than targets) are left out. */
export function shardMatrix(targets: BuildTarget[], shards: number): { include: MatrixEntry[] } {
  const include: MatrixEntry[] = [];
  for (let shard = 1; shard <= shards; shard++) {
    const slice = shardTargets(targets, { shard, shards });
    if (slice.length > 0) include.push({ shard, shards, targets: slice.map(targetId).join(',') });
  }
  return { include };
}
