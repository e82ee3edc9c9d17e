// The drift rules' parts: collecting every version site and the subjects the rules judge, then
// one function per rule (rule-table.ts names each with its id and severity). Every CI, Dockerfile
// and version-file pin is compared with the go lines of the modules it builds, using Go's version
// ordering. Each finding says what to change. Pure.
import { posix } from 'node:path';
import { compareGoVersions, formatGoVersion, languageVersion } from '../version/goversion';
import { parseVersionSpec, type VersionSpec } from '../version/spec';
import { channelFloor, describeCeiling, installedLine, reachesAtLeast } from './spec-bounds';
import { mergeScopes, type BuildScope, type ModuleIndex } from './modules';
import { readVersionFile, type Sources } from './sources';
import { goThatRuns, releaseName, type GoThatRuns, type ToolchainMode } from './toolchain-mode';
import type { CiUsage } from './workflow';
import type { NamedLine } from './other-ci';
import type { FileLookup, Position, ReadFailure, ResolvedValue, Severity, UnresolvedValue, VersionSite } from './types';

const GO_LINE_ENFORCED = { major: 1, minor: 21, patch: 0 };

/** A version a CI job, Dockerfile or version file will use, read as a spec. */
export interface Pin {
  text: string;
  at: Position;
  spec: VersionSpec;
  /** Who uses it, for messages: `workflow ci.yml, job test`. */
  owner: string;
  /** Set when the version comes from a go-version-file. */
  viaFile?: string;
  /** Handed to a remote action or workflow: counts as tested; below the minimum it is at most a warning (the remote side decides how Go runs). */
  remote?: boolean;
  /** CI pins: whether Go switches to a newer toolchain in the job. */
  toolchain?: ToolchainMode;
  /** How the value was reached (`matrix.go`), for messages. */
  via?: string[];
  /** An `if:` over the pin the check cannot evaluate: its findings are at most warnings. */
  condition?: string;
  /** CI pins: no step of the job could build the module, so a Go below its go line breaks nothing. */
  buildsNothing?: true;
}

/**
 * One thing found while collecting the version sites, in the order found: each rule of the table
 * judges each subject, so findings come out in that order whatever order the rules are in.
 */
export type Subject =
  | { type: 'read-failure'; failure: ReadFailure }
  | { type: 'unresolved'; item: UnresolvedValue; owner: string }
  | { type: 'lost-digits'; lost: ResolvedValue['lostDigits'][number]; owner: string; condition?: string }
  | { type: 'unreadable-version'; text: string; at: Position; owner: string; error: Error; condition?: string }
  | { type: 'missing-version-file'; value: ResolvedValue; owner: string; condition?: string }
  | { type: 'remote'; usage: CiUsage & { remote: NonNullable<CiUsage['remote']> }; owner: string; pins: Pin[] }
  | { type: 'pin'; pin: Pin; scope: BuildScope; origin: 'workflow' | 'dockerfile' | 'version file' }
  | { type: 'other-ci'; file: string; lines: NamedLine[]; scope: BuildScope }
  | {
      type: 'ci-jobs';
      ciPins: Array<{ pin: Pin; scope: BuildScope }>;
      /** What jobs with a Go the check could not resolve build: their go lines may be tested. */
      unverifiedScopes: BuildScope[];
      modules: ModuleIndex;
      /** Go lines CI outside GitHub Actions names: tested there, as far as the check can tell. */
      otherCiLines: ReadonlySet<string>;
    };

/** What a rule says about a subject; the table adds the rule id and severity. */
export interface Observation {
  at: Position;
  message: string;
  found?: string | null;
  expected?: string | null;
  /** At most this severity, whatever the rule's (an `if:` the check cannot evaluate). */
  cap?: Severity;
}

/** The `if:` over a subject's value that the check cannot evaluate, if any. */
export function conditionOf(subject: Subject): string | undefined {
  if (subject.type === 'pin') return subject.pin.condition;
  if (subject.type === 'lost-digits' || subject.type === 'unreadable-version' || subject.type === 'missing-version-file')
    return subject.condition;
  return undefined;
}

/** An observation about a value under an `if:` the check cannot evaluate: a warning at most, and says why. */
export function underCondition(observation: Observation, condition: string | undefined): Observation {
  if (condition === undefined) return observation;
  return {
    ...observation,
    message: `${observation.message} (under \`if: ${condition}\`, which the check cannot evaluate)`,
    cap: observation.cap === 'notice' ? 'notice' : 'warning',
  };
}

export interface RuleContext {
  today: Date;
}

function where(at: Position): string {
  return `${at.file}:${at.line}`;
}

function quote(version: string): string {
  return `'${version}'`;
}

// Remote workflows and actions for housekeeping: stale issues, labels, synced configuration,
// dependency bots, coverage reports, hermetic linters with their own Go. Passed no Go version,
// they build nothing with a Go that could be the go line.
const HOUSEKEEPING_REMOTE =
  /(?:^|[/._-])(?:stale|sync|labels?|labeler|dependabot|drafter|scorecards?|coverage-report|lock|greetings?|welcome|triage|trunk|pr-title|semantic-pull-request|auto-?merge|add-to-project|kanban|spell(?:check)?|typos|cla|dco)(?=[/._-]|$)/i;

/** Collects every version site and, in the order found, the subjects the rules judge. */
export function collectSubjects(sources: Sources, lookup: FileLookup): { subjects: Subject[]; sites: VersionSite[] } {
  const subjects: Subject[] = sources.findings.map((failure) => ({ type: 'read-failure', failure }));
  const sites: VersionSite[] = [...sources.sites];
  const ciPins: Array<{ pin: Pin; scope: BuildScope }> = [];
  const unverifiedScopes: BuildScope[] = [];

  for (const usage of sources.usages) {
    const owner = ownerOf(usage);
    // A folder a job works in that is not in the tree is made at run time (a second checkout, a
    // generated module): which module it builds, the check cannot tell.
    if (usage.otherRevision !== undefined) {
      const reason = `the job checks out ref ${usage.otherRevision}, another revision whose go.mod the check does not see`;
      const hint = 'That revision is checked where it is built.';
      subjects.push({ type: 'unresolved', item: { reason, at: usage.at, hint }, owner });
      continue;
    }
    const missing = usage.directories.filter((dir) => {
      const folder = folderPath(dir);
      return folder !== '.' && sources.directories !== undefined && !sources.directories.has(folder);
    });
    if (missing.length > 0 && missing.length === usage.directories.length) {
      const hint = 'Nothing to change if the folder comes from another checkout or module.';
      subjects.push({ type: 'unresolved', item: { reason: missingDirectories(missing), at: usage.at, hint }, owner });
      continue;
    }
    const present = usageDirectories(usage).filter((dir) => !missing.includes(dir));
    const scope = mergeScopes(present.map((dir) => sources.modules.scopeFor(dir)));
    for (const item of usage.resolution.unresolved) {
      subjects.push({ type: 'unresolved', item, owner });
      sites.push({ ...item.at, kind: 'workflow', version: usage.raw });
    }
    // A remote action or workflow passed no Go version decides its own: the go line may be tested
    // there, unless it is housekeeping that builds nothing.
    const remoteDecides = usage.remote?.input === '' && !HOUSEKEEPING_REMOTE.test(usage.remote.target.replace(/@.*$/, ''));
    if (usage.resolution.unresolved.some((item) => !item.broken) || remoteDecides) unverifiedScopes.push(scope);
    const versionFile = usage.source === 'go-version-file' || usage.remote?.versionFile === true;
    const read = versionFile
      ? filePins(usage, owner, lookup, subjects, sources.directories)
      : valuePins(usage.resolution.values, owner, subjects, usage.remote?.target);
    const pins = read.map((pin) => ({
      ...pin,
      toolchain: usage.toolchain,
      ...(usage.buildsNothing ? { buildsNothing: usage.buildsNothing } : {}),
    }));
    if (usage.remote) subjects.push({ type: 'remote', usage: { ...usage, remote: usage.remote }, owner, pins });
    for (const pin of pins) {
      sites.push({ ...pin.at, kind: 'workflow', version: pin.viaFile ? `${pin.text} (${pin.viaFile})` : pin.text });
      ciPins.push({ pin: usage.remote ? { ...pin, remote: true } : pin, scope });
      if (!usage.remote) subjects.push({ type: 'pin', pin, scope, origin: 'workflow' });
      // A literal version handed to a remote action or workflow is a pin too: whatever the remote
      // side does with it (install it, switch up from it), CI does not build with a Go below the line.
      else if (!pin.viaFile) {
        const toolchain: ToolchainMode = { kind: 'unknown', why: `${usage.remote.target} decides how it installs and runs Go` };
        subjects.push({ type: 'pin', pin: { ...pin, remote: true, toolchain }, scope, origin: 'workflow' });
      }
    }
  }
  subjects.push({
    type: 'ci-jobs',
    ciPins,
    unverifiedScopes,
    modules: sources.modules,
    otherCiLines: new Set(sources.otherCi.flatMap((file) => file.lines.map(({ line }) => line))),
  });
  for (const { file, lines } of sources.otherCi) subjects.push({ type: 'other-ci', file, lines, scope: sources.modules.scopeFor('.') });

  for (const dockerfile of sources.dockerfiles) {
    const scope = mergeScopes(dockerfile.buildDirectories.map((dir) => sources.modules.scopeFor(dir)));
    for (const usage of dockerfile.usages) {
      const owner = `${dockerfile.file} (FROM ${usage.raw})`;
      if (!usage.buildsModule) {
        for (const value of usage.resolution.values)
          sites.push({ ...value.at, kind: 'dockerfile', version: `${value.text} (stage builds nothing of the module)` });
        continue;
      }
      for (const item of usage.resolution.unresolved) {
        subjects.push({ type: 'unresolved', item, owner });
        sites.push({ ...item.at, kind: 'dockerfile', version: usage.raw });
      }
      for (const pin of valuePins(usage.resolution.values, owner, subjects)) {
        sites.push({ ...pin.at, kind: 'dockerfile', version: pin.text });
        subjects.push({ type: 'pin', pin, scope, origin: 'dockerfile' });
      }
    }
  }

  for (const file of sources.versionFiles) {
    const pin: Pin = { text: file.result.text, at: file.at, spec: file.result.spec, owner: file.file };
    subjects.push({ type: 'pin', pin, scope: sources.modules.scopeFor(posix.dirname(file.file)), origin: 'version file' });
  }
  return { subjects, sites };
}

function missingDirectories(directories: string[]): string {
  const named = directories.map((dir) => `${folderPath(dir)}/`).join(', ');
  return `the job works in ${named}, which the repository does not hold (made at run time?), so the module it builds is unknown`;
}

function ownerOf(usage: CiUsage): string {
  const through = usage.through.length > 0 ? ` (through ${usage.through.join(' -> ')})` : '';
  if (usage.uncalled) return `action ${usage.workflow} (called by no workflow here)${through}`;
  return `workflow ${usage.workflow}, job ${usage.job}${through}`;
}

/** The directories a job builds in; a go-version-file in a subdirectory names the module too. */
function usageDirectories(usage: CiUsage): string[] {
  if (usage.source !== 'go-version-file') return usage.directories;
  const fileDirs = usage.resolution.values.map((value) => posix.dirname(normalizePath(value.text)));
  const explicit = usage.directories.filter((dir) => dir !== '.');
  const all = [...new Set([...explicit, ...fileDirs])];
  return all.length > 0 ? all : ['.'];
}

/** A folder as the walk names it: `./www/` is `www`. */
function folderPath(path: string): string {
  return normalizePath(path).replace(/\/+$/, '') || '.';
}

function normalizePath(path: string): string {
  return posix.normalize(path.replace(/^\$\{\{\s*github\.workspace\s*\}\}\/?/, '')).replace(/^\.\//, '');
}

/**
 * Reads each version a value resolved to as a spec; YAML-number losses and bad specs become
 * subjects. A value handed to a remote action or workflow (`remote`) that is no Go version is the
 * remote side's own syntax (`latest`, a path): unverified rather than invalid.
 */
function valuePins(values: ResolvedValue[], owner: string, subjects: Subject[], remote?: string): Pin[] {
  const pins: Pin[] = [];
  for (const value of values) {
    // A matrix entry without the property a value reads: no version is given there.
    if (value.text === '') continue;
    const { condition } = value;
    for (const lost of value.lostDigits) subjects.push({ type: 'lost-digits', lost, owner, condition });
    if (remote !== undefined && readSpec(value.text) instanceof Error) {
      const reason = `${value.text} is not a Go version the check reads; ${remote} decides what it means`;
      subjects.push({ type: 'unresolved', item: { reason, at: value.at }, owner });
      continue;
    }
    const pin = toPin(value.text, value.at, owner, subjects, condition);
    if (pin) pins.push({ ...pin, via: value.via });
  }
  return pins;
}

// Large repositories repeat the same few versions thousands of times.
const specCache = new Map<string, VersionSpec | Error>();

function readSpec(text: string): VersionSpec | Error {
  let spec = specCache.get(text);
  if (spec === undefined) {
    try {
      // actions/setup-go v2 wrote candidates without the dot (`1.18.0-beta2`); its later majors
      // and this action spell them `1.18.0-beta.2` or `1.18beta2`.
      spec = parseVersionSpec(text.replace(/^(\d+\.\d+\.\d+-(?:alpha|beta|rc))(\d+)$/, '$1.$2'), 'version', { fromYaml: false }).spec;
    } catch (error) {
      spec = error instanceof Error ? error : new Error(String(error));
    }
    specCache.set(text, spec);
  }
  return spec;
}

function toPin(text: string, at: Position, owner: string, subjects: Subject[], condition: string | undefined): Pin | undefined {
  const spec = readSpec(text);
  if (spec instanceof Error) {
    subjects.push({ type: 'unreadable-version', text, at, owner, error: spec, condition });
    return undefined;
  }
  return { text, at, spec, owner, condition };
}

/** go-version-file: the version comes from the named file, checked where the workflow names it. */
function filePins(usage: CiUsage, owner: string, lookup: FileLookup, subjects: Subject[], directories?: ReadonlySet<string>): Pin[] {
  const pins: Pin[] = [];
  for (const value of usage.resolution.values) {
    // A matrix entry without the property: that cell gives its go-version instead.
    if (value.text === '') continue;
    const path = normalizePath(value.text);
    const contents = lookup(path);
    if (typeof contents === 'object') {
      subjects.push({ type: 'read-failure', failure: contents });
      continue;
    }
    if (contents === undefined) {
      // A remote workflow may check out something else; the notice at the call names the file.
      if (usage.remote) continue;
      // A folder the repository lacks is made at run time (a second checkout's `path:`, a module
      // fetched by a step): what file it holds, the check cannot tell. A folder that is there
      // without the file is a file that is missing.
      const folder = posix.dirname(path);
      if (directories && folder !== '.' && !directories.has(folder)) {
        const reason = `go-version-file ${path} lies in ${folder}/, which the repository does not hold (made at run time?)`;
        const hint = 'Nothing to change if the folder comes from another checkout or module.';
        subjects.push({ type: 'unresolved', item: { reason, at: value.at, hint }, owner });
        continue;
      }
      subjects.push({ type: 'missing-version-file', value, owner, condition: value.condition });
      continue;
    }
    const failures: ReadFailure[] = [];
    const read = readVersionFile(path, contents, failures);
    for (const failure of failures) {
      // A go.mod the go command reads but that names no release to install (`toolchain go1.26`):
      // the module itself is judged where it is read; which Go setup-go picks, the check cannot tell.
      if (/(?:^|\/)go\.(?:mod|work)$/.test(path) && failure.rule === 'parse-error') {
        const reason = `go-version-file ${path} names no Go release the check can pick (${failure.message.replace(/; no Go version.*$/, '')})`;
        subjects.push({ type: 'unresolved', item: { reason, at: value.at }, owner });
      } else subjects.push({ type: 'read-failure', failure });
    }
    if (!read) continue;
    pins.push({
      text: read.result.text.replace(/^go(?=\d)/, ''),
      at: value.at,
      spec: read.result.spec,
      owner: `${owner} (go-version-file ${path})`,
      viaFile: path,
      condition: value.condition,
    });
  }
  return pins;
}

/** A value the check cannot follow because it refers to something defined nowhere. */
export function brokenReference(subject: Subject): Observation[] {
  if (subject.type !== 'unresolved' || !subject.item.broken) return [];
  return [
    {
      at: subject.item.at,
      message: `${subject.owner}: ${subject.item.reason}; setup-go then installs no requested version. Define it or fix the name.`,
    },
  ];
}

/** What the check cannot judge: a value known only at run time, a remote action's choice, a channel past its calendar floor. */
export function unverified(subject: Subject, context: RuleContext): Observation[] {
  if (subject.type === 'unresolved' && !subject.item.broken) {
    const { item, owner } = subject;
    return [
      {
        at: item.at,
        message: `${owner}: unverified, not a pass: ${item.reason}. ${item.hint ?? 'Pin a literal version (or a matrix/env value) so the check can compare it with go.mod.'}`,
      },
    ];
  }
  if (subject.type === 'remote') {
    const { usage, owner, pins } = subject;
    const passed = pins.length > 0 ? pins.map((pin) => quote(pin.viaFile ?? pin.text)).join(', ') : usage.raw;
    const handed = usage.remote.input === '' ? 'no Go version is passed' : `${usage.remote.input} ${passed} is handed`;
    return [
      {
        at: usage.at,
        message: `${owner}: unverified, not a pass: ${handed} to ${usage.remote.target}, which decides what Go it installs and is not in this repository.`,
        found: usage.raw,
      },
    ];
  }
  if (subject.type === 'pin' && subject.origin !== 'version file') {
    const notice = channelBelowMinimum(subject.pin, subject.scope, context.today);
    return notice ? [notice] : [];
  }
  return [];
}

export function yamlNumber(subject: Subject): Observation[] {
  if (subject.type !== 'lost-digits') return [];
  const { lost, owner } = subject;
  return [
    {
      at: lost.at,
      message: `${owner}: ${lost.written} is unquoted, so YAML reads the number ${lost.found} and setup-go installs the newest Go ${lost.found}.x instead of ${lost.written}; quote it: ${quote(lost.written)}.`,
      found: lost.found,
      expected: quote(lost.written),
    },
  ];
}

export function invalidVersion(subject: Subject): Observation[] {
  if (subject.type === 'read-failure' && subject.failure.rule === 'invalid-version') return [readFailure(subject.failure)];
  if (subject.type !== 'unreadable-version') return [];
  const { at, owner, error, text } = subject;
  return [{ at, message: `${owner}: ${where(at)}${error.message.slice('version'.length)}`, found: text }];
}

/** A file that was not read, or not read as what it should be, for the rule named in its failure. */
export function readFailureOf(rule: 'parse-error' | 'not-followed' | 'over-budget'): (subject: Subject) => Observation[] {
  return (subject) => {
    if (subject.type !== 'read-failure' || subject.failure.rule !== rule) return [];
    const observation = readFailure(subject.failure);
    // GitHub's YAML reader accepts some files a strict one refuses (a flow sequence closed at its
    // key's indentation); a workflow GitHub cannot read shows on the pull request anyway. Either
    // way its pins are unseen, as a value known only at run time is.
    if (rule === 'parse-error' && /\.ya?ml$/.test(subject.failure.file)) return [{ ...observation, cap: 'notice' }];
    return [observation];
  };
}

function readFailure(failure: ReadFailure): Observation {
  return { at: failure, message: failure.message, found: failure.found, expected: failure.expected };
}

export function versionFileMissing(subject: Subject): Observation[] {
  if (subject.type !== 'missing-version-file') return [];
  const { value, owner } = subject;
  return [
    {
      at: value.at,
      message: `${owner}: go-version-file ${value.text} does not exist in the repository, so setup-go fails.`,
      found: value.text,
    },
  ];
}

/** A pin of the given origin that cannot reach the go line of the modules it builds. */
export function pinBelowMinimum(origin: 'workflow' | 'dockerfile' | 'version file'): (subject: Subject) => Observation[] {
  return (subject) => {
    if (subject.type !== 'pin' || subject.origin !== origin) return [];
    const { pin, scope } = subject;
    // Whether the job fails or switches up, the check cannot tell; either way the pin is not what runs.
    const unknown = unknownSwitch(pin, scope);
    if (unknown) return [{ ...unknown, cap: 'warning' }];
    const below = belowMinimum(pin, scope);
    if (!below) return [];
    // Only the job's own tools (gofmt, go version) run with it: a warning, not a broken build.
    if (pin.buildsNothing)
      return [{ ...below, message: `${below.message} The job runs no go command that builds the module.`, cap: 'warning' }];
    if (pin.remote)
      return [
        {
          ...below,
          message: `${below.message} It is handed to a remote action or workflow, which decides how it installs Go.`,
          cap: 'warning',
        },
      ];
    // Go before 1.21 builds a module whatever its go line says (a project may test old Go on
    // purpose): the pin disagrees with go.mod but breaks nothing, unless go.mod holds what only Go
    // 1.21 reads (a go line with a patch, a toolchain line), which makes the older Go fail on it.
    if (reachesAtLeast(pin.spec, GO_LINE_ENFORCED) === false) {
      const unreadable = unreadableBeforeGo121(scope);
      if (!unreadable) return [{ ...below, cap: 'warning' }];
      return [{ ...below, message: `${below.message} Go before 1.21 cannot even read ${unreadable}, so the build fails.` }];
    }
    return [below];
  };
}

/** A pin below the minimum and the Go that runs for it, when the rules about it apply at all. */
function judgedBelow(
  pin: Pin,
  scope: BuildScope,
): { minimum: NonNullable<BuildScope['minimum']>; runs: GoThatRuns; below: boolean } | undefined {
  const minimum = scope.minimum;
  // stable/oldstable are judged by channelBelowMinimum.
  if (!minimum || pin.spec.kind === 'stable' || pin.spec.kind === 'oldstable') return undefined;
  return { minimum, runs: goThatRuns(pin.spec, pin.toolchain, scope), below: reachesAtLeast(pin.spec, minimum.version) === false };
}

/**
 * Judges a pin by the Go that runs: the newest release it admits, unless Go switches to (or is
 * forced to) another. An error when that Go cannot build the module; a switch up to the minimum
 * is ciToolchainSwitch's, a Go the check cannot tell unverified's.
 */
function belowMinimum(pin: Pin, scope: BuildScope): Observation | undefined {
  const judged = judgedBelow(pin, scope);
  if (!judged) return undefined;
  const { minimum, runs, below } = judged;
  const expected = `>= ${minimum.text}`;
  if (runs.kind === 'other') {
    if (compareGoVersions(runs.release, minimum.version) >= 0) return undefined;
    return {
      at: pin.at,
      message: `${pin.owner} runs ${releaseName(runs.release)} (${runs.why}), below ${requiredBy(minimum)}, so Go refuses to build it; use ${quote(minimum.text)} or newer.`,
      found: formatGoVersion(runs.release),
      expected,
    };
  }
  if (!below || runs.kind === 'unknown') return undefined;
  const uses = pin.spec.kind === 'exact' ? `Go ${pin.text}` : `${pin.text}, that is ${describeCeiling(pin.spec)},`;
  // Go 1.21 made the go line a requirement; older Go only warns when a build fails.
  const refusal =
    reachesAtLeast(pin.spec, GO_LINE_ENFORCED) === false
      ? 'Go before 1.21 does not enforce the go line: it builds unless the code uses something newer, so CI tests a Go the module says it does not support'
      : pin.toolchain
        ? `${pin.toolchain.why}, so Go refuses to build it`
        : 'GOTOOLCHAIN=local refuses to build it';
  return {
    at: pin.at,
    message: `${pin.owner} uses ${uses} below ${requiredBy(minimum)} (${refusal}); use ${quote(minimum.text)} or newer.`,
    found: pin.text,
    expected,
  };
}

/**
 * Go lines below the minimum that CI outside GitHub Actions names: if that CI still runs, it tests
 * a Go the module does not support; such files are often left behind, so a warning that says so.
 */
export function otherCiBelowMinimum(subject: Subject): Observation[] {
  if (subject.type !== 'other-ci' || !subject.scope.minimum) return [];
  const minimum = subject.scope.minimum;
  const below = subject.lines.filter(({ line }) => compareGoVersions(line, languageVersion(minimum.version)) < 0);
  if (below.length === 0) return [];
  const named = below.map(({ line }) => line).join(', ');
  return [
    {
      at: { file: subject.file, ...below[0]!.at },
      message: `${subject.file} names Go ${named}, below ${requiredBy(minimum)}: if this CI still runs, it tests a Go the module says it does not support; update it, or delete the file if the service is no longer used.`,
      found: named,
      expected: `>= ${minimum.text}`,
    },
  ];
}

/** A CI pin below the minimum that passes only because Go runs a newer toolchain: the pinned Go is never tested. */
export function ciToolchainSwitch(subject: Subject): Observation[] {
  if (subject.type !== 'pin' || subject.origin !== 'workflow') return [];
  const judged = judgedBelow(subject.pin, subject.scope);
  if (!judged?.below || judged.runs.kind !== 'other' || compareGoVersions(judged.runs.release, judged.minimum.version) < 0) return [];
  const { pin } = subject;
  const { minimum, runs } = judged;
  const lists = pin.via?.some((step) => step.startsWith('matrix.')) ? 'the matrix lists' : 'it asks for';
  return [
    {
      at: pin.at,
      message: `${pin.owner}: ${lists} ${pin.text}, but ${releaseName(runs.release)} runs: ${runs.why}. ${pin.text} is below ${requiredBy(minimum)} and is never tested; use ${quote(minimum.text)} or newer.`,
      found: pin.text,
      expected: `>= ${minimum.text}`,
    },
  ];
}

/** A CI pin below the minimum whose job may fail or switch to a newer Go: which, the check cannot tell. */
function unknownSwitch(pin: Pin, scope: BuildScope): Observation | undefined {
  const judged = judgedBelow(pin, scope);
  if (!judged?.below || judged.runs.kind !== 'unknown') return undefined;
  return {
    at: pin.at,
    message: `${pin.owner}: ${pin.text} is below ${requiredBy(judged.minimum)}, and ${judged.runs.why}: the job either fails (GOTOOLCHAIN=local) or runs a newer Go than it names; either way CI does not build with ${pin.text}. Use ${quote(judged.minimum.text)} or newer.`,
    found: pin.text,
    expected: `>= ${judged.minimum.text}`,
  };
}

/** What in the go.mod files of a scope Go before 1.21 cannot parse: a go line with a patch, a toolchain line. */
function unreadableBeforeGo121(scope: BuildScope): string | undefined {
  for (const module of scope.modules) {
    if (module.go?.version.patch !== undefined) return `the go ${module.go.text} of ${where(module.go.at)}`;
    if (module.toolchain) return `the toolchain line of ${where(module.toolchain.at)}`;
  }
  return undefined;
}

function requiredBy(minimum: NonNullable<BuildScope['minimum']>): string {
  return `the go ${minimum.text} that ${where(minimum.at)} requires`;
}

/** stable/oldstable are known from the release calendar only as a floor: unverified when the minimum is past that floor. */
function channelBelowMinimum(pin: Pin, scope: BuildScope, today: Date): Observation | undefined {
  const minimum = scope.minimum;
  if (!minimum || (pin.spec.kind !== 'stable' && pin.spec.kind !== 'oldstable')) return undefined;
  const floor = channelFloor(pin.spec.kind, today);
  if (compareGoVersions(floor, languageVersion(minimum.version)) >= 0) return undefined;
  return {
    at: pin.at,
    message: `${pin.owner}: unverified, not a pass: ${pin.text} is Go ${floor} or newer today (Go ships a new line every February and August), which may not reach ${requiredBy(minimum)}; pin '${minimum.text}' or newer to be sure.`,
    found: pin.text,
    expected: `>= ${minimum.text}`,
  };
}

/**
 * The Go line a pin builds with: exactly (a pinned line, or the toolchain Go switches to), or at
 * least (open ranges, stable, oldstable).
 */
function builtLine(pin: Pin, scope: BuildScope, today: Date): { line: string; exact: boolean; label: string; switched?: boolean } {
  const runs = goThatRuns(pin.spec, pin.toolchain, scope);
  if (runs.kind === 'other')
    return { line: languageVersion(runs.release), exact: true, label: `${pin.text} (${releaseName(runs.release)} runs)`, switched: true };
  if (pin.spec.kind === 'stable' || pin.spec.kind === 'oldstable') {
    const floor = channelFloor(pin.spec.kind, today);
    return { line: floor, exact: false, label: `${pin.text} (Go ${floor} or newer today)` };
  }
  const line = installedLine(pin.spec);
  if (line) return { line, exact: true, label: line };
  // A range open to the end of the major installs the newest release: what stable is, at least.
  const floor = channelFloor('stable', today);
  return { line: floor, exact: false, label: `${pin.text} (the newest Go, ${floor} or newer today)` };
}

function untested(
  module: { file: string; text: string; at: Position },
  line: string,
  built: Array<ReturnType<typeof builtLine>>,
  builders: string,
): Observation {
  const labels = [...new Set(built.map((b) => b.label))].join(', ');
  const calendar = built.some((b) => !b.exact) ? '; Go ships a new line every February and August' : '';
  const local = built.some((b) => b.switched) ? ' with GOTOOLCHAIN=local (actions/setup-go v6 sets it)' : '';
  return {
    at: module.at,
    message: `${module.file} says go ${module.text} is enough, but ${builders} builds with Go ${line} (CI uses ${labels}${calendar}); add ${quote(line)} to a CI matrix${local} or raise the go line.`,
    found: labels,
    expected: line,
  };
}

/**
 * A go line (the oldest Go users can build with) that no CI job builds with: for the modules jobs
 * build, when no job uses that line; for modules below the root that no job names, when every job
 * uses a newer Go.
 */
export function minimumUntested(subject: Subject, context: RuleContext): Observation[] {
  if (subject.type !== 'ci-jobs') return [];
  const { ciPins, modules: index } = subject;
  const byMinimum = new Map<string, { minimum: NonNullable<BuildScope['minimum']>; built: Array<ReturnType<typeof builtLine>> }>();
  for (const { pin, scope } of ciPins) {
    if (!scope.minimum) continue;
    const key = where(scope.minimum.at);
    const entry = byMinimum.get(key) ?? { minimum: scope.minimum, built: [] };
    entry.built.push(builtLine(pin, scope, context.today));
    byMinimum.set(key, entry);
  }
  // A job whose Go the check could not resolve may build with the go line: no claim that none does.
  const maybeTested = new Set(subject.unverifiedScopes.flatMap((scope) => scope.modules.map((module) => module.file)));
  const observations: Observation[] = [];
  for (const { minimum, built } of byMinimum.values()) {
    const line = languageVersion(minimum.version);
    if (maybeTested.has(minimum.file) || subject.otherCiLines.has(line)) continue;
    const none = built.every((b) => (b.exact ? b.line !== line : compareGoVersions(b.line, line) > 0));
    if (none) observations.push(untested(minimum, line, built, 'no CI job'));
  }
  if (ciPins.length === 0) return observations;
  const named = new Set(ciPins.flatMap(({ scope }) => scope.modules));
  const everyJob = [...new Map(ciPins.map(({ pin, scope }) => builtLine(pin, scope, context.today)).map((b) => [b.label, b])).values()];
  const oldest = everyJob.reduce((low, b) => (compareGoVersions(b.line, low) < 0 ? b.line : low), everyJob[0]!.line);
  for (const module of index.all) {
    if (module.kind !== 'go.mod' || module.directory === '.' || !module.go || named.has(module) || !index.hasGoSources(module)) continue;
    const line = languageVersion(module.go.version);
    if (compareGoVersions(oldest, line) > 0 && !subject.otherCiLines.has(line))
      observations.push(untested({ ...module.go, file: module.file }, line, everyJob, 'every CI job uses a newer Go; none'));
  }
  return observations;
}

/** A toolchain line newer than every Go the CI jobs that build its module use (remote pins are not judged). */
export function toolchainNewerThanCi(subject: Subject): Observation[] {
  if (subject.type !== 'ci-jobs') return [];
  const ciPins = subject.ciPins.filter(({ pin }) => !pin.remote);
  const observations: Observation[] = [];
  for (const module of subject.modules.all) {
    const toolchain = module.toolchain;
    // CI outside GitHub Actions that names the toolchain's line may build with it.
    if (!toolchain || subject.otherCiLines.has(languageVersion(toolchain.version))) continue;
    const building = ciPins.filter(({ scope }) => scope.modules.includes(module));
    // A job whose Go switches up to the toolchain line builds with it.
    const reaches = ({ pin, scope }: { pin: Pin; scope: BuildScope }) => {
      const runs = goThatRuns(pin.spec, pin.toolchain, scope);
      return runs.kind === 'other'
        ? compareGoVersions(runs.release, toolchain.version) >= 0
        : reachesAtLeast(pin.spec, toolchain.version) !== false;
    };
    if (building.length === 0 || building.some(reaches)) continue;
    const used = [...new Set(building.map(({ pin }) => pin.text))].join(', ');
    observations.push({
      at: toolchain.at,
      message: `${module.file} suggests toolchain ${toolchain.text}, newer than every Go its CI jobs use (${used}); CI never builds with the toolchain developers get. Add ${quote(formatGoVersion(toolchain.version))} to CI or lower the toolchain line.`,
      found: used,
      expected: `>= ${formatGoVersion(toolchain.version)}`,
    });
  }
  return observations;
}
