// A release index the runner cannot reach names the other route: go-download-source: proxy reaches
// Go through GOPROXY, which a runner behind a firewall often still reaches. Under `auto` the proxy
// route is tried next anyway, so the hint would only repeat it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { goDevRoute, type GoDevRouteOptions } from '../../../../src/install/routes/godev/route';

/** An address on 127.0.0.1 nothing listens on: a port just released by a server. */
async function unreachableUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

const options = (downloadBaseUrl: string, downloadSource?: GoDevRouteOptions['downloadSource']): GoDevRouteOptions => ({
  platform: { goos: 'linux', goarch: 'amd64', toolCacheArch: 'x64' },
  downloadBaseUrl,
  verifySignature: 'auto',
  downloadSource,
});

describe('an unreachable release index', () => {
  test('says to try go-download-source: proxy', async () => {
    const url = await unreachableUrl();
    await assert.rejects(goDevRoute(options(url, 'go.dev'), { attempts: 1 }), (error: Error) => {
      assert.match(error.message, /ECONNREFUSED/);
      assert.match(
        error.message,
        /; if this runner cannot reach 127\.0\.0\.1:\d+, set go-download-source: proxy to install Go from GOPROXY \(the golang\.org\/toolchain module\) instead$/,
      );
      return true;
    });
  });

  test('under go-download-source: auto, which falls back to the proxy by itself, does not', async () => {
    const url = await unreachableUrl();
    await assert.rejects(goDevRoute(options(url, 'auto'), { attempts: 1 }), (error: Error) => {
      assert.match(error.message, /ECONNREFUSED/);
      assert.doesNotMatch(error.message, /go-download-source/);
      return true;
    });
  });

  test('an index that answers but is no index gets no hint: go.dev was reached', async () => {
    const server = createServer((_request, response) => response.end('not json'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      await assert.rejects(goDevRoute(options(`http://127.0.0.1:${port}`, 'go.dev'), { attempts: 1 }), (error: Error) => {
        assert.match(error.message, /is not JSON/);
        assert.doesNotMatch(error.message, /go-download-source/);
        return true;
      });
    } finally {
      server.close();
    }
  });
});
