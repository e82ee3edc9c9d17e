// The drift rules: every CI, Dockerfile and version-file pin is compared with the go lines of the
// modules it builds, using Go's version ordering. Each finding says what to change. Pure.
import { posix } from 'node:path';
import { compareGoVersions, formatGoVersion, languageVersion } from '../version/goversion';
import { parseVersionSpec, type VersionSpec } from '../version/spec';
import { channelFloor, describeCeiling, installedLine, reachesAtLeast } from './spec-bounds';
import { mergeScopes, type BuildScope, type GoModule, type ModuleIndex } from './modules';
import { readVersionFile, type Sources } from './sources';
import type { CiUsage } from './workflow';
import type { Finding, Position, ResolvedValue, Severity, RuleId, UnresolvedValue, VersionSite } from './types';

const GO_LINE_ENFORCED = { major: 1, minor: 21, patch: 0 };

/** A version a CI job, Dockerfile or version file will use, read as a spec. */
interface Pin {
  text: string;
  at: Position;
  spec: VersionSpec;
  /** Who uses it, for messages: `workflow ci.yml, job test`. */
  owner: string;
  /** Set when the version comes from a go-version-file. */
  viaFile?: string;
  /** Handed to a remote action or workflow: counts as tested, is never judged (the remote side decides). */
  remote?: boolean;
}

/** Reads a file named by go-version-file; undefined when it does not exist. */
export type FileLookup = (path: string) => string | undefined;

function finding(at: Position, severity: Severity, rule: RuleId, message: string, found: string | null = null, expected: string | null = null): Finding {
  return { file: at.file, line: at.line, column: at.column, severity, rule, message, found, expected };
}

function where(at: Position): string {
  return `${at.file}:${at.line}`;
}

function quote(version: string): string {
  return `'${version}'`;
}

function unverified(item: UnresolvedValue, subject: string): Finding {
  return finding(item.at, 'notice', 'unverified', `${subject}: unverified, not a pass: ${item.reason}. Pin a literal version (or a matrix/env value) so the check can compare it with go.mod.`);
}

export function applyRules(sources: Sources, lookup: FileLookup, today: Date): { findings: Finding[]; sites: VersionSite[] } {
  const findings: Finding[] = [...sources.findings];
  const sites: VersionSite[] = [...sources.sites];
  const ciPins: Array<{ pin: Pin; scope: BuildScope }> = [];

  for (const usage of sources.usages) {
    const scope = mergeScopes(usageDirectories(usage).map((dir) => sources.modules.scopeFor(dir)));
    const owner = ownerOf(usage);
    for (const item of usage.resolution.unresolved) {
      findings.push(unresolvedFinding(item, owner));
      sites.push({ ...item.at, kind: 'workflow', version: usage.raw });
    }
    const versionFile = usage.source === 'go-version-file' || usage.remote?.versionFile === true;
    const pins = versionFile ? filePins(usage, owner, lookup, findings) : valuePins(usage.resolution.values, owner, findings);
    if (usage.remote) {
      const passed = pins.length > 0 ? pins.map((pin) => quote(pin.viaFile ?? pin.text)).join(', ') : usage.raw;
      const handed = usage.remote.input === '' ? 'no Go version is passed' : `${usage.remote.input} ${passed} is handed`;
      findings.push(
        finding(
          usage.at,
          'notice',
          'unverified',
          `${owner}: unverified, not a pass: ${handed} to ${usage.remote.target}, which decides what Go it installs and is not in this repository.`,
          usage.raw,
        ),
      );
    }
    for (const pin of pins) {
      sites.push({ ...pin.at, kind: 'workflow', version: pin.viaFile ? `${pin.text} (${pin.viaFile})` : pin.text });
      ciPins.push({ pin: usage.remote ? { ...pin, remote: true } : pin, scope });
      if (usage.remote) continue;
      const below = belowMinimum(pin, scope, today);
      if (below?.severity === 'error') findings.push(finding(pin.at, 'error', 'ci-below-minimum', below.message, pin.text, below.expected));
      else if (below) findings.push(finding(pin.at, 'notice', 'unverified', below.message, pin.text, below.expected));
    }
  }

  findings.push(...untestedMinimums(ciPins, sources.modules, today), ...toolchainsAheadOfCi(sources.modules.all, ciPins.filter(({ pin }) => !pin.remote)));

  for (const dockerfile of sources.dockerfiles) {
    const scope = sources.modules.scopeFor(posix.dirname(dockerfile.file));
    for (const usage of dockerfile.usages) {
      const owner = `${dockerfile.file} (FROM ${usage.raw})`;
      if (!usage.buildsModule) {
        for (const value of usage.resolution.values) sites.push({ ...value.at, kind: 'dockerfile', version: `${value.text} (stage builds nothing of the module)` });
        continue;
      }
      for (const item of usage.resolution.unresolved) {
        findings.push(unresolvedFinding(item, owner));
        sites.push({ ...item.at, kind: 'dockerfile', version: usage.raw });
      }
      for (const pin of valuePins(usage.resolution.values, owner, findings)) {
        sites.push({ ...pin.at, kind: 'dockerfile', version: pin.text });
        const below = belowMinimum(pin, scope, today);
        if (below?.severity === 'error') findings.push(finding(pin.at, 'error', 'dockerfile-below-minimum', below.message, pin.text, below.expected));
        else if (below) findings.push(finding(pin.at, 'notice', 'unverified', below.message, pin.text, below.expected));
      }
    }
  }

  for (const file of sources.versionFiles) {
    const pin: Pin = { text: file.result.text, at: file.at, spec: file.result.spec, owner: file.file };
    const below = belowMinimum(pin, sources.modules.scopeFor(posix.dirname(file.file)), today);
    if (below?.severity === 'error') findings.push(finding(pin.at, 'error', 'version-file-below-minimum', below.message, pin.text, below.expected));
  }
  return { findings, sites };
}

function ownerOf(usage: CiUsage): string {
  const through = usage.through.length > 0 ? ` (through ${usage.through.join(' -> ')})` : '';
  return `workflow ${usage.workflow}, job ${usage.job}${through}`;
}

/** A value the check cannot follow: a notice, or a warning when it refers to something defined nowhere. */
function unresolvedFinding(item: UnresolvedValue, subject: string): Finding {
  if (item.broken) {
    return finding(item.at, 'warning', 'broken-reference', `${subject}: ${item.reason}; setup-go then installs no requested version. Define it or fix the name.`);
  }
  return unverified(item, subject);
}

/** The directories a job builds in; a go-version-file in a subdirectory names the module too. */
function usageDirectories(usage: CiUsage): string[] {
  if (usage.source !== 'go-version-file') return usage.directories;
  const fileDirs = usage.resolution.values.map((value) => posix.dirname(normalizePath(value.text)));
  const explicit = usage.directories.filter((dir) => dir !== '.');
  const all = [...new Set([...explicit, ...fileDirs])];
  return all.length > 0 ? all : ['.'];
}

function normalizePath(path: string): string {
  return posix.normalize(path.replace(/^\$\{\{\s*github\.workspace\s*\}\}\/?/, '')).replace(/^\.\//, '');
}

/** Reads each version a value resolved to as a spec; YAML-number losses and bad specs become findings. */
function valuePins(values: ResolvedValue[], owner: string, findings: Finding[]): Pin[] {
  const pins: Pin[] = [];
  for (const value of values) {
    for (const lost of value.lostDigits) {
      findings.push(
        finding(
          lost.at,
          'error',
          'yaml-number',
          `${owner}: ${lost.written} is unquoted, so YAML reads the number ${lost.found} and setup-go installs the newest Go ${lost.found}.x instead of ${lost.written}; quote it: ${quote(lost.written)}.`,
          lost.found,
          quote(lost.written),
        ),
      );
    }
    const pin = toPin(value.text, value.at, owner, findings);
    if (pin) pins.push(pin);
  }
  return pins;
}

// Large repositories repeat the same few versions thousands of times.
const specCache = new Map<string, VersionSpec | Error>();

function readSpec(text: string): VersionSpec | Error {
  let spec = specCache.get(text);
  if (spec === undefined) {
    try {
      spec = parseVersionSpec(text, 'version', { fromYaml: false }).spec;
    } catch (error) {
      spec = error instanceof Error ? error : new Error(String(error));
    }
    specCache.set(text, spec);
  }
  return spec;
}

function toPin(text: string, at: Position, owner: string, findings: Finding[], viaFile?: string): Pin | undefined {
  const spec = readSpec(text);
  if (spec instanceof Error) {
    findings.push(finding(at, 'error', 'invalid-version', `${owner}: ${where(at)}${spec.message.slice('version'.length)}`, text));
    return undefined;
  }
  return { text, at, spec, owner, viaFile };
}

/** go-version-file: the version comes from the named file, checked where the workflow names it. */
function filePins(usage: CiUsage, owner: string, lookup: FileLookup, findings: Finding[]): Pin[] {
  const pins: Pin[] = [];
  for (const value of usage.resolution.values) {
    const path = normalizePath(value.text);
    const contents = lookup(path);
    if (contents === undefined) {
      // A remote workflow may check out something else; the notice at the call names the file.
      if (usage.remote) continue;
      findings.push(finding(value.at, 'error', 'version-file-missing', `${owner}: go-version-file ${value.text} does not exist in the repository, so setup-go fails.`, value.text));
      continue;
    }
    const read = readVersionFile(path, contents, findings);
    if (!read) continue;
    pins.push({ text: read.result.text.replace(/^go(?=\d)/, ''), at: value.at, spec: read.result.spec, owner: `${owner} (go-version-file ${path})`, viaFile: path });
  }
  return pins;
}

/**
 * Judges a pin by what it installs, the newest release it admits: an error only when that cannot
 * reach the minimum. stable/oldstable are known from the release calendar only as a floor: a
 * notice when the minimum is past that floor.
 */
function belowMinimum(pin: Pin, scope: BuildScope, today: Date): { severity: 'error' | 'notice'; message: string; expected: string } | undefined {
  const minimum = scope.minimum;
  if (!minimum) return undefined;
  const expected = `>= ${minimum.text}`;
  const requires = `the go ${minimum.text} that ${where(minimum.at)} requires`;
  if (pin.spec.kind === 'stable' || pin.spec.kind === 'oldstable') {
    const floor = channelFloor(pin.spec.kind, today);
    if (compareGoVersions(floor, languageVersion(minimum.version)) >= 0) return undefined;
    return {
      severity: 'notice',
      expected,
      message: `${pin.owner}: unverified, not a pass: ${pin.text} is Go ${floor} or newer today (Go ships a new line every February and August), which may not reach ${requires}; pin '${minimum.text}' or newer to be sure.`,
    };
  }
  if (reachesAtLeast(pin.spec, minimum.version) !== false) return undefined;
  const uses = pin.spec.kind === 'exact' ? `Go ${pin.text}` : `${pin.text}, that is ${describeCeiling(pin.spec)},`;
  // Go 1.21 made the go line a requirement; older Go only warns when a build fails.
  const refusal = reachesAtLeast(pin.spec, GO_LINE_ENFORCED) === false ? 'Go before 1.21 does not enforce the go line, so CI tests a Go the module says it does not support' : 'GOTOOLCHAIN=local refuses to build it';
  return {
    severity: 'error',
    expected,
    message: `${pin.owner} uses ${uses} below ${requires} (${refusal}); use ${quote(minimum.text)} or newer.`,
  };
}

/** The Go line a pin builds with: exactly (a pinned line), or at least (open ranges, stable, oldstable). */
function builtLine(pin: Pin, today: Date): { line: string; exact: boolean; label: string } {
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

function untestedFinding(module: { file: string; text: string; at: Position }, line: string, built: Array<ReturnType<typeof builtLine>>, builders: string): Finding {
  const labels = [...new Set(built.map((b) => b.label))].join(', ');
  const calendar = built.some((b) => !b.exact) ? '; Go ships a new line every February and August' : '';
  return finding(
    module.at,
    'warning',
    'minimum-untested',
    `${module.file} says go ${module.text} is enough, but ${builders} builds with Go ${line} (CI uses ${labels}${calendar}); add ${quote(line)} to a CI matrix or raise the go line.`,
    labels,
    line,
  );
}

/**
 * Warns at a go line (the oldest Go users can build with) that no CI job builds with: for the
 * modules jobs build, when no job uses that line; for modules below the root that no job names,
 * when every job uses a newer Go.
 */
function untestedMinimums(ciPins: Array<{ pin: Pin; scope: BuildScope }>, index: ModuleIndex, today: Date): Finding[] {
  const byMinimum = new Map<string, { minimum: NonNullable<BuildScope['minimum']>; pins: Pin[] }>();
  for (const { pin, scope } of ciPins) {
    if (!scope.minimum) continue;
    const key = where(scope.minimum.at);
    const entry = byMinimum.get(key) ?? { minimum: scope.minimum, pins: [] };
    entry.pins.push(pin);
    byMinimum.set(key, entry);
  }
  const findings: Finding[] = [];
  for (const { minimum, pins } of byMinimum.values()) {
    const line = languageVersion(minimum.version);
    const built = pins.map((pin) => builtLine(pin, today));
    const untested = built.every((b) => (b.exact ? b.line !== line : compareGoVersions(b.line, line) > 0));
    if (untested) findings.push(untestedFinding(minimum, line, built, 'no CI job'));
  }
  if (ciPins.length === 0) return findings;
  const named = new Set(ciPins.flatMap(({ scope }) => scope.modules));
  const everyJob = [...new Map(ciPins.map(({ pin }) => builtLine(pin, today)).map((b) => [b.label, b])).values()];
  const oldest = everyJob.reduce((low, b) => (compareGoVersions(b.line, low) < 0 ? b.line : low), everyJob[0]!.line);
  for (const module of index.all) {
    if (module.kind !== 'go.mod' || module.directory === '.' || !module.go || named.has(module) || !index.hasGoSources(module)) continue;
    const line = languageVersion(module.go.version);
    if (compareGoVersions(oldest, line) > 0) findings.push(untestedFinding({ ...module.go, file: module.file }, line, everyJob, 'every CI job uses a newer Go; none'));
  }
  return findings;
}

/** Warns at a toolchain line newer than every Go the CI jobs that build its module use. */
function toolchainsAheadOfCi(modules: GoModule[], ciPins: Array<{ pin: Pin; scope: BuildScope }>): Finding[] {
  const findings: Finding[] = [];
  for (const module of modules) {
    const toolchain = module.toolchain;
    if (!toolchain) continue;
    const pins = ciPins.filter(({ scope }) => scope.modules.includes(module)).map(({ pin }) => pin);
    if (pins.length === 0 || pins.some((pin) => reachesAtLeast(pin.spec, toolchain.version) !== false)) continue;
    const newest = pins.map((pin) => pin.text);
    findings.push(
      finding(
        toolchain.at,
        'warning',
        'toolchain-newer-than-ci',
        `${module.file} suggests toolchain ${toolchain.text}, newer than every Go its CI jobs use (${[...new Set(newest)].join(', ')}); CI never builds with the toolchain developers get. Add ${quote(formatGoVersion(toolchain.version))} to CI or lower the toolchain line.`,
        [...new Set(newest)].join(', '),
        `>= ${formatGoVersion(toolchain.version)}`,
      ),
    );
  }
  return findings;
}
