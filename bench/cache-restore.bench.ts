// Restoring a large module cache (issue 13): the action's checked extraction (staging beside the
// cache, every entry judged, system tars writing, one rename into place) against the extraction
// @actions/cache runs itself on the same archive (`tar -x -P -C $GITHUB_WORKSPACE` through unzstd),
// which is what the action did before. The archive is made as the library saves one.
// Sizes: BENCH_MODULE_COPIES copies of golang.org/x/text with its zip (about 500 files, 35 MB each).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { listFiles, makeDirectoriesWritable } from '../src/cache/files';
import { REPO_ROOT, spawnCollect } from '../__tests__/harness/runner';
import { EXAMPLE } from '../__tests__/cache/helpers';
import { measureInterleaved, printRatios, settleDisk } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const COPIES = Number(process.env.BENCH_MODULE_COPIES ?? 20);

async function must(command: string, args: string[], options: Parameters<typeof spawnCollect>[2] = {}): Promise<void> {
  const result = await spawnCollect(command, args, options);
  if (result.code !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
}

const root = mkdtempSync(join(tmpdir(), 'sgg-cache-restore-bench-'));
const workspace = join(root, 'workspace');
const modcache = join(root, 'home/go/pkg/mod');
cpSync(EXAMPLE, workspace, { recursive: true });
await must('go', ['mod', 'download'], { cwd: workspace, env: { ...process.env, GOMODCACHE: modcache, GOFLAGS: '' } });
const text = join(modcache, 'golang.org/x/text@v0.43.0');
const textZips = join(modcache, 'cache/download/golang.org/x/text/@v');
for (let copy = 1; copy < COPIES; copy++) {
  cpSync(text, join(modcache, `golang.org/x/text${copy}@v0.43.0`), { recursive: true });
  cpSync(textZips, join(modcache, `cache/download/golang.org/x/text${copy}/@v`), { recursive: true });
}
const files = await listFiles(modcache);
const megabytes = files.reduce((sum, file) => sum + file.size, 0) / 1048576;

// The archive as @actions/cache saves it: paths relative to the workspace, pax format, zstdmt.
const archive = join(root, 'cache.tzst');
writeFileSync(join(root, 'manifest.txt'), '../home/go/pkg/mod');
execFileSync('tar', [
  '--posix',
  '-cf',
  archive,
  '-P',
  '-C',
  workspace,
  '--files-from',
  join(root, 'manifest.txt'),
  '--use-compress-program',
  'zstdmt',
]);
await makeDirectoriesWritable(modcache);
rmSync(modcache, { recursive: true, force: true });

// The unpacker runs in a worker that only exists bundled: bundle it as scripts/bundle.mjs does.
const bundled = join(root, 'bundle');
await build({
  entryPoints: [
    { in: join(REPO_ROOT, 'src/cache/unpack.ts'), out: 'unpack' },
    { in: join(REPO_ROOT, 'src/cache/unpack-worker.ts'), out: 'unpack-worker' },
  ],
  outdir: bundled,
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);" },
});
const unpack = (await import(pathToFileURL(join(bundled, 'unpack.js')).href)) as typeof import('../src/cache/unpack');

const medians = await measureInterleaved(
  {
    'tar -x -P, as @actions/cache extracts': () => must('tar', ['-xf', archive, '-P', '-C', workspace, '--use-compress-program', 'unzstd']),
    'checked extraction into staging, then moved': async () => {
      const staging = await unpack.makeStaging(modcache, 'mod');
      await unpack.unpackCacheArchive({
        archive,
        destination: staging,
        rules: { prefix: '../home/go/pkg/mod', root: 'GOMODCACHE', label: 'module cache', container: 'zstd' },
      });
      await unpack.moveIntoPlace(join(staging, 'GOMODCACHE'), modcache);
      await unpack.removeTree(staging);
    },
  },
  RUNS,
  async () => {
    await makeDirectoriesWritable(join(root, 'home'));
    rmSync(join(root, 'home'), { recursive: true, force: true });
    mkdirSync(join(root, 'home'));
    await settleDisk();
  },
);
printRatios(
  `(d) restoring a module cache of ${files.length} files, ${megabytes.toFixed(0)} MB`,
  medians,
  'tar -x -P, as @actions/cache extracts',
  RUNS,
);
await makeDirectoriesWritable(root);
rmSync(root, { recursive: true, force: true });
