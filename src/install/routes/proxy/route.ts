// The proxy route as the installer sees it: releases from GOPROXY's `@v/list`, staging through
// the checksum database. The route's code is loaded only by the runs that use it: most runs need
// it not at all, and parsing it costs every run startup time.
import * as log from '../../../shared/log';
import type { GoPlatform } from '../platform';
import type { Route } from '../route';
import { describeGoproxy } from './goproxy';

/** What the proxy route needs of the install options. */
export interface ProxyRouteOptions {
  platform: GoPlatform;
  /** GOPROXY for the proxy route: the input, else the job's GOPROXY; undefined means Go's default, https://proxy.golang.org,direct. */
  goproxy?: string;
  /** GOSUMDB for the proxy route: the input, else the job's GOSUMDB; undefined means sum.golang.org. */
  gosumdb?: string;
}

export const loadProxyRoute = () => import('./index');

export function proxyOptions(inputs: ProxyRouteOptions) {
  return { goproxy: inputs.goproxy, gosumdb: inputs.gosumdb, log: (line: string) => log.info(line) };
}

export async function proxyRoute(inputs: ProxyRouteOptions): Promise<Route> {
  const { goos, goarch } = inputs.platform;
  const options = proxyOptions(inputs);
  const { listProxyReleases, downloadAndVerifyFromProxy } = await loadProxyRoute();
  const releases = await listProxyReleases(goos, goarch, options);
  const label = describeGoproxy(inputs.goproxy);
  return {
    label,
    releases,
    async stage(version, staging) {
      const staged = await downloadAndVerifyFromProxy({ version, goos, goarch, stagingDir: staging, ...options });
      return {
        stagedGoRoot: staged.stagedGoRoot,
        notes: [],
        receipt: {
          source: label,
          url: `golang.org/toolchain@${staged.details.moduleVersion}`,
          fileName: `${staged.details.moduleVersion}.zip`,
          size: staged.details.zipBytes,
          h1: staged.details.zipHash,
          anchors: staged.anchors,
        },
      };
    },
  };
}
