// Memory budget for the Go processes of a cross-build. Pure: no I/O.
//
// The Go compiler spends a large share of its CPU in garbage collection at the default GOGC=100
// (bench/build.bench.ts measures a cross-build with and without it: the README's benchmarks).
// A cross-build runs many short compiler processes on a machine whose memory mostly sits idle, so we
// trade that memory for CPU: collection off, with GOMEMLIMIT as the backstop that brings it back
// when a process nears its share of the machine. The output does not change: the collector decides
// when memory is reclaimed, never what the compiler emits.
import { compareGoVersions, releaseVersion } from '../../version/goversion';

/** Fraction of the machine's memory the build's Go processes may fill together before collecting. */
const MEMORY_SHARE = 0.5;
/** Below this per-process share the default collector is the better choice. */
const MIN_BUDGET_BYTES = 512 * 1024 ** 2;

/** GOMEMLIMIT, the backstop, arrived in Go 1.19: older Go gets the default collector. */
const FIRST_GO_WITH_MEMORY_LIMIT = '1.19';

export interface GcBudgetContext {
  /** The machine's memory, or the container's limit when that is lower. */
  totalMemoryBytes: number;
  /** `go env GOVERSION` of the Go that builds, e.g. go1.22.5. */
  goVersion: string;
  /** Builds run at once (the `parallel` input). */
  parallel: number;
  /** Processes each build runs at once: go build -p defaults to the number of cores. */
  cores: number;
}

/**
 * GOGC/GOMEMLIMIT for the build's `go` processes (not for tests: test binaries inherit the
 * environment), or nothing when the workflow set either (its choice stands), the Go predates
 * GOMEMLIMIT, or the machine's share per process is too small to be worth it.
 */
export function gcBudgetEnv(env: Readonly<Record<string, string | undefined>>, context: GcBudgetContext): Record<string, string> {
  if (env.GOGC !== undefined || env.GOMEMLIMIT !== undefined) return {};
  // Development builds (devel go1.x-...) do not parse: they are newer than any release.
  const version = releaseVersion(context.goVersion);
  if (version && compareGoVersions(version, FIRST_GO_WITH_MEMORY_LIMIT) < 0) return {};
  const processes = Math.max(1, context.parallel) * Math.max(1, context.cores);
  const perProcess = Math.floor((context.totalMemoryBytes * MEMORY_SHARE) / processes / 1024 ** 2);
  if (perProcess * 1024 ** 2 < MIN_BUDGET_BYTES) return {};
  return { GOGC: 'off', GOMEMLIMIT: `${perProcess}MiB` };
}
