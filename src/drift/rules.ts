// The drift rules: every CI, Dockerfile and version-file pin is compared with the go lines of the
// modules it builds, using Go's version ordering. Each finding says what to change. Pure.
import { posix } from 'node:path';
import { compareGoVersions, formatGoVersion, languageVersion } from '../version/goversion';
import { parseVersionSpec, type VersionSpec } from '../version/spec';
import { installedLine, lowestAdmitted, reachesAtLeast } from './spec-bounds';
import { mergeScopes, type BuildScope, type GoModule } from './modules';
import { readVersionFile, type Sources } from './sources';
import type { CiUsage } from './workflow';
import type { Finding, Position, ResolvedValue, Severity, RuleId, UnresolvedValue, VersionSite } from './types';

/** A version a CI job, Dockerfile or version file will use, read as a spec. */
interface Pin {
  text: string;
  at: Position;
  spec: VersionSpec;
  /** Who uses it, for messages: `workflow ci.yml, job test`. */
  owner: string;
  /** Set when the version comes from a go-version-file. */
  viaFile?: string;
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

export function applyRules(sources: Sources, lookup: FileLookup): { findings: Finding[]; sites: VersionSite[] } {
  const findings: Finding[] = [...sources.findings];
  const sites: VersionSite[] = [...sources.sites];
  const ciPins: Array<{ pin: Pin; scope: BuildScope }> = [];

  for (const usage of sources.usages) {
    const scope = mergeScopes(usageDirectories(usage).map((dir) => sources.modules.scopeFor(dir)));
    const owner = `workflow ${usage.workflow}, job ${usage.job}`;
    for (const item of usage.resolution.unresolved) {
      findings.push(unverified(item, owner));
      sites.push({ ...item.at, kind: 'workflow', version: usage.raw });
    }
    const pins = usage.source === 'go-version-file' ? filePins(usage, owner, lookup, findings) : valuePins(usage.resolution.values, owner, findings);
    for (const pin of pins) {
      sites.push({ ...pin.at, kind: 'workflow', version: pin.viaFile ? `${pin.text} (${pin.viaFile})` : pin.text });
      ciPins.push({ pin, scope });
      const below = belowMinimum(pin, scope);
      if (below) findings.push(finding(pin.at, 'error', 'ci-below-minimum', below.message, pin.text, below.expected));
    }
  }

  findings.push(...untestedMinimums(ciPins), ...toolchainsAheadOfCi(sources.modules.all, ciPins));

  for (const dockerfile of sources.dockerfiles) {
    const scope = sources.modules.scopeFor(posix.dirname(dockerfile.file));
    for (const usage of dockerfile.usages) {
      const owner = `${dockerfile.file} (FROM ${usage.raw})`;
      for (const item of usage.resolution.unresolved) {
        findings.push(unverified(item, owner));
        sites.push({ ...item.at, kind: 'dockerfile', version: usage.raw });
      }
      for (const pin of valuePins(usage.resolution.values, owner, findings)) {
        sites.push({ ...pin.at, kind: 'dockerfile', version: pin.text });
        const below = belowMinimum(pin, scope);
        if (below) findings.push(finding(pin.at, 'error', 'dockerfile-below-minimum', below.message, pin.text, below.expected));
      }
    }
  }

  for (const file of sources.versionFiles) {
    const pin: Pin = { text: file.result.text, at: file.at, spec: file.result.spec, owner: file.file };
    const below = belowMinimum(pin, sources.modules.scopeFor(posix.dirname(file.file)));
    if (below) findings.push(finding(pin.at, 'error', 'version-file-below-minimum', below.message, pin.text, below.expected));
  }
  return { findings, sites };
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
  if (spec.kind === 'stable' || spec.kind === 'oldstable') {
    findings.push(unverified({ at, reason: `${text} means whichever release is newest when the job runs, and the check has no release list` }, owner));
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
      findings.push(finding(value.at, 'error', 'version-file-missing', `${owner}: go-version-file ${value.text} does not exist in the repository, so setup-go fails.`, value.text));
      continue;
    }
    const read = readVersionFile(path, contents, findings);
    if (!read) continue;
    pins.push({ text: read.result.text.replace(/^go(?=\d)/, ''), at: value.at, spec: read.result.spec, owner: `${owner} (go-version-file ${path})`, viaFile: path });
  }
  return pins;
}

function belowMinimum(pin: Pin, scope: BuildScope): { message: string; expected: string } | undefined {
  const minimum = scope.minimum;
  const lowest = lowestAdmitted(pin.spec);
  if (!minimum || !lowest || compareGoVersions(lowest, minimum.version) >= 0) return undefined;
  const lowestText = formatGoVersion(lowest);
  const admits = lowestText === pin.text ? `Go ${pin.text}` : `${pin.text}, which admits Go ${lowestText},`;
  return {
    message: `${pin.owner} uses ${admits} below the go ${minimum.text} that ${where(minimum.at)} requires (GOTOOLCHAIN=local refuses to build it); use ${quote(minimum.text)} or newer.`,
    expected: `>= ${minimum.text}`,
  };
}

/** Warns at a go line that no CI job builds with its Go line (the oldest Go users can build with). */
function untestedMinimums(ciPins: Array<{ pin: Pin; scope: BuildScope }>): Finding[] {
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
    const lines = pins.map((pin) => installedLine(pin.spec));
    if (lines.includes(line)) continue;
    const tested = [...new Set(lines.map((l) => l ?? 'a newest-release range'))].join(', ');
    findings.push(
      finding(
        minimum.at,
        'warning',
        'minimum-untested',
        `${minimum.file} says go ${minimum.text} is enough, but no CI job builds with Go ${line} (CI uses ${tested}); add ${quote(line)} to a CI matrix or raise the go line.`,
        tested,
        line,
      ),
    );
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
