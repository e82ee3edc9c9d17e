// Every input of the root action, read and checked before the first side effect: a bad value
// fails the step before PATH, GOTOOLCHAIN, the caches or any output is touched.
import { availableParallelism } from 'node:os';
import type { BuildOptions } from '../build/plan/options';
import { readInstallInputs, type InstallInputs } from '../install/inputs';
import { parseBuildOptions } from '../build/plan/options';
import { placeBuildOptions } from './build';
import { parseCacheInputs, type CacheInputs } from './cache';
import { parseEnvironmentInputs, type EnvironmentInputs } from './environment';
import type { InputReader } from './reader';
import { existingDirectory, type OutsidePath } from './workspace';

export interface SetupInputs {
  install: InstallInputs;
  environment: EnvironmentInputs;
  cache: CacheInputs;
  /** `targets` empty: no cross-build. */
  build: BuildOptions;
  driftCheck: 'off' | 'warn' | 'error';
  /** Absolute directory of the Go module (cache keys, build, drift). */
  workingDirectory: string;
  /** Path inputs that deliberately point outside the workspace. */
  outside: OutsidePath[];
}

export function parseSetupInputs(read: InputReader, workspace: string): SetupInputs {
  const outside: OutsidePath[] = [];
  const placement = { workspace, outside };
  const workingDirectory = existingDirectory('working-directory', read.path('working-directory', '.'), workspace);
  const install = readInstallInputs(read);
  const environment = parseEnvironmentInputs(read, placement);
  const cache = parseCacheInputs(read);
  const parsedBuild = parseBuildOptions(read, availableParallelism());
  // Where the build writes matters only when it runs.
  const build = parsedBuild.targets.length > 0 ? placeBuildOptions(parsedBuild, placement) : { ...parsedBuild, workingDirectory };
  const driftCheck = read.choice('drift-check', ['off', 'warn', 'error'] as const, 'warn');
  return { install, environment, cache, build, driftCheck, workingDirectory, outside };
}
