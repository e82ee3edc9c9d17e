// Bundles every entry point in src/ into dist/ (ESM, one file each, with source maps).
// Usage: node scripts/bundle.mjs [outdir]   (outdir defaults to dist; the freshness test bundles elsewhere)
import { build } from 'esbuild';
import { existsSync, rmSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

export const ENTRY_POINTS = ['main', 'post', 'drift-main', 'build-main', 'build-post', 'cli', 'install/unpack-tar-worker', 'cache/unpack-worker', 'sumdb/hash-files-worker'];

export async function bundle(outdir) {
  // Every bundle lands at the top of dist/, beside the chunks it shares.
  const entries = ENTRY_POINTS.map((name) => ({ in: `src/${name}.ts`, out: name.split('/').pop() })).filter((entry) => existsSync(entry.in));
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  await build({
    entryPoints: entries,
    outdir,
    bundle: true,
    // Shared code goes to chunk files, and dynamic import() points load theirs only when reached:
    // a cold install does not parse the cache, cross-build, drift or proxy code at startup.
    splitting: true,
    // Chunks sit beside the entry points: code that finds files relative to import.meta.url keeps working.
    chunkNames: '[name]-[hash]',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    sourcesContent: false,
    legalComments: 'none',
    logLevel: 'warning',
    // CommonJS dependencies call require() for node built-ins; ESM output needs a real require.
    banner: { js: "import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);" },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await bundle(resolve(process.argv[2] ?? 'dist'));
}
