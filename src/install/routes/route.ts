// A route is a place Go releases can be listed and downloaded from: go.dev (or a go.dev-like
// mirror), or GOPROXY's golang.org/toolchain module. `auto` tries go.dev first and falls back to
// the proxy.
import * as log from '../../shared/log';
import type { Release } from '../../version/spec';
import type { SpecifiedInstallInputs } from '../inputs';
import type { ReceiptFacts } from '../../tool-cache/entries';
import { proxyRoute } from './proxy/route';

/** What a route staged: the GOROOT in staging, the receipt's facts, and notes for the summary. */
export interface StagedRelease {
  stagedGoRoot: string;
  receipt: ReceiptFacts;
  notes: string[];
}

/** A place releases can be listed and downloaded from. */
export interface Route {
  label: string;
  /** Releases installable on this runner (with an archive or module zip for its OS/arch). */
  releases: Release[];
  /** Releases the source lists with no archive for this runner (named when a spec matches only those). */
  withoutArchive?: Release[];
  /** Downloads and verifies `version` into `staging`; returns the staged GOROOT and the receipt's facts. */
  stage(version: string, staging: string, timings: Record<string, number>): Promise<StagedRelease>;
}

/**
 * The route the go-download-source input names; `auto` falls back to the proxy when go.dev cannot
 * be read. Each route's code (and the HTTP client under it) loads only when a run opens it: a Go
 * found in the tool cache needs neither, and parsing them costs every step startup time.
 */
export async function openRoute(inputs: SpecifiedInstallInputs): Promise<Route> {
  if (inputs.downloadSource === 'proxy') return proxyRoute(inputs);
  const { goDevRequestOptions, goDevRoute } = await import('./godev/route');
  const requestOptions = goDevRequestOptions(inputs);
  if (inputs.downloadSource === 'go.dev') return goDevRoute(inputs, requestOptions);
  try {
    return await goDevRoute(inputs, { ...requestOptions, attempts: 2 });
  } catch (error) {
    log.warning(`go-download-source auto: ${(error as Error).message}; falling back to the golang.org/toolchain module through GOPROXY`);
    return proxyRoute(inputs);
  }
}
