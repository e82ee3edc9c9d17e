// What a version spec means for drift, without a release list: whether the newest release it
// admits reaches a given release, the line it installs, what it installs at most (in words), and
// the oldest line stable/oldstable can mean on a given day. Built on the version grammar in
// src/version (the spec module answers "does this release match", not these bounds). Pure.
import { compareGoVersions, formatGoVersion, languageVersion, type GoVersion } from '../version/goversion';
import type { ComparatorSet, VersionSpec } from '../version/spec';

/** The first release of a line: `1.22.0` (written `1.20` before Go 1.21, which orders the same). */
function firstRelease(major: number, minor: number): GoVersion {
  return { major, minor, patch: 0 };
}

/** The spec module bounds whole lines with a synthetic `X.Yalpha0`; read it as the line's first release. */
function asRelease(bound: GoVersion, set: ComparatorSet): GoVersion {
  if (isLineStart(bound) && !set.prereleaseLines.includes(languageVersion(bound))) return firstRelease(bound.major, bound.minor);
  if (bound.patch === undefined && bound.pre === undefined) return firstRelease(bound.major, bound.minor);
  return bound;
}

function lowestOfSet(set: ComparatorSet): GoVersion {
  const lower = set.comparators.filter((c) => c.operator === '>=' || c.operator === '>').map((c) => asRelease(c.bound, set));
  return lower.reduce((best, v) => (compareGoVersions(v, best) > 0 ? v : best), firstRelease(1, 0));
}

function admitsAtOrAbove(set: ComparatorSet, version: GoVersion): boolean {
  const lowest = lowestOfSet(set);
  const candidate = compareGoVersions(version, lowest) > 0 ? version : lowest;
  return set.comparators.every((c) => {
    const order = compareGoVersions(candidate, c.bound);
    if (c.operator === '<') return order < 0;
    if (c.operator === '<=') return order <= 0;
    return true;
  });
}

/** Whether the spec can install `version` or something newer (`1.22.x` reaches 1.22.9; `1.22.1` does not). */
export function reachesAtLeast(spec: VersionSpec, version: GoVersion): boolean | undefined {
  switch (spec.kind) {
    case 'exact':
      return compareGoVersions(spec.version, version) >= 0;
    case 'minor':
      return spec.major > version.major || (spec.major === version.major && spec.minor >= version.minor);
    case 'minimum':
      return spec.version.major > version.major || (spec.version.major === version.major && spec.version.minor >= version.minor);
    case 'range':
      return spec.sets.some((set) => admitsAtOrAbove(set, version));
    case 'stable':
    case 'oldstable':
      return undefined;
  }
}

/**
 * The language version a spec installs (setup-go takes the newest match): `1.22.x` -> 1.22,
 * `>=1.21 <1.23` -> 1.22; undefined when only the release list could tell (open ranges, stable).
 */
export function installedLine(spec: VersionSpec): string | undefined {
  switch (spec.kind) {
    case 'exact':
    case 'minimum':
      return languageVersion(spec.version);
    case 'minor':
      return `${spec.major}.${spec.minor}`;
    case 'range': {
      const lines = spec.sets.map(highestLineOfSet);
      if (lines.some((line) => line === undefined)) return undefined;
      return lines.reduce(
        (best, line) => (best === undefined || compareGoVersions(line!, best) > 0 ? line : best),
        undefined as string | undefined,
      );
    }
    case 'stable':
    case 'oldstable':
      return undefined;
  }
}

/** The newest line a set admits; undefined when it runs to the end of a major version (`^1`, `<2`). */
function highestLineOfSet(set: ComparatorSet): string | undefined {
  const uppers = set.comparators.filter((c) => c.operator === '<' || c.operator === '<=');
  if (uppers.length === 0) return undefined;
  const lines = uppers.map(({ operator, bound }) => {
    // `<1.23` (a synthetic 1.23alpha0, or a bare 1.23.0) ends with the 1.22 line; `<2` with all of 1.x.
    const endsBefore =
      operator === '<' && (bound.patch === undefined || bound.patch === 0) && (bound.pre === undefined || bound.pre.kind === 'alpha');
    if (!endsBefore) return languageVersion(bound);
    return bound.minor > 0 ? `${bound.major}.${bound.minor - 1}` : undefined;
  });
  // The lowest ceiling wins; one at the end of a major bounds nothing a line ceiling does not.
  const bounded = lines.filter((line): line is string => line !== undefined);
  return bounded.length === 0 ? undefined : bounded.reduce((best, line) => (compareGoVersions(line, best) < 0 ? line : best));
}

/**
 * What a spec installs at most, for messages: `Go 1.22.1`, `the newest Go 1.24.x`, `the newest Go
 * release below 1.25`. setup-go installs the newest release a spec admits.
 */
export function describeCeiling(spec: VersionSpec): string {
  switch (spec.kind) {
    case 'exact':
      return `Go ${formatGoVersion(spec.version)}`;
    case 'minor':
      return `the newest Go ${spec.major}.${spec.minor}.x`;
    case 'minimum':
      return `the newest Go ${languageVersion(spec.version)}.x`;
    case 'range': {
      const uppers = spec.sets.flatMap((set) => set.comparators.filter((c) => c.operator === '<' || c.operator === '<='));
      const line = installedLine(spec);
      if (line && uppers.every((c) => isLineStart(c.bound))) return `the newest Go ${line}.x`;
      const ceilings = uppers.map((c) => `${c.operator === '<' ? 'below' : 'up to'} ${describeBound(c.bound)}`);
      return ceilings.length > 0 ? `the newest Go release ${ceilings.join(' or ')}` : 'the newest Go release';
    }
    case 'stable':
      return 'the newest stable Go';
    case 'oldstable':
      return 'the newest Go of the line before the newest stable one';
  }
}

/** The spec module's synthetic `X.Yalpha0` that bounds whole lines. */
function isLineStart(bound: GoVersion): boolean {
  return bound.pre?.kind === 'alpha' && bound.pre.number === 0 && bound.patch === undefined;
}

function describeBound(bound: GoVersion): string {
  return isLineStart(bound) ? languageVersion(bound) : formatGoVersion(bound);
}

// Go ships a new line every February and August (Go 1.21 in August 2023); counting a line from the
// first day of the month after, this is the oldest line `stable` can mean on a given day.
const CALENDAR_START = { year: 2023, month: 8 /* September, 0-based */, line: 21 };

/** The oldest Go line `stable` (or, one line older, `oldstable`) resolves to on `today`. */
export function channelFloor(channel: 'stable' | 'oldstable', today: Date): string {
  const months = (today.getUTCFullYear() - CALENDAR_START.year) * 12 + today.getUTCMonth() - CALENDAR_START.month;
  const stable = CALENDAR_START.line + Math.max(0, Math.floor(months / 6));
  return `1.${channel === 'stable' ? stable : stable - 1}`;
}
