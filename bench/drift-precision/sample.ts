// The drift-precision sample (sample.tsv): module@version pins with their checksum-database sums,
// each in the tuning half (rules may be shaped on it) or the held-out half (quoted figures).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

export type Half = 'tuning' | 'held-out';

export interface SampleEntry {
  module: string;
  version: string;
  /** The h1: sum of the module zip, as the checksum database records it. */
  sum: string;
  half: Half;
}

export const SAMPLE_FILE = join(import.meta.dirname, 'sample.tsv');
/** Shared by the draw and the bench: the module zips, extracted read-only by the go command. */
export const MODULE_CACHE = process.env.DRIFT_PRECISION_CACHE ?? join(tmpdir(), 'setup-go-golden-drift-precision', 'mod');

/** By a hash of the module path alone, so a module stays in its half whatever else is drawn. */
export function halfOf(module: string): Half {
  return createHash('sha256').update(`half:${module}`).digest()[0]! % 2 === 0 ? 'tuning' : 'held-out';
}

const HEADER = 'module\tversion\tsum\thalf';

export function readSample(): SampleEntry[] {
  return readFileSync(SAMPLE_FILE, 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [module, version, sum, half] = line.split('\t') as [string, string, string, Half];
      return { module, version, sum, half };
    });
}

export function writeSample(entries: SampleEntry[]): void {
  writeFileSync(SAMPLE_FILE, `${[HEADER, ...entries.map((e) => [e.module, e.version, e.sum, e.half].join('\t'))].join('\n')}\n`);
}
