// undici reaches the bundles only through scripts/bundle.mjs's lazy-undici plugin: dist/undici.cjs,
// required the first time a proxy agent or fetch is needed. Nothing else exercises that wiring
// until a user behind a proxy does, so these tests bundle for real and use it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { REPO_ROOT } from '../harness/runner';
// @ts-expect-error: a plain .mjs build script without type declarations
import { bundle, STEP_BUILD_OPTIONS } from '../../scripts/bundle.mjs';

// Strings of undici's own proxy agent and error codes, which no other bundled library carries.
const UNDICI_MARKERS = ['Http1ProxyWrapper', 'Proxy URL is mandatory', 'UND_ERR_SOCKET'];

// What @actions/github does for its proxied fetch: http-client's dispatcher, undici's fetch.
const PROBE_SOURCE = `import { HttpClient } from '@actions/http-client';
import { fetch } from 'undici';
export const proxyDispatcherFor = (url) => new HttpClient('lazy-undici-probe').getAgentDispatcher(url);
export { fetch };
`;

interface ProxyAgentLike {
  close(): Promise<void>;
}
interface Probe {
  proxyDispatcherFor(url: string): ProxyAgentLike | undefined;
  fetch(url: string, init: { dispatcher: ProxyAgentLike }): Promise<Response>;
}
interface UndiciModule {
  ProxyAgent: new (...args: unknown[]) => ProxyAgentLike;
  fetch: (...args: unknown[]) => Promise<Response>;
}

const requireHere = createRequire(import.meta.url);
// Beside dist/, as the freshness test does: the step bundles are ESM .js files and need the repo's package.json.
const outdir = mkdtempSync(join(REPO_ROOT, '.dist-check-'));
// Outside the repo, so undici.cjs cannot lean on node_modules: it has to be self-contained.
const probeDir = realpathSync(mkdtempSync(join(tmpdir(), 'sgg-lazy-undici-')));
const probeUndici = join(probeDir, 'undici.cjs');

before(async () => {
  await bundle(outdir);
  await build({
    ...STEP_BUILD_OPTIONS,
    stdin: { contents: PROBE_SOURCE, resolveDir: REPO_ROOT, sourcefile: 'lazy-undici-probe.js', loader: 'js' },
    outfile: join(probeDir, 'probe.mjs'),
  });
  copyFileSync(join(outdir, 'undici.cjs'), probeUndici);
});

after(() => {
  rmSync(outdir, { recursive: true, force: true });
  rmSync(probeDir, { recursive: true, force: true });
});

/** Sets proxy variables for one test, clearing any the machine has that would change the outcome. */
async function withProxyEnv<T>(httpsProxy: string, body: () => Promise<T>): Promise<T> {
  const names = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY', 'no_proxy', 'NO_PROXY'];
  const saved = new Map(names.map((name) => [name, process.env[name]]));
  for (const name of names) delete process.env[name];
  process.env.https_proxy = httpsProxy;
  try {
    return await body();
  } finally {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

async function close(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

test("no step bundle or chunk carries undici's code: it is only in undici.cjs", () => {
  const undici = readFileSync(join(outdir, 'undici.cjs'), 'utf8');
  for (const marker of UNDICI_MARKERS)
    assert.ok(undici.includes(marker), `undici.cjs lacks ${JSON.stringify(marker)}: pick another marker`);
  const scripts = readdirSync(outdir).filter((name) => name.endsWith('.js'));
  for (const entry of ['main.js', 'post.js', 'drift-main.js', 'build-main.js', 'build-post.js', 'cli.js']) {
    assert.ok(scripts.includes(entry), `the bundle has no ${entry}`);
  }
  for (const name of scripts) {
    const code = readFileSync(join(outdir, name), 'utf8');
    for (const marker of UNDICI_MARKERS) assert.ok(!code.includes(marker), `${name} inlines undici (${JSON.stringify(marker)})`);
  }
  assert.ok(
    scripts.some((name) => readFileSync(join(outdir, name), 'utf8').includes('./undici.cjs')),
    'no step bundle or chunk loads ./undici.cjs',
  );
});

test('undici.cjs loads on its own and exports what the lazy module forwards', async () => {
  const undici = requireHere(join(outdir, 'undici.cjs')) as UndiciModule;
  assert.equal(typeof undici.ProxyAgent, 'function');
  assert.equal(typeof undici.fetch, 'function');
  const agent = new undici.ProxyAgent('http://127.0.0.1:9');
  assert.ok(agent instanceof undici.ProxyAgent);
  await agent.close();
});

test("http-client's proxy dispatcher, bundled, is undici.cjs's ProxyAgent, loaded only then", async () => {
  const loaded = () => requireHere.cache[probeUndici] !== undefined;
  assert.equal(loaded(), false, 'undici.cjs loaded before the probe was');
  const probe = (await import(pathToFileURL(join(probeDir, 'probe.mjs')).href)) as Probe;
  assert.equal(loaded(), false, 'importing bundled http-client loaded undici.cjs');
  await withProxyEnv('http://127.0.0.1:9', async () => {
    assert.equal(probe.proxyDispatcherFor('http://127.0.0.1:8080/'), undefined, 'a loopback target bypasses the proxy');
    assert.equal(loaded(), false, 'a request without a proxy loaded undici.cjs');
    const dispatcher = probe.proxyDispatcherFor('https://api.github.example/repos');
    assert.equal(loaded(), true, 'the proxy dispatcher did not come from undici.cjs beside the bundle');
    const { ProxyAgent } = requireHere(probeUndici) as UndiciModule;
    assert.ok(dispatcher instanceof ProxyAgent, "the dispatcher is not undici.cjs's ProxyAgent");
    await dispatcher.close();
  });
});

test('a fetch through the bundled dispatcher and fetch reaches the proxy and, through it, the server', async () => {
  const origin = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/plain' });
    response.end(`origin saw ${request.method} ${request.headers.host}${request.url}`);
  });
  const originPort = await listen(origin);
  const tunnels: string[] = [];
  // A CONNECT proxy that sends every tunnel to the origin: the target host name needs no DNS.
  const proxy = createServer((_request, response) => response.writeHead(405).end());
  proxy.on('connect', (request, client, head) => {
    tunnels.push(request.url ?? '');
    const upstream = connect(originPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  const proxyPort = await listen(proxy);
  try {
    const probe = (await import(pathToFileURL(join(probeDir, 'probe.mjs')).href)) as Probe;
    await withProxyEnv(`http://127.0.0.1:${proxyPort}`, async () => {
      const dispatcher = probe.proxyDispatcherFor('https://api.github.example/repos');
      assert.ok(dispatcher !== undefined, 'no proxy dispatcher for a proxied target');
      // Counts the calls reaching undici.cjs's fetch: Node's own fetch would take this dispatcher too.
      const undici = requireHere(probeUndici) as UndiciModule;
      const undiciFetch = undici.fetch;
      let undiciFetches = 0;
      undici.fetch = (...args) => {
        undiciFetches++;
        return undiciFetch(...args);
      };
      try {
        const answer = await probe.fetch('http://downloads.example/go.tar.gz', { dispatcher });
        assert.equal(answer.status, 200);
        assert.equal(await answer.text(), 'origin saw GET downloads.example/go.tar.gz');
      } finally {
        undici.fetch = undiciFetch;
        await dispatcher.close();
      }
      assert.equal(undiciFetches, 1, "the bundled fetch did not run undici.cjs's");
    });
    assert.deepEqual(tunnels, ['downloads.example:80']);
  } finally {
    await Promise.all([close(proxy), close(origin)]);
  }
});
