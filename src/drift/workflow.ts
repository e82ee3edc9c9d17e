// Where a workflow pins Go: every step that uses actions/setup-go (or this action) with its
// go-version / go-version-file, followed through matrix, env and inputs references to the literal
// that sets it; every job container from the golang image; local composite actions
// (`uses: ./path`) and local reusable workflows (`jobs.<id>.uses: ./.github/workflows/x.yml`)
// followed with the caller's `with:` values or the input defaults; and remote actions or workflows
// handed a Go version, which only the remote side decides. Pure: takes parsed YAML files.
import { posix } from 'node:path';
import { ConditionBudget, evaluateCondition, evaluateValue, referencesIn } from './conditions';
import { hasExpression, parseTemplate, runtimeReason, type TemplatePart } from './expressions';
import { readGolangImage } from './golang-image';
import { readJobMatrix, type JobMatrix, type MatrixBudget } from './matrix';
import { GOLANG_IMAGE_MODE, gotoolchainMode, installerMode, type ToolchainMode } from './toolchain-mode';
import { isMap, isScalar, isSeq, mapEntries, mapValue, positionOf, scalarText, type YamlFile, type YamlNode } from './yaml-source';
import type { Position, Resolution, ResolvedValue, UnresolvedValue } from './types';

export type CiSource = 'go-version' | 'go-version-file' | 'container' | 'none' | 'remote';

/** One place in a job that decides the Go version. */
export interface CiUsage {
  workflow: string;
  job: string;
  /** Local actions and called workflows between the job and the usage (`./.github/actions/go`). */
  through: string[];
  source: CiSource;
  /** The go-version / go-version-file / image value (or the step, for `none`; the call, for `remote`). */
  at: Position;
  /** The value as written. */
  raw: string;
  /** Versions (go-version, container) or paths (go-version-file). */
  resolution: Resolution;
  /** Directories the job runs Go in, relative to the repository root; `.` when none is named. */
  directories: string[];
  /** For `remote`: the action or workflow called and the input that carries the version. */
  remote?: { target: string; input: string; versionFile: boolean };
  /** The literal `ref:` the job checks this repository out at: another revision, whose go.mod the check does not see. */
  otherRevision?: string;
  /** Whether Go switches to a newer toolchain in this job: set for setup steps and containers. */
  toolchain?: ToolchainMode;
  /** Set when no step of the job (nor of the composite actions it calls) could build the module. */
  buildsNothing?: true;
  /** Set for a local action no workflow calls, read as if called with no inputs; `workflow` is its directory. */
  uncalled?: true;
}

/** Repository files a workflow refers to (local actions, called workflows), parsed on demand. */
export interface LocalFiles {
  /** The parsed file at `path` (relative to the root), or undefined when it is missing or unreadable. */
  yaml(path: string): YamlFile | undefined;
  /** The text of the file at `path`, or undefined when it is missing. */
  text(path: string): string | undefined;
  /** Matrix combinations the whole check may still compare. */
  matrixBudget: MatrixBudget;
  /** `owner/name` of the checked repository: its own `owner/name/path@ref` is read from the tree. */
  repository?: string;
  /** Lets the parsed tree of `path` go (it is parsed again if asked for). */
  forget(path: string): void;
}

const SETUP_GO_ACTION = /^[^\s/]+\/setup-go(?:-golden)?@/;
const CHECKOUT_ACTION = /^actions\/checkout@/;
/** Inputs of a remote action or workflow that carry a Go version: go-version, go_version, go-version-input, go-version-file. */
const GO_VERSION_INPUT = /^go[-_]?version(?:[-_]input)?$|^go[-_]?version[-_](file)$/i;
/** Cap on the combinations an interpolation of several matrix values can produce. */
const MAX_VALUES = 1024;
const MAX_ENV_DEPTH = 8;
/** Local actions and called workflows nest at most this deep (GitHub allows 4 levels of calls). */
const MAX_CALL_DEPTH = 4;

interface EnvLevel {
  file: YamlFile;
  node: YamlNode | undefined;
}

/** A value an `inputs.NAME` reference takes: what the caller passed, else the declared default. */
interface InputBinding {
  passed?: { node: YamlNode; scope: Scope };
  fallback?: { node: YamlNode; scope: Scope };
}

interface Scope {
  file: YamlFile;
  files: LocalFiles;
  matrix: JobMatrix;
  /** env mappings from the innermost (step) to the outermost (workflow), each in its own file. */
  envChain: EnvLevel[];
  /** Set inside a local action or called workflow: the inputs it receives. */
  inputs?: { of: string; bindings: Map<string, InputBinding> };
  /** The steps of the job or composite action, for `steps.<id>.outputs.<name>`. */
  steps?: Array<YamlNode | undefined>;
}

/** Who a usage belongs to: the job of a workflow that runs on GitHub, and the calls in between. */
interface Owner {
  workflow: string;
  job: string;
  through: string[];
}

/** An `if:` of a job or step on the way to a usage, with the scope its references are read in. */
interface Condition {
  text: string;
  scope: Scope;
}

interface StepContext {
  scope: Scope;
  owner: Owner;
  /** Directories the job's `run` steps work in. */
  runDirectories: string[];
  /** GOTOOLCHAIN as each of the job's `run` steps that runs go sets it in its own env (undefined: it inherits). */
  runModes?: Array<ToolchainMode | undefined>;
  /** No step of the job could build the module (see stepsMayBuild). */
  buildsNothing?: true;
  depth: number;
  conditions: Condition[];
}

export interface WorkflowCall {
  owner: Owner;
  inputs: Scope['inputs'];
  depth: number;
  conditions: Condition[];
}

/** The paths of the local workflows the jobs of a workflow call (`uses: ./.github/workflows/x.yml`). */
export function calledWorkflows(file: YamlFile, repository?: string): string[] {
  return mapEntries(mapValue(file.root, 'jobs'))
    .map(([, job]) => ownAsLocal(literalText(mapValue(job, 'uses')), repository))
    .filter((uses): uses is string => typeof uses === 'string' && uses.startsWith('./'))
    .map(localPath);
}

/** Whether `workflow_call` is the workflow's only trigger (so it runs only when called). */
export function onlyCalled(file: YamlFile): boolean {
  const on = mapValue(file.root, 'on');
  const triggers = isScalar(on)
    ? [String(on.value)]
    : isSeq(on)
      ? on.items.map((item) => String(scalarText(item)?.value))
      : mapEntries(on).map(([key]) => key);
  return triggers.length > 0 && triggers.every((trigger) => trigger === 'workflow_call');
}

export function readWorkflow(file: YamlFile, files: LocalFiles, call?: WorkflowCall): CiUsage[] {
  const root = file.root;
  const usages: CiUsage[] = [];
  const depth = call?.depth ?? 0;
  const workflowEnv: EnvLevel = { file, node: mapValue(root, 'env') };
  for (const [jobId, job] of mapEntries(mapValue(root, 'jobs'))) {
    if (!isMap(job)) continue;
    const jobAt = positionOf(file, job);
    const matrix = readJobMatrix(file, mapValue(job, 'strategy'), jobAt, files.matrixBudget);
    const steps = mapValue(job, 'steps');
    const stepNodes = isSeq(steps) ? steps.items : [];
    const jobScope: Scope = {
      file,
      files,
      matrix,
      envChain: [{ file, node: mapValue(job, 'env') }, workflowEnv],
      inputs: call?.inputs,
      steps: stepNodes,
    };
    const owner: Owner = call
      ? { ...call.owner, through: [...call.owner.through, `${file.path} (job ${jobId})`] }
      : { workflow: file.path, job: jobId, through: [] };
    const conditions = [...(call?.conditions ?? []), ...conditionsOn(job, jobScope)];

    const calls = ownAsLocal(literalText(mapValue(job, 'uses')), files.repository);
    if (calls !== undefined) {
      usages.push(
        ...readCalledWorkflow(calls, mapValue(job, 'uses')!, mapValue(job, 'with'), jobScope, { owner, conditions, depth }, files),
      );
      continue;
    }

    const jobDirectory = defaultRunDirectory(job, jobScope) ?? defaultRunDirectory(root, jobScope);
    const ownCheckouts = ownCheckoutPaths(stepNodes);
    // Where its go commands run: the steps that may build, else every step (a job that builds
    // nothing still names the module it is about).
    const runSteps = stepNodes.filter((step) => mapValue(step, 'run') !== undefined);
    const buildingSteps = runSteps.filter((step) => scriptMayBuild(scalarText(mapValue(step, 'run'))?.value ?? ''));
    const runDirectories = (buildingSteps.length > 0 ? buildingSteps : runSteps).map((step) => {
      const base = withinCheckout(directoryOf(mapValue(step, 'working-directory'), jobScope) ?? jobDirectory ?? '.', ownCheckouts);
      const into = leadingCd(scalarText(mapValue(step, 'run'))?.value ?? '');
      return into === undefined ? base : localPath(posix.join(base, into));
    });

    const runModes = stepNodes
      .filter((step) => GO_COMMAND.test(scalarText(mapValue(step, 'run'))?.value ?? ''))
      .map((step) => envToolchainLevel({ file, node: mapValue(step, 'env') }));
    // A job of Go setup alone says nothing of what it runs: only other steps, none of which builds, show it builds nothing.
    const shown = stepNodes.some((step) => !SETUP_GO_ACTION.test(literalText(mapValue(step, 'uses')) ?? ''));
    const buildsNothing = shown && !stepsMayBuild(stepNodes, files, depth) ? (true as const) : undefined;
    const jobUsages: CiUsage[] = [];
    const container = mapValue(job, 'container');
    const image = isMap(container) ? mapValue(container, 'image') : container;
    if (isScalar(image)) {
      const usage = containerUsage(image, jobScope, { owner, conditions, depth }, runDirectories, runModes);
      if (usage) jobUsages.push(buildsNothing ? { ...usage, buildsNothing } : usage);
    }
    jobUsages.push(...readSteps(stepNodes, { scope: jobScope, owner, runDirectories, runModes, depth, conditions, buildsNothing }, files));
    const otherRevision = checkedOutRef(stepNodes);
    usages.push(...(otherRevision === undefined ? jobUsages : jobUsages.map((usage) => ({ ...usage, otherRevision }))));
  }
  return usages;
}

function readSteps(stepNodes: Array<YamlNode | undefined>, context: StepContext, files: LocalFiles): CiUsage[] {
  const { file } = context.scope;
  const usages: CiUsage[] = [];
  const checkoutPaths: string[] = [];
  for (const step of stepNodes) {
    const usesNode = mapValue(step, 'uses');
    const uses = ownAsLocal(literalText(usesNode), files.repository);
    if (uses === undefined) continue;
    const inputs = mapValue(step, 'with');
    const scope: Scope = { ...context.scope, envChain: [{ file, node: mapValue(step, 'env') }, ...context.scope.envChain] };
    const stepContext: StepContext = { ...context, conditions: [...context.conditions, ...conditionsOn(step, scope)] };
    if (CHECKOUT_ACTION.test(uses)) {
      const path = literalText(mapValue(inputs, 'path'));
      const repository = literalText(mapValue(inputs, 'repository'));
      if (path !== undefined && repository === undefined) checkoutPaths.push(localPath(path));
    } else if (SETUP_GO_ACTION.test(uses)) {
      usages.push(...setupGoUsages(uses, usesNode!, inputs, scope, stepContext, checkoutPaths));
    } else if (uses.startsWith('./')) {
      usages.push(...readLocalAction(uses, checkoutPaths, inputs, scope, stepContext, files));
    } else if (!uses.startsWith('docker://')) {
      usages.push(...remoteUsages(uses, usesNode!, inputs, scope, stepContext));
    }
  }
  return usages;
}

function setupGoUsages(
  uses: string,
  usesNode: YamlNode,
  inputs: YamlNode | undefined,
  scope: Scope,
  context: StepContext,
  checkoutPaths: string[] = [],
): CiUsage[] {
  const { file } = scope;
  const actionDirectory = directoryOf(mapValue(inputs, 'working-directory'), scope);
  const directories = orRoot([...(actionDirectory ? [actionDirectory] : []), ...context.runDirectories]);
  const version = mapValue(inputs, 'go-version');
  const versionFile = mapValue(inputs, 'go-version-file');
  const toolchain = withRunSteps(setupToolchainMode(uses, usesNode, inputs, scope), context.runModes ?? []);
  const base = {
    workflow: context.owner.workflow,
    job: context.owner.job,
    through: context.owner.through,
    directories,
    toolchain,
    ...(context.buildsNothing ? { buildsNothing: context.buildsNothing } : {}),
  };
  const usages: CiUsage[] = [];
  if (isScalar(version) && scalarText(version)!.value !== '') {
    const resolution = underConditions(resolveScalar(version, scope, [], 0), context.conditions);
    const given = resolution.values.filter((value) => value.text !== '');
    if (given.length > 0 || resolution.unresolved.length > 0) {
      const at = positionOf(file, version);
      usages.push({ ...base, source: 'go-version', at, raw: scalarText(version)!.written, resolution: { ...resolution, values: given } });
    }
    // An expression that is empty for some values (`matrix.go != 'go.mod' && matrix.go || ''`) gives no go-version then.
    if (given.length === resolution.values.length) return usages;
  }
  if (isScalar(versionFile)) {
    const read = underConditions(resolveScalar(versionFile, scope, [], 0), context.conditions);
    // `head/go.mod` after checking this repository out at `path: head` is its own go.mod.
    const values = read.values.map((value) =>
      value.text === '' ? value : { ...value, text: withinCheckout(localPath(value.text), checkoutPaths) },
    );
    const resolution = { ...read, values };
    return [
      ...usages,
      { ...base, source: 'go-version-file', at: positionOf(file, versionFile), raw: scalarText(versionFile)!.written, resolution },
    ];
  }
  const at = positionOf(file, usesNode);
  const reason = `${uses} has neither go-version nor go-version-file, so the Go already on the runner is used`;
  return [...usages, { ...base, source: 'none', at, raw: uses, resolution: { values: [], unresolved: [{ reason, at }] } }];
}

/**
 * GOTOOLCHAIN after a setup step: this action's `gotoolchain` input when given, else an env level
 * that sets it, else what the installer leaves.
 */
function setupToolchainMode(uses: string, usesNode: YamlNode, inputs: YamlNode | undefined, scope: Scope): ToolchainMode {
  const installer = installerMode(uses, restOfLine(scope.file, usesNode));
  const input = mapValue(inputs, 'gotoolchain');
  if (/\/setup-go-golden@/.test(uses) && input !== undefined && scalarText(input)?.value !== '') {
    const chosen = valueMode(resolveScalar(input, scope, [], 0), `the gotoolchain input at ${where(positionOf(scope.file, input))}`);
    if (chosen) return chosen;
  }
  return envToolchainMode(scope) ?? installer;
}

// What could build the module with the job's Go. Conservative: a step the check cannot read
// could. Remote actions known to build nothing with it: checkout, caches, artifacts, other
// languages' setup, coverage upload, Docker's actions (whose builds use the image's Go).
const NON_BUILDING_ACTION =
  /^(?:actions\/(?:checkout|cache(?:\/restore|\/save)?|upload-artifact|download-artifact)|[^\s/]+\/setup-(?!go)[\w-]+|[^\s/]+\/[\w-]+-setup|codecov\/codecov-action|docker\/[\w-]+-action)@/;
/** Tools that load the module's packages (so the go line applies), and task runners that may run go. */
const BUILDING_TOOL =
  /(?:^|[\s;&|(`/])(?:govulncheck|golangci-lint|staticcheck|goreleaser|gotestsum|ginkgo|gosec|revive|errcheck|ineffassign|ko|make|task|mage|just)(?=$|[\s;&|)`])/m;
/** A script run as a command (`./ci/test.sh`, `bash build`, `. env.sh`): it may run go. */
const SCRIPT_COMMAND =
  /(?:^|[;&|(`]|\b(?:then|do|else|sudo|exec|time)[ \t])[ \t]*(?:\.{1,2}\/\S|(?:bash|sh|zsh|source|\.)[ \t]+[^\s;&|)-]|[^\s;&|()]+\.(?:sh|bash)(?=$|[\s;&|)]))/m;
/** A go command and the rest of its command: `go test ./...`, `go install x@latest`. */
const ANY_GO_COMMAND = /(?:^|[\s;&|(`])go\s+([a-z]+)([^\n;&|)`]*)/g;
/** go subcommands that read no module: versions, settings, tools installed at a version. */
const OUTSIDE_MODULE = new Set(['version', 'env', 'help', 'telemetry']);

/** Whether a script could build the module: a go command that reads it, a tool that does, a script or task runner. */
function scriptMayBuild(script: string): boolean {
  if (BUILDING_TOOL.test(script) || SCRIPT_COMMAND.test(script)) return true;
  for (const [, command = '', rest = ''] of script.matchAll(ANY_GO_COMMAND)) {
    if (OUTSIDE_MODULE.has(command)) continue;
    const packages = rest
      .trim()
      .split(/\s+/)
      .filter((arg) => arg !== '' && !arg.startsWith('-'));
    // `go install golang.org/x/vuln/cmd/govulncheck@latest` builds that tool, outside the module.
    if ((command === 'install' || command === 'run') && packages.length > 0 && packages.every((arg) => arg.includes('@'))) continue;
    return true;
  }
  return false;
}

/** Whether some step could build the module with the job's Go (the steps of local composite actions too). */
function stepsMayBuild(stepNodes: Array<YamlNode | undefined>, files: LocalFiles, depth: number): boolean {
  return stepNodes.some((step) => {
    const run = mapValue(step, 'run');
    if (run !== undefined) return scriptMayBuild(scalarText(run)?.value ?? 'unreadable');
    const uses = literalText(mapValue(step, 'uses'));
    if (uses === undefined) return mapValue(step, 'uses') !== undefined;
    if (SETUP_GO_ACTION.test(uses) || NON_BUILDING_ACTION.test(uses) || uses.startsWith('docker://')) return false;
    if (!uses.startsWith('./')) return true;
    const steps = depth < MAX_CALL_DEPTH ? compositeSteps(findLocalAction(localPath(uses), [], files)) : undefined;
    return steps === undefined || stepsMayBuild(steps, files, depth + 1);
  });
}

/** A go command in a `run` script: the steps whose own env GOTOOLCHAIN decides what runs. */
const GO_COMMAND = /(?:^|[\s;&|(])go\s+(?:build|test|vet|run|install|generate|list|mod|tool)\b/;

/** GOTOOLCHAIN in one env mapping (a run step's own), read literally; undefined when it is not set there. */
function envToolchainLevel(level: EnvLevel): ToolchainMode | undefined {
  const value = mapValue(level.node, 'GOTOOLCHAIN');
  if (value === undefined) return undefined;
  const text = scalarText(value);
  const where = `the env of a run step at ${level.file.path}:${positionOf(level.file, value).line}`;
  if (!text || hasExpression(text.value))
    return { kind: 'unknown', why: `GOTOOLCHAIN comes from ${where}, as ${text?.value ?? 'a non-string'}` };
  return gotoolchainMode(text.value, where);
}

/**
 * The job's go commands run in its `run` steps: one that sets GOTOOLCHAIN in its own env runs
 * under that, the rest under the setup step's. One mode when they agree; else `local` when some
 * step refuses (the job fails on it), else unknown.
 */
function withRunSteps(setup: ToolchainMode, runModes: Array<ToolchainMode | undefined>): ToolchainMode {
  const modes = runModes.map((mode) => mode ?? setup);
  const [first] = modes;
  if (!first || modes.every((mode) => mode.kind === first.kind && mode.why === first.why)) return first ?? setup;
  const local = modes.find((mode) => mode.kind === 'local');
  return local ?? { kind: 'unknown', why: 'the go commands of the job run under different GOTOOLCHAIN settings' };
}

/** GOTOOLCHAIN as an env level (or an env file a step loads) sets it; undefined when none does. */
function envToolchainMode(scope: Scope): ToolchainMode | undefined {
  const at = { file: scope.file.path, line: 0, column: 0 };
  const resolution = resolvePart({ kind: 'env', name: 'GOTOOLCHAIN', expression: 'env.GOTOOLCHAIN' }, scope, [], 0, at);
  if (resolution.values.length === 0 && resolution.unresolved.every((item) => item.broken)) return undefined;
  return valueMode(resolution, 'env');
}

/** The mode a resolved GOTOOLCHAIN value sets: one value the check reads, else unknown. */
function valueMode(resolution: Resolution, setBy: string): ToolchainMode | undefined {
  const texts = [...new Set(resolution.values.map((value) => value.text))];
  const [unresolved] = resolution.unresolved;
  if (unresolved) return { kind: 'unknown', why: `GOTOOLCHAIN comes from ${setBy}, where ${unresolved.reason}` };
  if (texts.length !== 1) return { kind: 'unknown', why: `GOTOOLCHAIN comes from ${setBy}, as one of ${texts.join(', ')}` };
  const first = resolution.values[0]!;
  return gotoolchainMode(texts[0]!, setBy === 'env' ? `env at ${where(first.at)}` : setBy);
}

// Enough for `owner/setup-go@<40 hex> # v5.4.0`; a longer line (all of a flow-style workflow) is not read on.
const MAX_USES_LINE = 256;

/** The source from a node to the end of its line, for the comment after a `uses:` SHA. */
function restOfLine(file: YamlFile, node: YamlNode): string {
  const offset = node.offset ?? 0;
  const end = file.text.indexOf('\n', offset);
  return file.text.slice(offset, Math.min(end === -1 ? file.text.length : end, offset + MAX_USES_LINE));
}

function where(at: Position): string {
  return `${at.file}:${at.line}`;
}

function conditionsOn(node: YamlNode | undefined, scope: Scope): Condition[] {
  const condition = mapValue(node, 'if');
  if (condition === undefined) return [];
  // `if: false` is a YAML boolean whose text reads as the expression `false`; a mapping or list
  // has no text, and an empty condition is unknown.
  return [{ text: scalarText(condition)?.value ?? '', scope }];
}

/**
 * Drops each value an `if:` on the way excludes (`if: inputs.go != 'gotip'` never gets gotip);
 * marks a value whose `if:` the check cannot evaluate, which caps its findings at warnings.
 */
function underConditions(resolution: Resolution, conditions: Condition[]): Resolution {
  if (conditions.length === 0) return resolution;
  const values: ResolvedValue[] = [];
  for (const value of resolution.values) {
    let unknown: string | undefined;
    let excluded = false;
    for (const { text, scope } of conditions) {
      const budget = conditionBudget(scope.files);
      const verdict = evaluateCondition(text, (context, name) => boundText(value, context, name, scope), budget);
      if (verdict === false) excluded = true;
      else if (verdict === undefined) unknown ??= text;
    }
    if (!excluded) values.push(unknown === undefined ? value : { ...value, condition: unknown });
  }
  return { values, unresolved: resolution.unresolved };
}

/**
 * What a reference in an `if:` stands for with this value: what it stood for on the way to the
 * value, else its one literal in the scope (an input passed or defaulted, a one-value matrix key).
 */
function boundText(value: ResolvedValue, context: 'matrix' | 'env' | 'inputs', name: string, scope: Scope): string | undefined {
  const owner = context === 'matrix' ? scope.matrix : context === 'inputs' ? scope.inputs : undefined;
  const bound = value.bindings?.find((binding) => binding.context === context && binding.name === name && binding.owner === owner);
  if (bound) return bound.text;
  // Once per condition scope and reference: a matrix of a thousand values under an `if:` on another key of a thousand.
  let known = referencesOf.get(scope);
  if (!known) {
    known = new Map();
    referencesOf.set(scope, known);
  }
  const key = `${context}.${name}`;
  if (!known.has(key)) {
    const at = { file: scope.file.path, line: 0, column: 0 };
    const { values, unresolved } = resolvePart(referencePart(context, name), scope, [], 0, at);
    known.set(key, values.length === 1 && unresolved.length === 0 ? values[0]!.text : undefined);
  }
  return known.get(key);
}

const referencesOf = new WeakMap<Scope, Map<string, string | undefined>>();
const conditionBudgets = new WeakMap<LocalFiles, ConditionBudget>();

/** One budget for the conditions of one check (its LocalFiles). */
function conditionBudget(files: LocalFiles): ConditionBudget {
  let budget = conditionBudgets.get(files);
  if (!budget) {
    budget = new ConditionBudget();
    conditionBudgets.set(files, budget);
  }
  return budget;
}

/** Binds the inputs a local action or called workflow declares to what the caller passes. */
function bindInputs(
  declared: YamlNode | undefined,
  declaredIn: YamlFile,
  passed: YamlNode | undefined,
  callerScope: Scope,
  of: string,
): Scope['inputs'] {
  const bindings = new Map<string, InputBinding>();
  // Defaults are read in the callee, where only contexts like github.* are available.
  const defaultScope: Scope = { file: declaredIn, files: callerScope.files, matrix: noMatrix('an input default'), envChain: [] };
  for (const [name, declaration] of mapEntries(declared)) {
    const fallback = mapValue(declaration, 'default');
    bindings.set(name, fallback !== undefined ? { fallback: { node: fallback, scope: defaultScope } } : {});
  }
  for (const [name, node] of mapEntries(passed)) {
    if (node !== undefined) bindings.set(name, { ...bindings.get(name), passed: { node, scope: callerScope } });
  }
  return { of, bindings };
}

function readLocalAction(
  uses: string,
  checkoutPaths: string[],
  inputs: YamlNode | undefined,
  scope: Scope,
  context: StepContext,
  files: LocalFiles,
): CiUsage[] {
  if (context.depth >= MAX_CALL_DEPTH) return [];
  const action = findLocalAction(localPath(uses), checkoutPaths, files);
  if (!action) return [];
  const owner = { ...context.owner, through: [...context.owner.through, uses] };
  return readActionSteps(action, uses, inputs, scope, { ...context, owner, depth: context.depth + 1 });
}

/** The steps of a composite action, with the inputs its caller passes (none: the defaults). */
function compositeSteps(action: YamlFile | undefined): Array<YamlNode | undefined> | undefined {
  const runs = mapValue(action?.root, 'runs');
  if (literalText(mapValue(runs, 'using')) !== 'composite') return undefined;
  const steps = mapValue(runs, 'steps');
  return isSeq(steps) ? steps.items : [];
}

function readActionSteps(
  action: YamlFile,
  uses: string,
  inputs: YamlNode | undefined,
  callerScope: Scope,
  context: StepContext,
): CiUsage[] {
  const stepNodes = compositeSteps(action);
  if (!stepNodes) return [];
  const { files } = callerScope;
  const actionScope: Scope = {
    file: action,
    files,
    matrix: noMatrix('a composite action'),
    envChain: callerScope.envChain,
    inputs: bindInputs(mapValue(action.root, 'inputs'), action, inputs, callerScope, uses),
    steps: stepNodes,
  };
  return readSteps(stepNodes, { ...context, scope: actionScope }, files);
}

// The action files the workflows of a check reach, by LocalFiles (one per check).
const actionsReached = new WeakMap<LocalFiles, Set<string>>();

/** The local action files (`.github/actions/setup/action.yml`) the workflows read so far call. */
export function calledLocalActions(files: LocalFiles): Set<string> {
  let reached = actionsReached.get(files);
  if (!reached) {
    reached = new Set();
    actionsReached.set(files, reached);
  }
  return reached;
}

/**
 * Local composite actions no workflow calls, read as if called with no inputs: their input
 * defaults are pins like any other. Call after every workflow is read. An action another of them
 * calls is read through that one.
 */
export function readUncalledActions(
  actionPaths: string[],
  files: LocalFiles,
  calledActions: Set<string> = calledLocalActions(files),
): CiUsage[] {
  const uncalled = actionPaths.filter((path) => !calledActions.has(path));
  const nested = new Set<string>();
  for (const path of uncalled) {
    for (const step of compositeSteps(files.yaml(path)) ?? []) {
      const uses = literalText(mapValue(step, 'uses'));
      const callee = uses?.startsWith('./') ? findLocalAction(localPath(uses), [], files) : undefined;
      if (callee && callee.path !== path) nested.add(callee.path);
    }
  }
  const usages: CiUsage[] = [];
  for (const path of uncalled) {
    const action = nested.has(path) ? undefined : files.yaml(path);
    if (!action) continue;
    const directory = posix.dirname(path);
    const scope: Scope = { file: action, files, matrix: noMatrix('a composite action'), envChain: [] };
    const owner: Owner = { workflow: directory, job: '', through: [] };
    const context: StepContext = { scope, owner, runDirectories: [], depth: 1, conditions: [] };
    for (const usage of readActionSteps(action, `./${directory}`, undefined, scope, context)) usages.push({ ...usage, uncalled: true });
  }
  return usages;
}

/** The action.yml a local `uses:` names; a path under a checkout `path:` is looked up without it. */
function findLocalAction(path: string, checkoutPaths: string[], files: LocalFiles): YamlFile | undefined {
  const candidates = [
    path,
    ...checkoutPaths.filter((prefix) => prefix !== '.' && path.startsWith(`${prefix}/`)).map((prefix) => path.slice(prefix.length + 1)),
  ];
  for (const directory of candidates) {
    const action = files.yaml(posix.join(directory, 'action.yml')) ?? files.yaml(posix.join(directory, 'action.yaml'));
    if (action) {
      calledLocalActions(files).add(action.path);
      return action;
    }
  }
  return undefined;
}

function readCalledWorkflow(
  uses: string,
  usesNode: YamlNode,
  passed: YamlNode | undefined,
  jobScope: Scope,
  call: Omit<WorkflowCall, 'inputs'>,
  files: LocalFiles,
): CiUsage[] {
  const { owner, depth } = call;
  if (!uses.startsWith('./')) {
    const usages = remoteUsages(uses, usesNode, passed, jobScope, { ...call, scope: jobScope, runDirectories: [] });
    // A called workflow passed no Go version still decides one (or none): never a silent pass.
    return usages.length > 0 ? usages : [unpassedRemote(uses, usesNode, jobScope, owner, ['.'])];
  }
  if (depth >= MAX_CALL_DEPTH) return [];
  const callee = files.yaml(localPath(uses));
  if (!callee) return [];
  const declared = mapValue(mapValue(mapValue(callee.root, 'on'), 'workflow_call'), 'inputs');
  const inputs = bindInputs(declared, callee, passed, jobScope, uses);
  return readWorkflow(callee, files, { ...call, inputs, depth: depth + 1 });
}

/** A remote action or workflow that decides its Go with none passed: noted, and its Go counts as unknown. */
function unpassedRemote(uses: string, usesNode: YamlNode, scope: Scope, owner: Owner, directories: string[]): CiUsage {
  return {
    workflow: owner.workflow,
    job: owner.job,
    through: owner.through,
    source: 'remote',
    at: positionOf(scope.file, usesNode),
    raw: uses,
    resolution: { values: [], unresolved: [] },
    directories,
    remote: { target: uses, input: '', versionFile: false },
  };
}

/**
 * A repository named for installing or running a Go of its own: `owner/setup-go-faster`,
 * `owner/action-golang-cache`, `golang/govulncheck-action`. Not a Go tool's action that uses the
 * job's Go or none (`go-task/setup-task`, `owner/go-test-coverage`, `owner/go-version-action`).
 */
const GO_INSTALLER_NAME = /setup-go|go-setup|install-go|golang|govulncheck|gobrew|gotip/i;

/** A remote action named for installing Go: it may install a Go of its own. */
function namedForGo(uses: string): boolean {
  const repository = uses.split('@')[0]!.split('/')[1] ?? '';
  return GO_INSTALLER_NAME.test(repository);
}

/** A value that names a file the version is read from (`goversion: go.mod` of a release action). */
const VERSION_FILE_PATH = /(?:^|\/)(?:go\.mod|go\.work|\.go-version|\.tool-versions)$/;

/** A remote action or workflow handed a Go version: what was passed, to report at the call. */
function remoteUsages(uses: string, usesNode: YamlNode, inputs: YamlNode | undefined, scope: Scope, context: StepContext): CiUsage[] {
  const usages = passedToRemote(uses, usesNode, inputs, scope, context);
  if (usages.length > 0 || !namedForGo(uses) || INSTALLS_NO_GO.test(uses)) return usages;
  return [unpassedRemote(uses, usesNode, scope, context.owner, orRoot(context.runDirectories))];
}

/** Remote actions known to install no Go (they run the job's, or none, like this action's drift gate). */
const INSTALLS_NO_GO =
  /^(?:golangci\/golangci-lint-action|goreleaser\/goreleaser-action|github\/codeql-action\/[\w-]+|[^\s/]+\/setup-go-golden\/drift)@/;

function passedToRemote(uses: string, usesNode: YamlNode, inputs: YamlNode | undefined, scope: Scope, context: StepContext): CiUsage[] {
  const usages: CiUsage[] = [];
  for (const [name, node] of mapEntries(inputs)) {
    const match = GO_VERSION_INPUT.exec(name);
    // An empty input is one not passed: `go-version: ""` next to a go-version-file.
    if (!match || !isScalar(node) || scalarText(node)!.value === '') continue;
    usages.push({
      workflow: context.owner.workflow,
      job: context.owner.job,
      through: context.owner.through,
      source: 'remote',
      at: positionOf(scope.file, usesNode),
      raw: scalarText(node)!.written,
      resolution: underConditions(resolveScalar(node, scope, [], 0), context.conditions),
      directories: orRoot(context.runDirectories),
      remote: { target: uses, input: name, versionFile: match[1] !== undefined || VERSION_FILE_PATH.test(scalarText(node)!.value) },
    });
  }
  return usages;
}

function noMatrix(where: string): JobMatrix {
  return { lookup: () => ({ kind: 'unknown', reason: `the matrix context is not available in ${where}` }) };
}

function containerUsage(
  image: YamlNode,
  scope: Scope,
  { owner, conditions }: Omit<WorkflowCall, 'inputs'>,
  directories: string[],
  runModes: Array<ToolchainMode | undefined>,
): CiUsage | undefined {
  const text = scalarText(image)!;
  const resolution = underConditions(resolveScalar(image, scope, [], 0), conditions);
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
    workflow: owner.workflow,
    job: owner.job,
    through: owner.through,
    source: 'container',
    at: positionOf(scope.file, image),
    raw: text.written,
    resolution: { values, unresolved },
    directories: orRoot(directories),
    toolchain: withRunSteps(envToolchainMode(scope) ?? GOLANG_IMAGE_MODE, runModes),
  };
}

function orRoot(directories: string[]): string[] {
  return directories.length > 0 ? [...new Set(directories)] : ['.'];
}

/**
 * Where the job checks this repository out (`path:` of actions/checkout without `repository:`),
 * as in a GOPATH layout (`src/github.com/owner/name`): the repository's root is there.
 */
function ownCheckoutPaths(stepNodes: Array<YamlNode | undefined>): string[] {
  const paths: string[] = [];
  for (const step of stepNodes) {
    if (!CHECKOUT_ACTION.test(literalText(mapValue(step, 'uses')) ?? '')) continue;
    const inputs = mapValue(step, 'with');
    const path = literalText(mapValue(inputs, 'path'));
    if (path !== undefined && mapValue(inputs, 'repository') === undefined && localPath(path) !== '.') paths.push(localPath(path));
  }
  return paths;
}

// `cd some/dir` as a script's first command (then `&&`, `;` or a new line): where its go commands run.
const LEADING_CD = /^\s*cd\s+["']?([\w./-]+?)\/?["']?\s*(?:&&|;|\n|$)/;

/** The literal folder a `run:` script moves into before anything else; undefined when it does not. */
function leadingCd(script: string): string | undefined {
  const body = script.replace(/^(?:\s*(?:#[^\n]*|set\s+-[a-z]+)\s*\n)+/, '');
  const folder = LEADING_CD.exec(body.slice(0, 1024))?.[1];
  return folder === undefined || folder.startsWith('/') || folder === '-' ? undefined : folder;
}

/**
 * The literal `ref:` a job checks this repository out at (`ref: v1`, a maintenance branch): the
 * job builds that revision. A `ref:` from an expression (the pull request's head) is this one.
 */
function checkedOutRef(stepNodes: Array<YamlNode | undefined>): string | undefined {
  let other: string | undefined;
  for (const step of stepNodes) {
    if (!CHECKOUT_ACTION.test(literalText(mapValue(step, 'uses')) ?? '')) continue;
    const inputs = mapValue(step, 'with');
    if (mapValue(inputs, 'repository') !== undefined || localPath(literalText(mapValue(inputs, 'path')) ?? '.') !== '.') continue;
    const ref = literalText(mapValue(inputs, 'ref'));
    // One checkout of this revision (no ref, or one from an expression) and the job builds it too:
    // a benchmark checks out main, then the pull request.
    if (ref === undefined || ref === '') return undefined;
    other ??= ref;
  }
  return other;
}

/** A directory as seen from the repository root, when it lies in a checkout of this repository. */
function withinCheckout(directory: string, checkouts: string[]): string {
  for (const checkout of checkouts) {
    if (directory === checkout) return '.';
    if (directory.startsWith(`${checkout}/`)) return directory.slice(checkout.length + 1);
  }
  return directory;
}

/**
 * `owner/name/path@ref` of the checked repository itself as `./path`: read from the tree, which
 * may differ from that ref (a pull request changes both alike).
 */
function ownAsLocal(uses: string | undefined, repository: string | undefined): string | undefined {
  if (uses === undefined || repository === undefined) return uses;
  const prefix = `${repository.toLowerCase()}/`;
  if (!uses.toLowerCase().startsWith(prefix)) return uses;
  return `./${uses.slice(prefix.length).replace(/@[^@]*$/, '')}`;
}

/** `./a/b/` -> `a/b`: a path relative to the repository root. */
function localPath(path: string): string {
  return posix.normalize(path.replace(/^\.\//, '')).replace(/\/+$/, '') || '.';
}

function defaultRunDirectory(node: YamlNode | undefined, scope: Scope): string | undefined {
  return directoryOf(mapValue(mapValue(mapValue(node, 'defaults'), 'run'), 'working-directory'), scope);
}

/** A working directory: the literal, or the single value its expression resolves to. */
function directoryOf(node: YamlNode | undefined, scope: Scope): string | undefined {
  const literal = literalText(node);
  if (literal !== undefined || node === undefined || !isScalar(node)) return literal;
  const resolved = resolveScalar(node, scope, [], 0);
  const texts = [...new Set(resolved.values.map((value) => value.text))];
  return resolved.unresolved.length === 0 && texts.length === 1 ? texts[0] : undefined;
}

/** A scalar's text when it is a plain literal (no expression); undefined otherwise. */
function literalText(node: YamlNode | undefined): string | undefined {
  const text = scalarText(node);
  if (!text || hasExpression(text.value)) return undefined;
  return text.value;
}

/** Follows a scalar through the expressions in it to the literals that make it up. */
function resolveScalar(node: YamlNode, scope: Scope, via: string[], depth: number): Resolution {
  const at = positionOf(scope.file, node);
  const text = scalarText(node);
  if (!text) return { values: [], unresolved: [{ reason: 'the value is not a single string', at }] };
  if (!hasExpression(text.value)) {
    const lostDigits = text.lostDigits ? [{ at, found: text.value, written: text.written }] : [];
    return { values: [{ text: text.written, at, via, lostDigits }], unresolved: [] };
  }
  if (depth > MAX_ENV_DEPTH) return { values: [], unresolved: [{ reason: 'references nest too deeply to follow', at }] };
  let combined: ResolvedValue[] = [{ text: '', at, via, lostDigits: [] }];
  const unresolved: UnresolvedValue[] = [];
  for (const part of parseTemplate(text.value)) {
    const alternatives = bound(part, scope, resolvePart(part, scope, via, depth, at));
    unresolved.push(...alternatives.unresolved);
    if (alternatives.values.length === 0) {
      combined = [];
      break;
    }
    // Built up to the cap only: 1024 values times a matrix list of 1024 is a million strings otherwise.
    const next: ResolvedValue[] = [];
    for (const prefix of combined) {
      for (const value of alternatives.values) {
        if (next.length === MAX_VALUES) break;
        next.push({
          text: prefix.text + value.text,
          at: part.kind === 'text' ? prefix.at : value.at,
          via: part.kind === 'text' ? prefix.via : value.via,
          lostDigits: [...prefix.lostDigits, ...value.lostDigits],
          bindings: [...(prefix.bindings ?? []), ...(value.bindings ?? [])],
        });
      }
    }
    combined = next;
  }
  return { values: combined, unresolved };
}

/** Records what a matrix, env or inputs reference stood for in each value, for the `if:` conditions. */
function bound(part: TemplatePart, scope: Scope, resolution: Resolution): Resolution {
  if (part.kind !== 'matrix' && part.kind !== 'env' && part.kind !== 'inputs') return resolution;
  const owner = part.kind === 'matrix' ? scope.matrix : part.kind === 'inputs' ? scope.inputs : undefined;
  const name = part.kind === 'matrix' ? [part.name, ...(part.path ?? [])].join('.') : part.name;
  return {
    values: resolution.values.map((value) => ({
      ...value,
      bindings: [{ context: part.kind, name, owner, text: value.text }, ...(value.bindings ?? [])],
    })),
    unresolved: resolution.unresolved,
  };
}

// `cat .github/env >> "$GITHUB_ENV"`: a step loading NAME=value lines from a repository file.
const ENV_FILE_LOAD =
  /\bcat\s+["']?(?:\$\{?GITHUB_WORKSPACE\}?\/|\$\{\{\s*github\.workspace\s*\}\}\/)?([^\s"'>|$()]+)["']?\s*>>\s*["']?\$\{?GITHUB_ENV\b/g;

/** What a workflow's text says about $GITHUB_ENV: the repository files its steps load, the names it writes. */
interface EnvWrites {
  loads: string[];
  /** Identifiers written as `NAME=` anywhere in the text. */
  written: Set<string>;
  /** `NAME=$(command) >> $GITHUB_ENV`: the command of each name. */
  commands: Map<string, string>;
}

// Read once per file: a workflow with thousands of env references would otherwise rescan its text
// (and every env file it loads) for each.
const envWritesOf = new WeakMap<YamlFile, EnvWrites>();
const envFilesOf = new WeakMap<LocalFiles, Map<string, Map<string, { value: string; line: number; column: number }> | undefined>>();

function envWrites(file: YamlFile): EnvWrites {
  let writes = envWritesOf.get(file);
  if (!writes) {
    const { text } = file;
    const written = new Set<string>();
    // Maximal runs of name characters, each character looked at once, kept when `=` follows.
    let start = -1;
    for (let i = 0; i <= text.length; i++) {
      const code = text.charCodeAt(i);
      const nameCharacter = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
      if (nameCharacter) {
        if (start === -1) start = i;
        continue;
      }
      if (start !== -1 && code === 61) written.add(text.slice(start, i));
      start = -1;
    }
    writes = {
      loads: [...text.matchAll(ENV_FILE_LOAD)].map((match) => localPath(match[1]!)),
      written,
      commands: assignedCommands(text, 'GITHUB_ENV'),
    };
    envWritesOf.set(file, writes);
  }
  return writes;
}

/** The NAME=value lines of a repository file, first one of each name; undefined when it cannot be read. */
function envFile(files: LocalFiles, path: string): Map<string, { value: string; line: number; column: number }> | undefined {
  let byPath = envFilesOf.get(files);
  if (!byPath) {
    byPath = new Map();
    envFilesOf.set(files, byPath);
  }
  if (byPath.has(path)) return byPath.get(path);
  const contents = files.text(path);
  let entries: Map<string, { value: string; line: number; column: number }> | undefined;
  if (contents !== undefined) {
    entries = new Map();
    contents.split(/\r?\n/).forEach((line, index) => {
      const equals = line.indexOf('=');
      if (equals === -1) return;
      const name = line.slice(0, equals).trimStart();
      if (name === '' || entries!.has(name)) return;
      const start = equals + 1;
      const rest = line.slice(start);
      const value = rest.trim().replace(/^(["'])(.*)\1$/, '$2');
      entries!.set(name, { value, line: index + 1, column: start + 1 + (rest.length - rest.trimStart().length) });
    });
  }
  byPath.set(path, entries);
  return entries;
}

/**
 * env.NAME that no env mapping sets: a value from a repository file a step loads into $GITHUB_ENV,
 * else a run-time value when a step writes NAME (or an unreadable file) there, else nothing.
 */
function envFromSteps(name: string, scope: Scope, at: Position): Resolution | undefined {
  const files = [...new Set([scope.file, ...scope.envChain.map((level) => level.file)])].filter((file) => file.text.includes('GITHUB_ENV'));
  let unreadable = false;
  for (const file of files) {
    for (const path of envWrites(file).loads) {
      const entries = envFile(scope.files, path);
      if (entries === undefined) {
        unreadable = true;
        continue;
      }
      const entry = entries.get(name);
      if (entry === undefined) continue;
      const at = { file: path, line: entry.line, column: entry.column };
      return { values: [{ text: entry.value, at, via: [`env.${name}`], lostDigits: [] }], unresolved: [] };
    }
  }
  for (const file of files) {
    const command = envWrites(file).commands.get(name);
    const read = command === undefined ? undefined : readByCommand(command, '.', scope.files, `env.${name}`, at);
    if (read) return read;
  }
  const written = files.some((file) => (/^[A-Za-z0-9_]+$/.test(name) ? envWrites(file).written.has(name) : file.text.includes(`${name}=`)));
  return written || unreadable ? { values: [], unresolved: [] } : undefined;
}

function resolvePart(part: TemplatePart, scope: Scope, via: string[], depth: number, at: Position): Resolution {
  switch (part.kind) {
    case 'text':
      return { values: [{ text: part.text, at, via, lostDigits: [] }], unresolved: [] };
    case 'runtime':
      return { values: [], unresolved: [{ reason: part.reason, at }] };
    case 'choice':
      return resolveChoice(part.expression, scope, via, depth, at);
    case 'steps':
      return stepOutput(part, scope, via, at);
    case 'matrix': {
      const lookup = scope.matrix.lookup(part.name);
      if (lookup.kind === 'unknown')
        return { values: [], unresolved: [{ reason: lookup.reason, at: lookup.broken ? at : (lookup.at ?? at), broken: lookup.broken }] };
      const resolution: Resolution = { values: [], unresolved: lookup.unknownToo ? [{ reason: lookup.unknownToo, at }] : [] };
      const path = part.path ?? [];
      const reference = ['matrix', part.name, ...path].join('.');
      // An entry without the property gives an empty value (GitHub reads null as ''), which a
      // setup step takes as no go-version; it is broken only when no entry has it.
      const nodes = lookup.values.map((value) => ({ value, node: propertyOf(value.node, path) }));
      const anySet = nodes.some(({ node }) => node.kind !== 'missing');
      for (const { value, node } of nodes) {
        if (node.kind === 'missing') {
          if (anySet) resolution.values.push({ text: '', at: value.at, via: [...via, reference], lostDigits: [] });
          else
            resolution.unresolved.push({
              reason: `${reference} is not set in the matrix entry at ${where(value.at)}, so it is empty`,
              at,
              broken: true,
            });
          continue;
        }
        const inner = resolveScalar(node.node, { ...scope, envChain: scope.envChain.slice(-1) }, [...via, reference], depth + 1);
        resolution.values.push(...inner.values);
        resolution.unresolved.push(...inner.unresolved);
      }
      return resolution;
    }
    case 'env': {
      for (let level = 0; level < scope.envChain.length; level++) {
        const { file, node: env } = scope.envChain[level]!;
        if (isScalar(env) && hasExpression(String(env.value))) {
          return {
            values: [],
            unresolved: [{ reason: `env is the expression ${String(env.value)}, evaluated at run time`, at: positionOf(file, env) }],
          };
        }
        const value = mapValue(env, part.name);
        if (value !== undefined) {
          // An env value may refer to outer env levels and the matrix, never to its own level.
          return resolveScalar(
            value,
            { ...scope, file, envChain: scope.envChain.slice(level + 1) },
            [...via, `env.${part.name}`],
            depth + 1,
          );
        }
      }
      const fromSteps = envFromSteps(part.name, scope, at);
      if (fromSteps?.values.length || fromSteps?.unresolved.length) return fromSteps;
      if (fromSteps)
        return { values: [], unresolved: [{ reason: `env.${part.name} is written to $GITHUB_ENV by a step, known only at run time`, at }] };
      return { values: [], unresolved: [{ reason: `env.${part.name} is set nowhere in the workflow, so it is empty`, at, broken: true }] };
    }
    case 'inputs': {
      if (!scope.inputs) return { values: [], unresolved: [{ reason: runtimeReason(part.expression), at }] };
      const binding = scope.inputs.bindings.get(part.name);
      if (!binding)
        return {
          values: [],
          unresolved: [{ reason: `inputs.${part.name} is not an input of ${scope.inputs.of}, so it is empty`, at, broken: true }],
        };
      const source = binding.passed ?? binding.fallback;
      if (!source)
        return {
          values: [],
          unresolved: [{ reason: `inputs.${part.name} of ${scope.inputs.of} is neither passed nor given a default`, at }],
        };
      return resolveScalar(source.node, source.scope, [...via, `inputs.${part.name}`], depth + 1);
    }
  }
}

/** The template part of a reference an `if:` or a choice names: `matrix.go.version` is matrix `go`, property `version`. */
function referencePart(context: 'matrix' | 'env' | 'inputs', name: string): TemplatePart {
  const expression = `${context}.${name}`;
  if (context !== 'matrix') return { kind: context, name, expression };
  const [key = '', ...path] = name.split('.');
  return path.length > 0 ? { kind: 'matrix', name: key, path, expression } : { kind: 'matrix', name: key, expression };
}

/** A property of a matrix entry (`matrix.go.version` in `go: [{version: 1.27.x}]`); the entry itself for no path. */
function propertyOf(node: YamlNode, path: string[]): { kind: 'found'; node: YamlNode } | { kind: 'missing' } {
  let current: YamlNode | undefined = node;
  for (const name of path) {
    // An expression in place of the entry is evaluated at run time: resolveScalar says so.
    if (isScalar(current) && hasExpression(String(current.value))) return { kind: 'found', node: current };
    current = mapValue(current, name);
    if (current === undefined) return { kind: 'missing' };
  }
  return { kind: 'found', node: current };
}

/**
 * `a && b || c` with the matrix, env and inputs references in it: evaluated for each combination
 * of their values (each matrix cell, each input), giving the values the expression takes then.
 * A reference the check cannot resolve is any value, so a branch may be known only at run time.
 */
function resolveChoice(expression: string, scope: Scope, via: string[], depth: number, at: Position): Resolution {
  const budget = conditionBudget(scope.files);
  const unresolved: UnresolvedValue[] = [];
  let combinations: ResolvedValue[][] = [[]];
  const names: Array<{ context: 'matrix' | 'env' | 'inputs'; name: string }> = [];
  for (const reference of referencesIn(expression, budget)) {
    if (names.some((known) => known.context === reference.context && known.name === reference.name)) continue;
    const part = referencePart(reference.context, reference.name);
    const resolved = bound(part, scope, resolvePart(part, scope, via, depth, at));
    // A reference defined nowhere is empty; one known only at run time stays unbound (any value).
    const brokenOnly = resolved.values.length === 0 && resolved.unresolved.every((item) => item.broken);
    const values = brokenOnly
      ? [
          {
            text: '',
            at,
            via,
            lostDigits: [],
            bindings: [{ context: reference.context, name: reference.name, owner: undefined, text: '' }],
          },
        ]
      : resolved.values;
    if (values.length === 0) {
      unresolved.push(...resolved.unresolved);
      continue;
    }
    names.push(reference);
    // Built up to the cap only, as in resolveScalar.
    const next: ResolvedValue[][] = [];
    for (const combination of combinations) {
      for (const value of values) {
        if (next.length === MAX_VALUES) break;
        next.push([...combination, value]);
      }
    }
    combinations = next;
  }
  const values: ResolvedValue[] = [];
  const runtime = new Set<string>();
  for (const combination of combinations) {
    const bindings = combination.flatMap((value) => value.bindings ?? []);
    const lookup = (context: 'matrix' | 'env' | 'inputs', name: string) =>
      bindings.find((binding) => binding.context === context && binding.name === name)?.text;
    const outcomes = evaluateValue(expression, lookup, budget);
    if (outcomes === undefined) return { values: [], unresolved: [{ reason: runtimeReason(expression), at }] };
    for (const outcome of outcomes) {
      if ('runtime' in outcome) {
        runtime.add(outcome.runtime);
        continue;
      }
      // The text of a reference's value keeps that value's place (the matrix cell to change).
      const from = combination.find((value) => value.text === outcome.text);
      values.push({
        text: outcome.text,
        at: from?.at ?? at,
        via: from?.via ?? via,
        lostDigits: from?.lostDigits ?? [],
        bindings,
      });
    }
  }
  for (const source of runtime) {
    if (!unresolved.some((item) => item.reason.includes(source))) unresolved.push({ reason: runtimeReason(source), at });
  }
  return { values, unresolved };
}

/**
 * Each `NAME=$(command)` written to $GITHUB_OUTPUT or $GITHUB_ENV on one line of a script (first
 * of each name): the command inside `$(...)`, up to its matching parenthesis. One pass.
 */
function assignedCommands(script: string, target: 'GITHUB_OUTPUT' | 'GITHUB_ENV'): Map<string, string> {
  const commands = new Map<string, string>();
  for (const line of script.split('\n')) {
    if (!line.includes(target)) continue;
    for (const match of line.matchAll(/(?<![\w-])([A-Za-z_][\w-]*)=\$\(/g)) {
      const from = match.index + match[0].length;
      let open = 1;
      // A command that reads a file is short; a longer one is not read (nor a line of a thousand unclosed `$(`).
      for (let i = from; i < Math.min(line.length, from + MAX_COMMAND_LENGTH) && open > 0; i++) {
        if (line[i] === '(') open++;
        else if (line[i] === ')' && --open === 0 && !commands.has(match[1]!)) commands.set(match[1]!, line.slice(from, i).trim());
      }
    }
  }
  return commands;
}

const MAX_COMMAND_LENGTH = 512;

// A step's script is read once however many references name its outputs.
const outputsOf = new WeakMap<YamlNode, Map<string, string>>();

const WORKSPACE_PREFIX = /^["']?(?:\$\{?GITHUB_WORKSPACE\}?\/|\$\{\{\s*github\.workspace\s*\}\}\/)?/;
/** `cat FILE` or `< FILE`, then filters that keep the version (`| tr -d '\n'`, `| head -1`). */
const FILE_READ = /^(?:cat\s+|<\s*)(\S+)\s*(?:\|.*)?$/;
/** A token naming a go.mod: `grep '^go ' go.mod | cut -d' ' -f2`, `awk '/^go /{print $2}' ./go.mod`. */
const GO_MOD_TOKEN = /(?:^|\s)["']?((?:\$\{?GITHUB_WORKSPACE\}?\/)?(?:[\w.-]+\/)*go\.mod)["']?(?=\s|\||$)/;

/**
 * The value a command prints when it reads a repository file: the go line of a go.mod it greps,
 * the first line of a file it cats. Undefined when it does something else; unresolved when the
 * file is not in the repository.
 */
function readByCommand(command: string, directory: string, files: LocalFiles, reference: string, at: Position): Resolution | undefined {
  const goMod = GO_MOD_TOKEN.exec(command)?.[1];
  const read = goMod ?? FILE_READ.exec(command)?.[1];
  if (read === undefined) return undefined;
  const path = localPath(posix.join(directory, read.replace(WORKSPACE_PREFIX, '').replace(/["']$/, '')));
  const contents = files.text(path);
  if (contents === undefined) {
    const reason = `${reference} is read from ${path}, which is not in the repository, so it is known only at run time`;
    return { values: [], unresolved: [{ reason, at }] };
  }
  const lines = contents.split(/\r?\n/);
  const index = goMod ? lines.findIndex((line) => /^go\s+\S/.test(line)) : lines.findIndex((line) => line.trim() !== '');
  if (index === -1) return { values: [], unresolved: [{ reason: `${reference} is read from ${path}, which names no version`, at }] };
  const line = lines[index]!;
  // The version is the first word: of the go line, or of the file's first line (a comment may follow).
  const text = (goMod ? line.replace(/^go\s+/, '') : line).trim().split(/\s+/)[0]!;
  const place = { file: path, line: index + 1, column: line.indexOf(text) + 1 };
  return { values: [{ text, at: place, via: [reference], lostDigits: [] }], unresolved: [] };
}

/** `steps.go.outputs.version` of a step that writes it from a repository file; else known only at run time. */
function stepOutput(part: Extract<TemplatePart, { kind: 'steps' }>, scope: Scope, via: string[], at: Position): Resolution {
  const runtime: Resolution = { values: [], unresolved: [{ reason: runtimeReason(part.expression), at }] };
  const step = scope.steps?.find((node) => literalText(mapValue(node, 'id')) === part.id);
  const run = mapValue(step, 'run');
  const script = scalarText(run)?.value;
  let outputs = run && outputsOf.get(run);
  if (run && !outputs && script !== undefined) {
    outputs = assignedCommands(script, 'GITHUB_OUTPUT');
    outputsOf.set(run, outputs);
  }
  const command = outputs?.get(part.output);
  if (command === undefined) return runtime;
  const directory = directoryOf(mapValue(step, 'working-directory'), scope) ?? '.';
  const read = readByCommand(command, directory, scope.files, part.expression, at);
  if (!read) return runtime;
  return { ...read, values: read.values.map((value) => ({ ...value, via: [...via, ...value.via] })) };
}
