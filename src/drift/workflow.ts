// Where a workflow pins Go: every step that uses actions/setup-go (or this action) with its
// go-version / go-version-file, followed through matrix and env references to the literal that
// sets it, and every job container from the golang image. Pure: takes a parsed YAML file.
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { hasExpression, parseTemplate, type TemplatePart } from './expressions';
import { readGolangImage } from './golang-image';
import { readJobMatrix, type JobMatrix } from './matrix';
import { mapEntries, mapValue, positionOf, resolveNode, scalarText, type YamlFile } from './yaml-source';
import type { Position, Resolution, ResolvedValue, UnresolvedValue } from './types';

export type CiSource = 'go-version' | 'go-version-file' | 'container' | 'none';

/** One place in a job that decides the Go version. */
export interface CiUsage {
  workflow: string;
  job: string;
  source: CiSource;
  /** The go-version / go-version-file / image value (or the step, for `none`). */
  at: Position;
  /** The value as written. */
  raw: string;
  /** Versions (go-version, container) or paths (go-version-file). */
  resolution: Resolution;
  /** Directories the job runs Go in, relative to the repository root; `.` when none is named. */
  directories: string[];
}

export interface WorkflowModel {
  usages: CiUsage[];
}

const SETUP_GO_ACTION = /^[^\s/]+\/setup-go(?:-golden)?@/;
/** Cap on the combinations an interpolation of several matrix values can produce. */
const MAX_VALUES = 1024;
const MAX_ENV_DEPTH = 8;

interface Scope {
  file: YamlFile;
  matrix: JobMatrix;
  /** env mappings from the innermost (step) to the outermost (workflow). */
  envChain: Array<Node | undefined>;
}

export function readWorkflow(file: YamlFile): WorkflowModel {
  const root = file.document.contents;
  const usages: CiUsage[] = [];
  const workflowEnv = mapValue(file, root, 'env');
  const workflowDirectory = defaultRunDirectory(file, root);
  for (const [jobId, job] of mapEntries(file, mapValue(file, root, 'jobs'))) {
    if (!isMap(job)) continue;
    const jobAt = positionOf(file, job);
    const matrix = readJobMatrix(file, mapValue(file, job, 'strategy'), jobAt);
    const jobEnv = mapValue(file, job, 'env');
    const jobDirectory = defaultRunDirectory(file, job) ?? workflowDirectory;
    const steps = mapValue(file, job, 'steps');
    const stepNodes = isSeq(steps) ? steps.items.map((item) => resolveNode(file, item)) : [];
    const runDirectories = stepNodes
      .filter((step) => mapValue(file, step, 'run') !== undefined)
      .map((step) => literalText(mapValue(file, step, 'working-directory')) ?? jobDirectory ?? '.');
    const jobScope: Scope = { file, matrix, envChain: [jobEnv, workflowEnv] };

    const container = mapValue(file, job, 'container');
    const image = isMap(container) ? mapValue(file, container, 'image') : container;
    if (isScalar(image)) {
      const usage = containerUsage(file, jobId, image, jobScope, runDirectories);
      if (usage) usages.push(usage);
    }

    for (const step of stepNodes) {
      const uses = literalText(mapValue(file, step, 'uses'));
      if (uses === undefined || !SETUP_GO_ACTION.test(uses)) continue;
      const scope: Scope = { file, matrix, envChain: [mapValue(file, step, 'env'), jobEnv, workflowEnv] };
      const inputs = mapValue(file, step, 'with');
      const actionDirectory = literalText(mapValue(file, inputs, 'working-directory'));
      const directories = [...new Set([...(actionDirectory ? [actionDirectory] : []), ...runDirectories])];
      const version = mapValue(file, inputs, 'go-version');
      const versionFile = mapValue(file, inputs, 'go-version-file');
      const chosen = isScalar(version) && scalarText(version)!.value !== '' ? { node: version, source: 'go-version' as const } : isScalar(versionFile) ? { node: versionFile, source: 'go-version-file' as const } : undefined;
      if (!chosen) {
        const at = positionOf(file, mapValue(file, step, 'uses'));
        usages.push({
          workflow: file.path,
          job: jobId,
          source: 'none',
          at,
          raw: uses,
          resolution: { values: [], unresolved: [{ reason: `${uses} has neither go-version nor go-version-file, so the Go already on the runner is used`, at }] },
          directories: orRoot(directories),
        });
        continue;
      }
      usages.push({
        workflow: file.path,
        job: jobId,
        source: chosen.source,
        at: positionOf(file, chosen.node),
        raw: scalarText(chosen.node)!.written,
        resolution: resolveScalar(chosen.node, scope, [], 0),
        directories: orRoot(directories),
      });
    }
  }
  return { usages };
}

function containerUsage(file: YamlFile, jobId: string, image: Node, scope: Scope, directories: string[]): CiUsage | undefined {
  const text = scalarText(image)!;
  const resolution = resolveScalar(image, scope, [], 0);
  const values: ResolvedValue[] = [];
  const unresolved = [...resolution.unresolved];
  let golang = false;
  for (const value of resolution.values) {
    const parsed = readGolangImage(value.text);
    if (parsed.kind === 'not-golang') continue;
    golang = true;
    if (parsed.kind === 'version') values.push({ ...value, text: parsed.version });
    else unresolved.push({ reason: parsed.reason, at: value.at });
  }
  const mayBeGolang = resolution.unresolved.length > 0 && text.value.includes('golang');
  if (!golang && !mayBeGolang) return undefined;
  return {
    workflow: file.path,
    job: jobId,
    source: 'container',
    at: positionOf(file, image),
    raw: text.written,
    resolution: { values, unresolved },
    directories: orRoot(directories),
  };
}

function orRoot(directories: string[]): string[] {
  return directories.length > 0 ? [...new Set(directories)] : ['.'];
}

function defaultRunDirectory(file: YamlFile, node: unknown): string | undefined {
  return literalText(mapValue(file, mapValue(file, mapValue(file, node, 'defaults'), 'run'), 'working-directory'));
}

/** A scalar's text when it is a plain literal (no expression); undefined otherwise. */
function literalText(node: Node | undefined): string | undefined {
  const text = scalarText(node);
  if (!text || hasExpression(text.value)) return undefined;
  return text.value;
}

/** Follows a scalar through the expressions in it to the literals that make it up. */
function resolveScalar(node: Node, scope: Scope, via: string[], depth: number): Resolution {
  const at = positionOf(scope.file, node);
  const text = scalarText(node);
  if (!text) return { values: [], unresolved: [{ reason: 'the value is not a single string', at }] };
  if (!hasExpression(text.value)) {
    const lostDigits = text.lostDigits ? [{ at, found: text.value, written: text.written }] : [];
    return { values: [{ text: text.written, at, via, lostDigits }], unresolved: [] };
  }
  if (depth > MAX_ENV_DEPTH) return { values: [], unresolved: [{ reason: 'env references nest too deeply to follow', at }] };
  let combined: ResolvedValue[] = [{ text: '', at, via, lostDigits: [] }];
  const unresolved: UnresolvedValue[] = [];
  for (const part of parseTemplate(text.value)) {
    const alternatives = resolvePart(part, scope, via, depth, at);
    unresolved.push(...alternatives.unresolved);
    if (alternatives.values.length === 0) {
      combined = [];
      break;
    }
    combined = combined
      .flatMap((prefix) =>
        alternatives.values.map((value) => ({
          text: prefix.text + value.text,
          at: part.kind === 'text' ? prefix.at : value.at,
          via: part.kind === 'text' ? prefix.via : value.via,
          lostDigits: [...prefix.lostDigits, ...value.lostDigits],
        })),
      )
      .slice(0, MAX_VALUES);
  }
  return { values: combined, unresolved };
}

function resolvePart(part: TemplatePart, scope: Scope, via: string[], depth: number, at: Position): Resolution {
  switch (part.kind) {
    case 'text':
      return { values: [{ text: part.text, at, via, lostDigits: [] }], unresolved: [] };
    case 'runtime':
      return { values: [], unresolved: [{ reason: part.reason, at }] };
    case 'matrix': {
      const lookup = scope.matrix.lookup(part.name);
      if (lookup.kind === 'unknown') return { values: [], unresolved: [{ reason: lookup.reason, at: lookup.at }] };
      const resolution: Resolution = { values: [], unresolved: lookup.unknownToo ? [{ reason: lookup.unknownToo, at }] : [] };
      for (const value of lookup.values) {
        const inner = resolveScalar(value.node, { ...scope, envChain: scope.envChain.slice(-1) }, [...via, `matrix.${part.name}`], depth + 1);
        resolution.values.push(...inner.values);
        resolution.unresolved.push(...inner.unresolved);
      }
      return resolution;
    }
    case 'env': {
      for (let level = 0; level < scope.envChain.length; level++) {
        const env = scope.envChain[level];
        if (isScalar(env) && hasExpression(String(env.value))) {
          return { values: [], unresolved: [{ reason: `env is the expression ${String(env.value)}, evaluated at run time`, at: positionOf(scope.file, env) }] };
        }
        const value = mapValue(scope.file, env, part.name);
        if (value !== undefined) {
          // An env value may refer to outer env levels and the matrix, never to its own level.
          return resolveScalar(value, { ...scope, envChain: scope.envChain.slice(level + 1) }, [...via, `env.${part.name}`], depth + 1);
        }
      }
      return { values: [], unresolved: [{ reason: `env.${part.name} is not set in the workflow (it may come from the runner or an earlier step)`, at }] };
    }
  }
}
