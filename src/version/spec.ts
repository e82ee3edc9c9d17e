// Version specs: what a workflow asks for (`go-version`, a version file) and how it is matched
// against Go releases. Pure: no I/O, no @actions/*.
//
// Forms (all may carry a `go` or `v` prefix on the version):
//   exact    1.22.5, go1.22.5, v1.22.5, 1.21rc2, 1.9.2rc2   that release only; the semver
//            spelling of candidates (1.21.0-rc.2) too
//   minor    1.22, 1.22.x, 1.22.*, go1.22                    newest release of the 1.22 line
//   range    ^1.22, ~1.22.3, >=1.21 <1.23, >=1.21.0, <1.23,  newest release matching; `,` or a space
//            1.21 - 1.22, 1.x, 1, >=1.22 || 1.21.3            joins comparators (AND), `||` separates sets
//   stable   stable, latest                                  newest stable release (`latest` is an alias)
//   oldstable                                                newest release of the line before stable's
//   minimum  (only from go.mod/go.work `go` lines)           newest release of that line at or above it
//   any      *, x, X                                         newest stable release (a range admitting all)
// A bare major (`1`, `1.x`, `go1`) is a range over the whole major, as in semver: newest 1.x.
// As in semver (and so actions/setup-go), build metadata is ignored (`1.22.5+meta` is 1.22.5), and
// the pre-release idiom `-0` on a bound admits the candidates of the release it names:
// `>=1.26.0-0` starts at 1.26rc1 (and admits no 1.27 candidate). On an X-range semver drops it:
// `1.26.x-0` is `1.26.x`, stable releases only.
// A partial version in a range stands for its whole line, as semver X-ranges do: `<=1.22` admits
// every 1.22.x, `>1.22` starts at 1.23, `<1.23` excludes 1.23rc1.
// Pre-releases (alpha, beta, rc) match only when the spec names one on the same line: `1.23rc1`,
// `>=1.23rc1` (admits 1.23rc2 and 1.23.0, not 1.24rc1), a go.mod `go 1.23rc1`. `1.23` never
// resolves to a release candidate.

import {
  compareGoVersions,
  formatGoVersion,
  fromSemver,
  languageVersion,
  parseGoVersion,
  releaseVersion,
  type GoVersion,
} from './goversion';

export type ComparatorOperator = '<' | '<=' | '>' | '>=';

export interface Comparator {
  operator: ComparatorOperator;
  bound: GoVersion;
}

export interface ComparatorSet {
  comparators: Comparator[];
  /** Language versions (`1.23`) whose pre-releases this set admits, because it names one. */
  prereleaseLines: string[];
}

export type VersionSpec =
  | { kind: 'exact'; version: GoVersion }
  | { kind: 'minor'; major: number; minor: number }
  | { kind: 'range'; text: string; sets: ComparatorSet[] }
  | { kind: 'stable' }
  | { kind: 'oldstable' }
  | { kind: 'minimum'; version: GoVersion };

/** A published Go release; `version` canonical (`1.22.5`, `1.21rc2`) or a release name (`go1.20`). */
export interface Release {
  version: string;
  stable: boolean;
}

const ACCEPTED_FORMS =
  'accepted forms: an exact release (1.22.5, go1.22.5, v1.22.5, 1.21rc2, 1.21.0-rc.2), a minor line (1.22, 1.22.x), ' +
  'a range (^1.22, ~1.22.3, >=1.21 <1.23, >=1.21.0, <1.23, 1.21 - 1.22, 1.x, a || b, >=1.26.0-0 with candidates), *, stable, oldstable, latest';

function invalid(source: string, text: string, reason?: string): Error {
  const because = reason ? ` (${reason})` : '';
  return new Error(`${source}: cannot read ${JSON.stringify(text)} as a Go version${because}; ${ACCEPTED_FORMS}`);
}

/**
 * Sorts before every release of the line X.Y in both naming eras (`1.20rc1`, `1.21rc1`, `1.21.0`),
 * so it can bound whole lines. Never a real release.
 */
function lineStart(major: number, minor: number): GoVersion {
  return { major, minor, pre: { kind: 'alpha', number: 0 } };
}

/** A version with missing trailing parts: `1`, `1.x`, `1.22`, `1.22.x`; `minor` absent = whole major. */
interface PartialVersion {
  major: number;
  minor?: number;
}

const WILDCARD_TAIL = /((?:\.[xX*])*)$/;
/** `*`, `x`, `X`: any version, as semver has it. */
const ANY_VERSION = /^[xX*]$/;
/** Semver build metadata (`+build.5`), which takes no part in matching. */
const BUILD_METADATA = /\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*$/;
/** Semver's lowest pre-release, the idiom for "pre-releases of this line too". */
const LOWEST_PRERELEASE = '-0';

function parsePartial(text: string): PartialVersion | undefined {
  const wildcards = WILDCARD_TAIL.exec(text)![1]!;
  const written = text.slice(0, text.length - wildcards.length);
  const parts = written.split('.').length + wildcards.length / 2;
  const version = parseGoVersion(written);
  if (!version || version.patch !== undefined || version.pre !== undefined || parts > 3) return undefined;
  return written.includes('.') ? { major: version.major, minor: version.minor } : { major: version.major };
}

function partialLow(p: PartialVersion): GoVersion {
  return lineStart(p.major, p.minor ?? 0);
}

function partialHigh(p: PartialVersion): GoVersion {
  return p.minor === undefined ? lineStart(p.major + 1, 0) : lineStart(p.major, p.minor + 1);
}

/** `includePrerelease`: a full version written with `-0` (the bound sits below its candidates). */
type Bound = ({ partial: PartialVersion } | { full: GoVersion }) & { includePrerelease?: boolean };

function parseBound(written: string): Bound | undefined {
  const text = written.replace(BUILD_METADATA, '');
  if (text.endsWith(LOWEST_PRERELEASE)) {
    const version = text.slice(0, -LOWEST_PRERELEASE.length);
    const bound = parseBound(version);
    // Semver takes a pre-release only after three parts: `1.26.x-0` (where it then ignores it), not `1.x-0`.
    if (bound === undefined || bound.includePrerelease || version.split('.').length !== 3) return undefined;
    if ('partial' in bound) return bound;
    if (bound.full.pre !== undefined) return undefined;
    // X.Y.0-0 sorts before every candidate of X.Y; X.Y.Z-0 just before X.Y.Z.
    const full =
      bound.full.patch === 0
        ? lineStart(bound.full.major, bound.full.minor)
        : { ...bound.full, pre: { kind: 'alpha' as const, number: 0 } };
    return { full, includePrerelease: true };
  }
  const partial = parsePartial(text);
  if (partial) return { partial };
  // actions/setup-go documents semver spellings of candidates (`1.21.0-rc.1`); accept them too.
  const full = parseGoVersion(text) ?? fromSemver(text.replace(/^v/, ''));
  return full && (full.patch !== undefined || full.pre !== undefined) ? { full } : undefined;
}

const OPERATOR = /^(<=|>=|<|>|=|\^|~)?(.*)$/;

function comparatorsFor(operator: string | undefined, bound: Bound): Comparator[] {
  if ('partial' in bound) {
    const low = partialLow(bound.partial);
    const high = partialHigh(bound.partial);
    switch (operator) {
      case '>=':
        return [{ operator: '>=', bound: low }];
      case '>':
        return [{ operator: '>=', bound: high }];
      case '<':
        return [{ operator: '<', bound: low }];
      case '<=':
        return [{ operator: '<', bound: high }];
      case '^':
        return [
          { operator: '>=', bound: low },
          { operator: '<', bound: lineStart(bound.partial.major + 1, 0) },
        ];
      default:
        return [
          { operator: '>=', bound: low },
          { operator: '<', bound: high },
        ];
    }
  }
  const v = bound.full;
  switch (operator) {
    case '>=':
    case '>':
    case '<':
    case '<=':
      return [{ operator, bound: v }];
    case '^':
      return [
        { operator: '>=', bound: v },
        { operator: '<', bound: lineStart(v.major + 1, 0) },
      ];
    case '~':
      return [
        { operator: '>=', bound: v },
        { operator: '<', bound: lineStart(v.major, v.minor + 1) },
      ];
    default:
      return [
        { operator: '>=', bound: v },
        { operator: '<=', bound: v },
      ];
  }
}

function prereleaseLinesOf(bounds: Bound[]): string[] {
  return bounds.flatMap((b) => ('full' in b && b.full.pre !== undefined ? [languageVersion(b.full)] : []));
}

function parseComparatorSet(text: string, source: string, whole: string): ComparatorSet {
  const hyphen = /^(\S+)\s+-\s+(\S+)$/.exec(text);
  if (hyphen) {
    const from = parseBound(hyphen[1]!);
    const to = parseBound(hyphen[2]!);
    if (!from || !to) throw invalid(source, whole);
    return {
      comparators: [...comparatorsFor('>=', from), ...comparatorsFor('<=', to)],
      prereleaseLines: prereleaseLinesOf([from, to]),
    };
  }
  // Let `>= 1.21` mean `>=1.21`, as semver tools do.
  const tokens = text
    .replace(/(<=|>=|<|>|=|\^|~)\s+/g, '$1')
    .split(/[\s,]+/)
    .filter(Boolean);
  if (tokens.length === 0) throw invalid(source, whole, 'empty comparator set');
  const comparators: Comparator[] = [];
  const bounds: Bound[] = [];
  for (const token of tokens) {
    // `*` bounds nothing; only on its own does it mean anything (with an operator semver reads it oddly).
    if (ANY_VERSION.test(token.replace(BUILD_METADATA, ''))) continue;
    const [, operator, versionText] = OPERATOR.exec(token)!;
    const bound = parseBound(versionText!);
    if (!bound) throw invalid(source, whole, `${JSON.stringify(token)} is not a version comparator`);
    bounds.push(bound);
    comparators.push(...comparatorsFor(operator, bound));
  }
  return { comparators, prereleaseLines: prereleaseLinesOf(bounds) };
}

// YAML reads an unquoted 1.20 as the number 1.2, and the runner hands the action "1.2".
function lostZeroWarning(text: string, source: string): string | undefined {
  const match = /^1\.([1-9])$/.exec(text);
  if (!match) return undefined;
  const intended = `1.${match[1]}0`;
  return (
    `${source}: ${text} is probably ${intended} written unquoted in YAML (which reads ${intended} as the number ${text}); ` +
    `quote it: '${intended}'. Go ${text} is over a decade old.`
  );
}

/**
 * Parses a version spec; `source` names where it came from (`input go-version`, `go.mod:3`) and
 * starts every error and warning. Throws for text that is no spec; empty text is an error too.
 * `fromYaml` (default true) enables the warning for `1.2`-style values that lost a zero in YAML;
 * version files pass false.
 */
export function parseVersionSpec(
  text: string,
  source: string,
  { fromYaml = true }: { fromYaml?: boolean } = {},
): { spec: VersionSpec; warnings: string[] } {
  const trimmed = text.trim();
  if (trimmed === '') throw invalid(source, text, 'empty');
  const warnings: string[] = [];
  const lostZero = fromYaml ? lostZeroWarning(trimmed, source) : undefined;
  if (lostZero) warnings.push(lostZero);

  const keyword = trimmed.toLowerCase();
  if (keyword === 'stable' || keyword === 'latest') return { spec: { kind: 'stable' }, warnings };
  if (keyword === 'oldstable') return { spec: { kind: 'oldstable' }, warnings };

  const single = parseBound(trimmed);
  if (single?.includePrerelease) {
    throw invalid(
      source,
      text,
      `${LOWEST_PRERELEASE} admits pre-releases to a range; give it an operator (>=${trimmed}) or name the release`,
    );
  }
  if (single && 'full' in single) return { spec: { kind: 'exact', version: single.full }, warnings };
  if (single && single.partial.minor !== undefined) {
    return { spec: { kind: 'minor', major: single.partial.major, minor: single.partial.minor }, warnings };
  }

  const sets = trimmed.split('||').map((set) => parseComparatorSet(set.trim(), source, text));
  return { spec: { kind: 'range', text: trimmed, sets }, warnings };
}

function satisfiesComparator(version: GoVersion, { operator, bound }: Comparator): boolean {
  const order = compareGoVersions(version, bound);
  switch (operator) {
    case '<':
      return order < 0;
    case '<=':
      return order <= 0;
    case '>':
      return order > 0;
    case '>=':
      return order >= 0;
  }
}

function satisfiesSet(version: GoVersion, set: ComparatorSet): boolean {
  if (version.pre !== undefined && !set.prereleaseLines.includes(languageVersion(version))) return false;
  return set.comparators.every((comparator) => satisfiesComparator(version, comparator));
}

function sameLine(a: GoVersion, b: GoVersion): boolean {
  return a.major === b.major && a.minor === b.minor;
}

/** A release name read as a release, or undefined for language versions (`1.21`) and garbage. */
function asRelease(name: string): GoVersion | undefined {
  const version = releaseVersion(name);
  return version && (version.patch !== undefined || version.pre !== undefined) ? version : undefined;
}

function matches(spec: VersionSpec, version: GoVersion): boolean {
  switch (spec.kind) {
    case 'exact':
      return compareGoVersions(version, spec.version) === 0;
    case 'minor':
      return version.pre === undefined && version.major === spec.major && version.minor === spec.minor;
    case 'range':
      return spec.sets.some((set) => satisfiesSet(version, set));
    case 'minimum':
      return (
        sameLine(version, spec.version) &&
        (version.pre === undefined || spec.version.pre !== undefined) &&
        compareGoVersions(version, spec.version) >= 0
      );
    case 'stable':
    case 'oldstable':
      return false;
  }
}

/**
 * Whether an installed release (a tool-cache version, `go version` output) meets the spec without
 * consulting the release index. `stable` and `oldstable` never do: which release they mean is
 * only known from the index. Language versions (`1.21`) are not releases and never satisfy.
 */
export function satisfiesVersionSpec(spec: VersionSpec, version: string): boolean {
  const release = asRelease(version);
  return release !== undefined && matches(spec, release);
}

function newest(versions: GoVersion[]): GoVersion | undefined {
  return versions.reduce<GoVersion | undefined>((best, v) => (best === undefined || compareGoVersions(v, best) > 0 ? v : best), undefined);
}

/**
 * The newest release meeting the spec, in canonical form (`1.22.5`; `go1.20` comes back as
 * `1.20.0`). To find the matching entry again, compare with compareGoVersions(...) === 0, which
 * treats `1.20` and `1.20.0` as equal. `stable` is the newest stable release; `oldstable` the
 * newest stable release of the newest line older than stable's. Undefined when nothing matches.
 */
export function resolveVersionSpec(spec: VersionSpec, releases: Release[]): string | undefined {
  const known = releases.flatMap((r) => {
    const version = asRelease(r.version);
    return version ? [{ version, stable: r.stable && version.pre === undefined }] : [];
  });
  let chosen: GoVersion | undefined;
  if (spec.kind === 'stable' || spec.kind === 'oldstable') {
    const stable = known.filter((r) => r.stable).map((r) => r.version);
    chosen = newest(stable);
    if (chosen && spec.kind === 'oldstable') {
      const current = chosen;
      chosen = newest(stable.filter((v) => compareGoVersions(v, lineStart(current.major, current.minor)) < 0));
    }
  } else {
    chosen = newest(known.map((r) => r.version).filter((v) => matches(spec, v)));
  }
  return chosen && formatGoVersion(chosen);
}

function describeBound(v: GoVersion): string {
  // Line starts are synthetic; show them as the language version of the line they open.
  const isLineStart = v.pre?.kind === 'alpha' && v.pre.number === 0 && v.patch === undefined;
  return isLineStart ? languageVersion(v) : formatGoVersion(v);
}

/** A phrase for messages: `Go 1.22.5`, `the newest Go 1.22.x release`, ... */
export function describeVersionSpec(spec: VersionSpec): string {
  switch (spec.kind) {
    case 'exact':
      return `Go ${formatGoVersion(spec.version)}`;
    case 'minor':
      return `the newest Go ${spec.major}.${spec.minor}.x release`;
    case 'range': {
      const sets = spec.sets.map((set) => set.comparators.map((c) => `${c.operator}${describeBound(c.bound)}`).join(' '));
      return `the newest Go release matching ${JSON.stringify(spec.text)} (${sets.join(' or ')})`;
    }
    case 'stable':
      return 'the newest stable Go release';
    case 'oldstable':
      return 'the newest release of the Go line before the newest stable one';
    case 'minimum':
      return `the newest Go ${languageVersion(spec.version)}.x release at or above ${formatGoVersion(spec.version)}`;
  }
}

/**
 * The `count` newest stable releases, newest first, whatever order the list came in: a proxy's
 * `@v/list` has none, and its first entries are the oldest releases.
 */
export function newestStableReleases(releases: Release[], count: number): string[] {
  return releases
    .filter((release) => release.stable)
    .sort((a, b) => compareGoVersions(releaseVersion(b.version) ?? b.version, releaseVersion(a.version) ?? a.version))
    .slice(0, count)
    .map((release) => release.version);
}

/**
 * The oldest Go line this action works with. Setup reads the installed Go's own settings with
 * `go env -json NAME...` (src/env/go-env.ts), which Go 1.9 introduced (golang/go#12567); an older
 * go fails there, after the download and after the tool cache took it. The rest asks little of go:
 * `go version` and `go env GOOS GOARCH` run on every release, and with Go 1.9 the build cache
 * (GOCACHE, Go 1.10) and the module cache (Go 1.11) stay empty rather than fail.
 */
export const OLDEST_SUPPORTED = lineStart(1, 9);

/** Whether a comparator set admits some release at or above OLDEST_SUPPORTED. */
function admitsSupported(set: ComparatorSet): boolean {
  return set.comparators.every(({ operator, bound }) => {
    const order = compareGoVersions(bound, OLDEST_SUPPORTED);
    return operator === '<' ? order > 0 : operator === '<=' ? order >= 0 : true;
  });
}

function onlyUnsupported(spec: VersionSpec): boolean {
  switch (spec.kind) {
    case 'exact':
    case 'minimum':
      return compareGoVersions(spec.version, OLDEST_SUPPORTED) < 0;
    case 'minor':
      return compareGoVersions(lineStart(spec.major, spec.minor), OLDEST_SUPPORTED) < 0;
    case 'range':
      return !spec.sets.some(admitsSupported);
    case 'stable':
    case 'oldstable':
      return false;
  }
}

/**
 * Throws when the spec admits only releases older than OLDEST_SUPPORTED, before anything is
 * downloaded. `text` is the spec as written; `fromYaml` (default true) adds the lost-zero hint: an
 * unquoted `1.20` reaches the action as `1.2`.
 */
export function refuseUnsupportedSpec(
  spec: VersionSpec,
  source: string,
  text: string,
  { fromYaml = true }: { fromYaml?: boolean } = {},
): void {
  if (!onlyUnsupported(spec)) return;
  const trimmed = text.trim();
  const oldest = languageVersion(OLDEST_SUPPORTED);
  const lostZero = fromYaml ? /^1\.([1-9])$/.exec(trimmed) : null;
  const advice = lostZero
    ? `did you mean '1.${lostZero[1]}0'? (YAML reads an unquoted 1.${lostZero[1]}0 as ${trimmed})`
    : `ask for Go ${oldest} or newer`;
  throw new Error(`${source}: ${trimmed} is older than Go ${oldest}, the oldest this action supports; ${advice}`);
}
