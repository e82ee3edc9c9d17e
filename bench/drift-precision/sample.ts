// The drift-precision sample (sample.tsv): module@version pins with their checksum-database sums,
// each in the tuning half (rules may be shaped on it) or the held-out half (quoted figures).
import { spawn } from 'node:child_process';
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

/** What `go mod download -json` prints for one module. */
export interface Downloaded {
  Path: string;
  Version: string;
  Sum: string;
  Dir: string;
  Zip: string;
}

/**
 * Downloads `module@query` through the Go module proxy into MODULE_CACHE; the go command checks the
 * zip against the checksum database (GONOSUMDB and GOPRIVATE cleared, so none is exempt). Throws
 * with the go command's error; gives up after two minutes.
 */
export function downloadModule(moduleQuery: string): Promise<Downloaded> {
  return new Promise((resolve, reject) => {
    const child = spawn('go', ['mod', 'download', '-json', moduleQuery], {
      cwd: '/',
      env: {
        ...process.env,
        GOMODCACHE: MODULE_CACHE,
        GOFLAGS: '-mod=mod',
        GOTOOLCHAIN: 'local',
        GONOSUMDB: '',
        GOPRIVATE: '',
        GOINSECURE: '',
      },
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('close', () => {
      clearTimeout(timer);
      let got: Partial<Downloaded> & { Error?: string };
      try {
        got = JSON.parse(out) as Partial<Downloaded> & { Error?: string };
      } catch {
        reject(new Error(`${moduleQuery}: go mod download printed no JSON`));
        return;
      }
      if (got.Error || !got.Dir || !got.Sum || !got.Zip || !got.Path || !got.Version)
        reject(new Error(`${moduleQuery}: ${got.Error ?? 'no module downloaded'}`));
      else resolve(got as Downloaded);
    });
  });
}
