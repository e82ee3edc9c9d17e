// The environment of the engine's `go` processes: the target's variables over the job's, and the
// memory budget this machine allows the builds.
import { availableParallelism, totalmem } from 'node:os';
import { gcBudgetEnv } from './gc-budget';
import { targetEnv, VARIANT_VARIABLES, type BuildTarget } from './targets';

export function buildEnv(
  target: BuildTarget,
  cgo: string | undefined,
  gcBudget: Record<string, string>,
  compilerEnv: Record<string, string> = {},
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...gcBudget };
  for (const name of [...VARIANT_VARIABLES, 'GOOS', 'GOARCH', 'CGO_ENABLED']) delete env[name];
  Object.assign(env, targetEnv(target), compilerEnv);
  if (cgo !== undefined) env.CGO_ENABLED = cgo;
  return env;
}

export interface MachineGcBudget {
  /** GOGC/GOMEMLIMIT for `go build`, empty when the default collector stays. */
  env: Record<string, string>;
  /** The summary line saying so, when a budget is set. */
  notes: string[];
}

/** The GC budget of gc-budget.ts for this machine's memory and cores. */
export function machineGcBudget(goVersion: string, parallel: number): MachineGcBudget {
  // In a container, the cgroup's limit is the memory there is (0 or undefined: no limit).
  const constrained = process.constrainedMemory?.() || Infinity;
  const env = gcBudgetEnv(process.env, {
    totalMemoryBytes: Math.min(totalmem(), constrained),
    goVersion,
    parallel,
    cores: availableParallelism(),
  });
  const notes = env.GOMEMLIMIT
    ? [`Go processes build with GOGC=off and GOMEMLIMIT=${env.GOMEMLIMIT} (set GOGC or GOMEMLIMIT to choose otherwise)`]
    : [];
  return { env, notes };
}
