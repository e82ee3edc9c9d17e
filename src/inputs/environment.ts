// The Go environment inputs of the root action: the exported settings, env-policy, and the
// cache directories, placed before anything is exported.
import { parseGosumdb } from '../sumdb/gosumdb';
import { ENVIRONMENT_INPUTS, type EnvPolicy, type EnvironmentInput } from '../env/settings';
import { parseGoproxy } from '../install/routes/proxy/goproxy';
import { InputError, type InputReader } from './reader';
import { writableDirectory, type OutsidePath } from './workspace';

export interface EnvironmentInputs {
  policy: EnvPolicy;
  /** Value of each setting input; empty leaves the job's value alone. */
  values: Record<EnvironmentInput, string>;
  /** Absolute GOCACHE / GOMODCACHE from the inputs, when given. */
  gocache?: string;
  gomodcache?: string;
}

function checked(input: string, value: string, check: (value: string) => unknown): string {
  try {
    check(value);
  } catch (error) {
    throw new InputError(input, (error as Error).message);
  }
  return value;
}

export function parseEnvironmentInputs(read: InputReader, placement: { workspace: string; outside: OutsidePath[] }): EnvironmentInputs {
  const values = Object.fromEntries(Object.keys(ENVIRONMENT_INPUTS).map((name) => [name, read.text(name)])) as Record<
    EnvironmentInput,
    string
  >;
  if (values.gosumdb && values.gosumdb !== 'off') checked('gosumdb', values.gosumdb, parseGosumdb);
  if (values.goproxy) checked('goproxy', values.goproxy, parseGoproxy);
  const directory = (name: 'gocache' | 'gomodcache') => {
    const value = read.path(name);
    return value ? writableDirectory(name, value, { base: placement.workspace, ...placement }) : undefined;
  };
  return {
    policy: read.choice('env-policy', ['warn', 'error'] as const, 'warn'),
    values,
    gocache: directory('gocache'),
    gomodcache: directory('gomodcache'),
  };
}
