// Shared helpers for benchmarks: timing, medians and the ratio table every benchmark prints.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

export async function timeMs(fn: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Runs each case `runs` times, interleaved so that machine load hits all cases alike; returns medians in ms. */
export async function measureInterleaved(
  cases: Record<string, () => Promise<unknown> | unknown>,
  runs: number,
  beforeEach?: (name: string) => Promise<void> | void,
): Promise<Record<string, number>> {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
  for (let run = 0; run < runs; run++) {
    for (const [name, fn] of Object.entries(cases)) {
      await beforeEach?.(name);
      samples[name]!.push(await timeMs(fn));
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
}

/** Prints medians and each case's ratio against the baseline case; `runs` is a count, or how the figures were made. */
export function printRatios(title: string, medians: Record<string, number>, baseline: string, runs: number | string): void {
  const base = medians[baseline];
  if (base === undefined) throw new Error(`baseline ${baseline} was not measured`);
  console.log(`\n${title} (${typeof runs === 'number' ? `median of ${runs} runs` : runs}; ratio against "${baseline}")`);
  for (const [name, ms] of Object.entries(medians)) {
    console.log(`  ${name.padEnd(48)} ${ms.toFixed(1).padStart(10)} ms   ${(ms / base).toFixed(2)}x`);
  }
}

/**
 * Flushes written data and waits until the disk has been idle for a moment (Linux pressure stall
 * information; a fixed pause elsewhere), so that no case pays for the writes of the one before.
 */
export async function settleDisk(maxWaitMs = 15_000): Promise<void> {
  execFileSync('sync');
  const pressureFile = '/proc/pressure/io';
  if (!existsSync(pressureFile)) {
    await sleep(1000);
    return;
  }
  // The cumulative stall time stops growing once nothing waits on the disk any more.
  const stalledMicros = () => Number(/^some .*total=(\d+)/m.exec(readFileSync(pressureFile, 'utf8'))?.[1] ?? 0);
  const deadline = Date.now() + maxWaitMs;
  let last = stalledMicros();
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    await sleep(100);
    const now = stalledMicros();
    if (now !== last) quietSince = Date.now();
    else if (Date.now() - quietSince >= 1000) return;
    last = now;
  }
}
