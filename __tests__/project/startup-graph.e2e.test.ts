// What every step parses before its first line runs: the static import graph of its bundle. The
// HTTP client (and node:http, node:https, node:tls and tunnel under it) is left out of the main
// step's graph: the go.dev route loads with import(), and @actions/core's OIDC client, its only
// other importer there, is swapped by scripts/bundle.mjs's lazy-oidc plugin for a stand-in that
// imports it on first use. Likewise core's platform module, the only importer of @actions/exec
// (and @actions/io and node:assert under it) there. These tests bundle for real and check all of
// it, and that the stand-ins work.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { REPO_ROOT } from '../harness/runner';
// @ts-expect-error: a plain .mjs build script without type declarations
import { bundle, STEP_BUILD_OPTIONS } from '../../scripts/bundle.mjs';

// esbuild heads each bundled source file's code with a `// <path>` line.
const HTTP_CLIENT = '// node_modules/@actions/http-client/lib/index.js';
const OIDC_CLIENT = '// node_modules/@actions/core/lib/oidc-utils.js';
const GODEV_ROUTE = '// src/install/routes/godev/route.ts';
const EXEC = '// node_modules/@actions/exec/lib/exec.js';
const IO = '// node_modules/@actions/io/lib/io.js';

const outdir = mkdtempSync(join(REPO_ROOT, '.dist-check-'));
const probeDir = realpathSync(mkdtempSync(join(tmpdir(), 'sgg-lazy-core-')));

before(async () => {
  await bundle(outdir);
  await build({
    ...STEP_BUILD_OPTIONS,
    stdin: {
      contents: "export { getIDToken, platform } from '@actions/core';\n",
      resolveDir: REPO_ROOT,
      sourcefile: 'core-probe.js',
      loader: 'js',
    },
    outdir: probeDir,
    splitting: true,
    entryNames: 'probe',
  });
});

after(() => {
  rmSync(outdir, { recursive: true, force: true });
  rmSync(probeDir, { recursive: true, force: true });
});

/** The files an entry loads before its code runs: itself and every chunk reached by static imports. */
function staticGraph(dir: string, entry: string): Map<string, string> {
  const graph = new Map<string, string>();
  const pending = [entry];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (graph.has(file)) continue;
    const code = readFileSync(join(dir, file), 'utf8');
    graph.set(file, code);
    for (const match of code.matchAll(/^(?:import|export)\s[^;]*?\sfrom\s+"\.\/([^"]+)"|^import\s+"\.\/([^"]+)"/gms)) {
      pending.push((match[1] ?? match[2])!);
    }
  }
  return graph;
}

const holding = (graph: Map<string, string>, marker: string): string[] =>
  [...graph].filter(([, code]) => code.includes(marker)).map(([file]) => file);

test("the main step's static graph holds no HTTP client, go.dev route or @actions/exec; the bundle holds them", () => {
  // main.js itself is small: the hint and the hashing threads, then the step with import().
  const entry = staticGraph(outdir, 'main.js');
  for (const source of ['src/tool-cache/layout.ts', 'src/sumdb/hash-threads.ts'])
    assert.ok(holding(entry, `// ${source}`).length > 0, `main.js does not load ${source} first`);
  assert.deepEqual(holding(entry, '// src/setup.ts'), [], 'main.js loads the step before it starts the hashing threads');
  const step = /await import\("\.\/(main-step-[^"]+\.js)"\)/u.exec(entry.get('main.js')!)?.[1];
  assert.ok(step, 'main.js does not import the step (main-step-*.js)');
  const main = new Map([...entry, ...staticGraph(outdir, step)]);
  assert.ok(main.size > 3, `the step's graph has only ${main.size} files: the import pattern no longer matches esbuild's output`);
  assert.ok(
    holding(main, '// src/tool-cache/entries.ts').length > 0,
    "the graph lacks the tool cache's code: the marker pattern no longer matches",
  );
  assert.deepEqual(holding(main, HTTP_CLIENT), [], 'the HTTP client loads at startup');
  assert.deepEqual(holding(main, OIDC_CLIENT), [], "@actions/core's OIDC client loads at startup");
  assert.deepEqual(holding(main, GODEV_ROUTE), [], 'the go.dev route loads at startup');
  assert.deepEqual(holding(main, EXEC), [], '@actions/exec (for core.platform) loads at startup');
  assert.deepEqual(holding(main, IO), [], '@actions/io (for core.platform) loads at startup');
  const scripts = readdirSync(outdir).filter((name) => name.endsWith('.js'));
  for (const marker of [HTTP_CLIENT, OIDC_CLIENT, GODEV_ROUTE, EXEC, IO]) {
    assert.ok(
      scripts.some((file) => readFileSync(join(outdir, file), 'utf8').includes(marker)),
      `no file of the bundle holds ${marker}: the marker no longer matches`,
    );
  }
});

test("the proxy route's static graph, which a preinstalled Go's check loads, holds no zip reader", () => {
  const ZIP_READER = '// node_modules/yauzl/index.js';
  const scripts = readdirSync(outdir).filter((name) => name.endsWith('.js'));
  const route = scripts.filter((file) => readFileSync(join(outdir, file), 'utf8').includes('// src/install/routes/proxy/index.ts'));
  assert.equal(route.length, 1, `the proxy route is in ${route.length} files`);
  const graph = staticGraph(outdir, route[0]!);
  assert.ok(holding(graph, '// src/install/routes/proxy/sumdb-client.ts').length > 0, "the route's graph lacks the database client");
  assert.deepEqual(holding(graph, ZIP_READER), [], 'the zip reader (and zlib) loads with the route');
  assert.ok(
    scripts.some((file) => readFileSync(join(outdir, file), 'utf8').includes(ZIP_READER)),
    'no file of the bundle holds the zip reader: the marker no longer matches',
  );
});

test("@actions/core's getIDToken, bundled, loads the real client on first use and gets a token", async () => {
  const requests: { url: string; authorization: string | undefined }[] = [];
  const server = createServer((request, response) => {
    requests.push({ url: request.url ?? '', authorization: request.headers.authorization });
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ value: 'id-token-from-the-service' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const saved = { url: process.env.ACTIONS_ID_TOKEN_REQUEST_URL, token: process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN };
  process.env.ACTIONS_ID_TOKEN_REQUEST_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/token?api-version=2.0`;
  process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = 'request-token';
  try {
    const probe = staticGraph(probeDir, 'probe.js');
    assert.deepEqual(holding(probe, OIDC_CLIENT), [], "the probe's static graph holds the OIDC client: the stand-in did not replace it");
    const { getIDToken } = (await import(pathToFileURL(join(probeDir, 'probe.js')).href)) as {
      getIDToken: (audience?: string) => Promise<string>;
    };
    assert.equal(await getIDToken('sts.example'), 'id-token-from-the-service');
    assert.deepEqual(requests, [{ url: '/token?api-version=2.0&audience=sts.example', authorization: 'Bearer request-token' }]);
  } finally {
    for (const [name, value] of [
      ['ACTIONS_ID_TOKEN_REQUEST_URL', saved.url],
      ['ACTIONS_ID_TOKEN_REQUEST_TOKEN', saved.token],
    ] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

test("@actions/core's platform, bundled, has the real module's values and loads it for getDetails", async () => {
  const probe = staticGraph(probeDir, 'probe.js');
  assert.deepEqual(
    holding(probe, EXEC),
    [],
    "the probe's static graph holds @actions/exec: the stand-in did not replace core's platform module",
  );
  // getDetails asks lsb_release on Linux: a stand-in on PATH answers, so the answer proves the real module ran.
  const bin = mkdtempSync(join(tmpdir(), 'sgg-lsb-release-'));
  writeFileSync(join(bin, 'lsb_release'), '#!/bin/sh\nprintf "ProbeOS\\n9.1\\n"\n', { mode: 0o755 });
  const savedPath = process.env.PATH;
  process.env.PATH = `${bin}${delimiter}${savedPath}`;
  try {
    const { platform } = (await import(pathToFileURL(join(probeDir, 'probe.js')).href)) as {
      platform: {
        platform: string;
        arch: string;
        isWindows: boolean;
        isMacOS: boolean;
        isLinux: boolean;
        getDetails: () => Promise<object>;
      };
    };
    const constants = { platform: process.platform, arch: process.arch, isWindows: false, isMacOS: false, isLinux: true };
    assert.deepEqual(
      {
        platform: platform.platform,
        arch: platform.arch,
        isWindows: platform.isWindows,
        isMacOS: platform.isMacOS,
        isLinux: platform.isLinux,
      },
      constants,
    );
    assert.deepEqual(await platform.getDetails(), { name: 'ProbeOS', version: '9.1', ...constants });
  } finally {
    process.env.PATH = savedPath;
    rmSync(bin, { recursive: true, force: true });
  }
});
