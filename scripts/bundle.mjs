// Bundles every entry point in src/ into dist/ (ESM, one file each, with source maps).
// Usage: node scripts/bundle.mjs [outdir]   (outdir defaults to dist; the freshness test bundles elsewhere)
import { build } from 'esbuild';
import { existsSync, rmSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export const ENTRY_POINTS = [
  'main',
  'post',
  'drift-main',
  'build-main',
  'build-post',
  'cli',
  'archive/unpack-tar-worker',
  'cache/unpack-worker',
  'sumdb/hash-files-worker',
];

// undici (870 KB, pulled in by @actions/http-client for its proxy agent) would be parsed by every
// step at startup, though only a proxied request or the GitHub API client uses it. It gets a file
// of its own, dist/undici.cjs, required the first time one of its exports is used. A bundled
// module importing any other undici export fails the build (esbuild: no matching export).
const lazyUndici = {
  name: 'lazy-undici',
  setup(build) {
    build.onResolve({ filter: /^undici$/ }, () => ({ path: 'undici', namespace: 'lazy-undici' }));
    build.onLoad({ filter: /.*/, namespace: 'lazy-undici' }, () => ({
      loader: 'js',
      contents: `import { fileURLToPath } from 'node:url';
let undici;
const load = () => (undici ??= require(fileURLToPath(new URL('./undici.cjs', import.meta.url))));
export class ProxyAgent { constructor(...args) { return new (load().ProxyAgent)(...args); } }
export function fetch(...args) { return load().fetch(...args); }`,
    }));
  },
};

// Under Node 24 an ESM import of node:http builds a namespace of all its exports, and reading them
// loads Node's own copy of undici (25 ms). A CommonJS require of the same module does not.
const requiredHttp = {
  name: 'required-http',
  setup(build) {
    build.onResolve({ filter: /^(node:)?https?$/ }, (args) =>
      // The stand-in's own require() is left to esbuild: a node built-in, external.
      args.namespace === 'required-http' ? undefined : { path: args.path.replace(/^node:/, ''), namespace: 'required-http' },
    );
    build.onLoad({ filter: /.*/, namespace: 'required-http' }, (args) => ({
      loader: 'js',
      contents: `module.exports = require('node:${args.path}');`,
    }));
  },
};

/**
 * A plugin that swaps `./<file>` as @actions/core's core.js imports it (and only there) for a
 * stand-in, `standIn(real)`, where `real` is the real module's specifier for a lazy import().
 */
function coreImportStandIn(name, file, standIn) {
  return {
    name,
    setup(build) {
      build.onResolve({ filter: new RegExp(`^\\./${file.replaceAll('.', '\\.')}$`) }, (args) =>
        /@actions[\\/]core[\\/]lib[\\/]core\.js$/.test(args.importer)
          ? // dist/ names the stand-in by this path: it must not depend on where the repository is.
            { path: `@actions/core/lib/${file}`, namespace: name, pluginData: resolve(args.resolveDir, args.path) }
          : undefined,
      );
      build.onLoad({ filter: /.*/, namespace: name }, (args) => ({
        loader: 'js',
        resolveDir: dirname(args.pluginData),
        contents: standIn(JSON.stringify(args.pluginData)),
      }));
    },
  };
}

// @actions/core imports its OIDC client, and with it @actions/http-client, node:http, node:https,
// node:tls, node:assert and tunnel (25-30 ms of every step's startup), for getIDToken alone, which
// no step of ours calls. The client becomes a chunk of its own, imported the first time
// getIDToken runs. A core that calls the client in any other way fails the build.
const lazyOidc = coreImportStandIn(
  'lazy-oidc',
  'oidc-utils.js',
  (real) => `export class OidcClient {
  static async getIDToken(audience) {
    const { OidcClient: client } = await import(${real});
    return client.getIDToken(audience);
  }
}`,
);

// @actions/core re-exports its platform module, which imports @actions/exec for getDetails() alone,
// and with it @actions/io and node:assert, though no step of ours reads core.platform. The
// stand-in keeps the module's five constants (the same expressions) and loads the real module the
// first time getDetails runs.
const lazyCorePlatform = coreImportStandIn(
  'lazy-core-platform',
  'platform.js',
  (real) => `import os from 'node:os';
export const platform = os.platform();
export const arch = os.arch();
export const isWindows = platform === 'win32';
export const isMacOS = platform === 'darwin';
export const isLinux = platform === 'linux';
export async function getDetails() {
  return (await import(${real})).getDetails();
}`,
);

const COMMON = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  sourcesContent: false,
  legalComments: 'none',
  logLevel: 'warning',
};

// How every step bundle is built; __tests__/project/lazy-undici.e2e.test.ts bundles its probe with the same.
export const STEP_BUILD_OPTIONS = {
  ...COMMON,
  format: 'esm',
  plugins: [lazyUndici, requiredHttp, lazyOidc, lazyCorePlatform],
  // CommonJS dependencies call require() for node built-ins; ESM output needs a real require.
  banner: {
    js: "import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);",
  },
};

export async function bundle(outdir) {
  // Every bundle lands at the top of dist/, beside the chunks it shares.
  const entries = ENTRY_POINTS.map((name) => ({ in: `src/${name}.ts`, out: name.split('/').pop() })).filter((entry) =>
    existsSync(entry.in),
  );
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  await build({
    ...STEP_BUILD_OPTIONS,
    entryPoints: entries,
    outdir,
    // Shared code goes to chunk files, and dynamic import() points load theirs only when reached:
    // a cold install does not parse the cache, cross-build, drift or proxy code at startup.
    splitting: true,
    // Chunks sit beside the entry points: code that finds files relative to import.meta.url keeps working.
    chunkNames: '[name]-[hash]',
  });
  await build({ ...COMMON, entryPoints: ['node_modules/undici/index.js'], outfile: `${outdir}/undici.cjs`, format: 'cjs' });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await bundle(resolve(process.argv[2] ?? 'dist'));
}
