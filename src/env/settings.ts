// Which Go settings the action exports for later steps, from its inputs. Pure.
import type { GoPaths } from './paths';

/** Inputs that set a Go variable of the same name; an empty input leaves the job's value alone. */
export const ENVIRONMENT_INPUTS = {
  goproxy: 'GOPROXY',
  gosumdb: 'GOSUMDB',
  goprivate: 'GOPRIVATE',
  gonoproxy: 'GONOPROXY',
  gonosumdb: 'GONOSUMDB',
  goinsecure: 'GOINSECURE',
  goflags: 'GOFLAGS',
} as const;

export type EnvironmentInput = keyof typeof ENVIRONMENT_INPUTS;

export type EnvPolicy = 'warn' | 'error';

/**
 * The variables to export. GOCACHE and GOMODCACHE are always exported: the caches were restored
 * into exactly these directories, and later steps (and the post step's trim) must agree.
 */
export function environmentExports(inputs: Partial<Record<EnvironmentInput, string>>, paths: GoPaths): Record<string, string> {
  const exports: Record<string, string> = {};
  for (const [input, variable] of Object.entries(ENVIRONMENT_INPUTS) as [EnvironmentInput, string][]) {
    const value = inputs[input]?.trim();
    if (value) exports[variable] = value;
  }
  exports.GOCACHE = paths.gocache;
  exports.GOMODCACHE = paths.gomodcache;
  return exports;
}

/** GOTOOLCHAIN as go would see it: the environment, then the user's go env file, then $GOROOT/go.env, then auto. */
export function effectiveToolchain(sources: { env?: string; userEnvFile?: string; goRootEnvFile?: string }): string {
  return sources.env || sources.userEnvFile || sources.goRootEnvFile || 'auto';
}
