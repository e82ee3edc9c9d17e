// The Go environment inputs of the root action: the exported settings, env-policy, and the
// cache directories, placed before anything is exported.
import { parseGosumdb } from '../sumdb/gosumdb';
import type { EnvironmentOptions } from '../env/options';
import { ENVIRONMENT_INPUTS, type EnvironmentInput, type EnvPolicy } from '../env/settings';
import { parseGoproxy } from '../install/routes/proxy/goproxy';
import { InputError, type InputReader } from './reader';
import { writableDirectory, type OutsidePath } from './workspace';

function checked(input: string, value: string, check: (value: string) => unknown): string {
  try {
    check(value);
  } catch (error) {
    throw new InputError(input, (error as Error).message);
  }
  return value;
}

/** env-policy: whether a risky Go setting (or another go that could run) fails the step. */
export function parseEnvPolicy(read: InputReader): EnvPolicy {
  return read.choice('env-policy', ['warn', 'error'] as const, 'warn');
}

export function parseEnvironmentInputs(read: InputReader, placement: { workspace: string; outside: OutsidePath[] }): EnvironmentOptions {
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
    policy: parseEnvPolicy(read),
    values,
    gocache: directory('gocache'),
    gomodcache: directory('gomodcache'),
    workspace: placement.workspace,
  };
}
