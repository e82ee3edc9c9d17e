// What a version spec means for drift, without a release list: the lowest release it admits,
// the line it installs, whether it reaches a given release. Built on the version grammar in
// src/version (the spec module answers "does this release match", not these bounds). Pure.
import { compareGoVersions, languageVersion, type GoVersion } from '../version/goversion';
import type { ComparatorSet, VersionSpec } from '../version/spec';

/** The first release of a line: `1.22.0` (written `1.20` before Go 1.21, which orders the same). */
function firstRelease(major: number, minor: number): GoVersion {
  return { major, minor, patch: 0 };
}

/** The spec module bounds whole lines with a synthetic `X.Yalpha0`; read it as the line's first release. */
function asRelease(bound: GoVersion, set: ComparatorSet): GoVersion {
  const synthetic = bound.pre?.kind === 'alpha' && bound.pre.number === 0 && bound.patch === undefined;
  if (synthetic && !set.prereleaseLines.includes(languageVersion(bound))) return firstRelease(bound.major, bound.minor);
  if (bound.patch === undefined && bound.pre === undefined) return firstRelease(bound.major, bound.minor);
  return bound;
}

function lowestOfSet(set: ComparatorSet): GoVersion {
  const lower = set.comparators.filter((c) => c.operator === '>=' || c.operator === '>').map((c) => asRelease(c.bound, set));
  return lower.reduce((best, v) => (compareGoVersions(v, best) > 0 ? v : best), firstRelease(1, 0));
}

/**
 * The lowest release a spec admits (`1.22.x` -> 1.22.0, `>=1.21.3` -> 1.21.3, `<1.23` -> 1.0.0);
 * undefined for stable/oldstable, which only a release list can answer.
 */
export function lowestAdmitted(spec: VersionSpec): GoVersion | undefined {
  switch (spec.kind) {
    case 'exact':
    case 'minimum':
      return spec.version.patch === undefined && spec.version.pre === undefined ? firstRelease(spec.version.major, spec.version.minor) : spec.version;
    case 'minor':
      return firstRelease(spec.major, spec.minor);
    case 'range':
      return spec.sets.map(lowestOfSet).reduce<GoVersion | undefined>((best, v) => (best === undefined || compareGoVersions(v, best) < 0 ? v : best), undefined);
    case 'stable':
    case 'oldstable':
      return undefined;
  }
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
      return lines.reduce((best, line) => (best === undefined || compareGoVersions(line!, best) > 0 ? line : best), undefined as string | undefined);
    }
    case 'stable':
    case 'oldstable':
      return undefined;
  }
}

function highestLineOfSet(set: ComparatorSet): string | undefined {
  const uppers = set.comparators.filter((c) => c.operator === '<' || c.operator === '<=');
  if (uppers.length === 0) return undefined;
  const lines = uppers.map(({ operator, bound }) => {
    // `<1.23` (a synthetic 1.23alpha0, or a bare 1.23.0) ends with the 1.22 line.
    const endsBefore = operator === '<' && (bound.patch === undefined || bound.patch === 0) && (bound.pre === undefined || bound.pre.kind === 'alpha');
    return endsBefore ? `${bound.major}.${bound.minor - 1}` : languageVersion(bound);
  });
  return lines.reduce((best, line) => (compareGoVersions(line, best) < 0 ? line : best));
}
