// What the Go environment step is asked to do, as the input layer (src/inputs/environment.ts) reads it.
import type { EnvPolicy, EnvironmentInput } from './settings';

export interface EnvironmentOptions {
  policy: EnvPolicy;
  /** Value of each setting input; empty leaves the job's value alone. */
  values: Record<EnvironmentInput, string>;
  /** Absolute GOCACHE / GOMODCACHE from the inputs, when given. */
  gocache?: string;
  gomodcache?: string;
  /** The checkout: caches inside it are reported. */
  workspace: string;
}
