// What a run builds: the Go in use, the resolved targets, the shard matrix and this run's slice of it.
import { resolve } from 'node:path';
import type { BuildOptions } from './options';
import { shardMatrix, shardTargets, type MatrixEntry } from './shards';
import { resolveTargets, type BuildTarget, type DistEntry } from './targets';
import { defaultProgramName, distList, goHost, type GoHost } from './host-go';

export interface BuildPlan {
  workingDirectory: string;
  outputDir: string;
  host: GoHost;
  dist: DistEntry[];
  /** The program's name, as binaries and archives are named after it. */
  name: string;
  /** Every target of the input, across all shards. */
  targets: BuildTarget[];
  matrix: { include: MatrixEntry[] };
  /** The targets this run builds; undefined when it only plans the shards. */
  selected: BuildTarget[] | undefined;
}

export async function planBuild(options: BuildOptions): Promise<BuildPlan> {
  const workingDirectory = resolve(options.workingDirectory);
  // Asked together: each is a separate go invocation, and the builds wait on all three.
  const [host, dist, name] = await Promise.all([
    goHost(),
    distList(),
    options.name ? Promise.resolve(options.name) : defaultProgramName(workingDirectory, options.packages),
  ]);
  const targets = resolveTargets(options.targets, dist);
  const matrix = shardMatrix(targets, options.shards);
  const planOnly = options.shards > 1 && options.shard === undefined;
  const selected = planOnly
    ? undefined
    : options.shard === undefined
      ? targets
      : shardTargets(targets, { shard: options.shard, shards: options.shards });
  return { workingDirectory, outputDir: resolve(workingDirectory, options.outputDir), host, dist, name, targets, matrix, selected };
}

/** The summary line of a run that only plans the shards. */
export function shardPlanNote(plan: BuildPlan): string {
  return `Planned ${plan.matrix.include.length} shard(s) of ${plan.targets.length} targets; set shard to build one.`;
}
