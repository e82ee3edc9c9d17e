// Shared helpers for benchmarks: timing, medians and the ratio table every benchmark prints.
import { performance } from 'node:perf_hooks';

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

/** Prints medians and each case's ratio against the baseline case. */
export function printRatios(title: string, medians: Record<string, number>, baseline: string, runs: number): void {
  const base = medians[baseline];
  if (base === undefined) throw new Error(`baseline ${baseline} was not measured`);
  console.log(`\n${title} (median of ${runs} runs; ratio against "${baseline}")`);
  for (const [name, ms] of Object.entries(medians)) {
    console.log(`  ${name.padEnd(48)} ${ms.toFixed(1).padStart(10)} ms   ${(ms / base).toFixed(2)}x`);
  }
}
