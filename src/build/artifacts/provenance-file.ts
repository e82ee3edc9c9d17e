// Writes the run's provenance statement beside the release files: the facts of provenance-facts.ts
// and the run's own (targets, flags, the Go, the source date) into provenance.ts's statement.
import { relative } from 'node:path';
import type { Zig } from '../../zig/provision';
import { verifiedGoRoot } from '../../process/go-binary';
import type { BuildOptions } from '../plan/options';
import type { BuildPlan } from '../plan/plan';
import { writeFileNoFollow } from '../plan/link-free';
import { targetId } from '../plan/targets';
import type { ChecksumEntry } from './checksums';
import { displayPath } from './display-path';
import { goDependency, invocationId, sourceDependency, workflowParameters, zigDependency } from './provenance-facts';
import { builderOf, provenanceStatement } from './provenance';
import type { SourceDate } from './source-date';
import type { BuiltTarget } from './summary';

export interface ProvenanceRun {
  subjects: ChecksumEntry[];
  options: BuildOptions;
  plan: BuildPlan;
  built: BuiltTarget[];
  sourceDate: SourceDate;
  zig: Zig | undefined;
  startedOn: Date;
  packageVersion: string;
}

/** Writes the statement at `path`; returns the path as the user sees it. */
export async function writeProvenance(path: string, run: ProvenanceRun): Promise<string> {
  const { options, plan, sourceDate } = run;
  const env = process.env;
  const workflow = workflowParameters(env);
  const dependencies = [
    sourceDependency(sourceDate.commit, env),
    await goDependency(verifiedGoRoot(), plan.host.version),
    zigDependency(run.zig),
  ].filter((dependency) => dependency !== undefined);
  const statement = provenanceStatement({
    subjects: run.subjects,
    builder: builderOf({ repository: env.GITHUB_ACTION_REPOSITORY, ref: env.GITHUB_ACTION_REF }, run.packageVersion),
    externalParameters: {
      targets: run.built.map((item) => targetId(item.target)),
      packages: options.packages,
      workingDirectory: relative(options.workspace || process.cwd(), plan.workingDirectory) || '.',
      trimpath: options.trimpath,
      ldflags: options.ldflags,
      tags: options.tags,
      cgo: options.cgo,
      archive: options.archive,
      archiveFiles: options.archiveFiles,
      reproducible: options.reproducible,
      ...(options.shards > 1 && { shard: options.shard, shards: options.shards }),
      ...(workflow && { workflow }),
    },
    internalParameters: {
      go: plan.host.version,
      host: `${plan.host.goos}/${plan.host.goarch}`,
      cgoEnabled: Object.fromEntries(run.built.map((item) => [targetId(item.target), item.facts.cgo ?? null])),
      sourceDate: sourceDate.date.toISOString(),
      sourceDateFrom: sourceDate.origin,
      ...(env.GOFLAGS && { GOFLAGS: env.GOFLAGS }),
    },
    resolvedDependencies: dependencies,
    invocationId: invocationId(env),
    startedOn: run.startedOn,
    finishedOn: new Date(),
  });
  await writeFileNoFollow(path, `${JSON.stringify(statement, null, 2)}\n`);
  return displayPath(path);
}
