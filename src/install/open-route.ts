// Opens the route the go-download-source input names: go.dev (or a mirror), the golang.org/toolchain
// module through GOPROXY, or `auto`, which tries go.dev first and falls back to the proxy.
import * as log from '../shared/log';
import type { SpecifiedInstallOptions } from './options';
import type { Route } from './routes/route';
import { proxyRoute } from './routes/proxy/route';
import { describeGoproxy } from './routes/proxy/goproxy';

/**
 * Each route's code (and the HTTP client under it) loads only when a run opens it: a Go found in
 * the tool cache needs neither, and parsing them costs every step startup time.
 */
export async function openRoute(options: SpecifiedInstallOptions): Promise<Route> {
  if (options.downloadSource === 'proxy') return proxyRoute(options);
  const { goDevRequestOptions, goDevRoute } = await import('./routes/godev/route');
  const requestOptions = goDevRequestOptions(options);
  if (options.downloadSource === 'go.dev') return goDevRoute(options, requestOptions);
  try {
    return await goDevRoute(options, { ...requestOptions, attempts: 2 });
  } catch (error) {
    log.warning(
      `go-download-source auto: ${(error as Error).message}; falling back to the golang.org/toolchain module through ${describeGoproxy(options.goproxy)}`,
    );
    return proxyRoute(options);
  }
}
