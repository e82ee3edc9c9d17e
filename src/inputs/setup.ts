// Every input of the root action, read and checked before the first side effect: a bad value
// fails the step before PATH, GOTOOLCHAIN, the caches or any output is touched.
import { availableParallelism } from 'node:os';
import type { BuildOptions } from '../build/plan/options';
import type { CacheOptions } from '../cache/options';
import type { DriftOptions } from '../drift/options';
import type { EnvironmentOptions } from '../env/options';
import type { InstallOptions } from '../install/options';
import { parseBuildOptions, placeBuildOptions } from './build';
import { parseCacheInputs } from './cache';
import { parseEnvironmentInputs } from './environment';
import { parseInstallInputs } from './install';
import type { InputReader } from './reader';
import { existingDirectory, type OutsidePath } from './workspace';

export interface SetupInputs {
  install: InstallOptions;
  environment: EnvironmentOptions;
  cache: CacheOptions;
  /** Undefined when `targets` is empty: no cross-build. */
  build?: BuildOptions;
  drift: DriftOptions;
  /** The checkout every relative path input is taken from. */
  workspace: string;
  /** Absolute directory of the Go module (cache keys, build, drift). */
  workingDirectory: string;
  /** Path inputs that deliberately point outside the workspace. */
  outside: OutsidePath[];
}

export function parseSetupInputs(read: InputReader, workspace: string, repository?: string): SetupInputs {
  const outside: OutsidePath[] = [];
  const placement = { workspace, outside };
  const workingDirectory = existingDirectory('working-directory', read.path('working-directory', '.'), workspace);
  const install = parseInstallInputs(read, workspace, process.env, { platform: process.platform, arch: process.arch });
  const environment = parseEnvironmentInputs(read, placement);
  const cache = parseCacheInputs(read);
  const parsedBuild = parseBuildOptions(read, availableParallelism());
  // Where the build writes matters only when it runs.
  const build = parsedBuild.targets.length > 0 ? placeBuildOptions(parsedBuild, placement) : undefined;
  const drift: DriftOptions = {
    workspace,
    workingDirectory,
    mode: read.choice('drift-check', ['off', 'warn', 'error'] as const, 'warn'),
    ignore: [],
    ...(repository ? { repository } : {}),
  };
  return { install, environment, cache, build, drift, workspace, workingDirectory, outside };
}
