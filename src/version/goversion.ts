// Go version syntax and ordering with the semantics of Go's own go/version package, plus the
// naming conventions around it (release names, actions/setup-go tool-cache directories).
// Pure: no I/O, no @actions/*.

export type PrereleaseKind = 'alpha' | 'beta' | 'rc';

export interface GoVersion {
  major: number;
  minor: number;
  /** Absent for a language version (`1.22`) or a first-release pre-release (`1.21rc1`). */
  patch?: number;
  pre?: { kind: PrereleaseKind; number: number };
}

// Decimal numbers without leading zeros, as Go's version parser requires.
const NUMBER = '(0|[1-9][0-9]*)';
const GO_VERSION = new RegExp(`^(?:go|v)?${NUMBER}(?:\\.${NUMBER}(?:\\.${NUMBER})?(?:(alpha|beta|rc)${NUMBER})?)?$`);

// Go 1.21 changed release naming: before it, the first release of a line was `go1.20` (meaning
// 1.20.0) and a few patch releases had their own candidates (`go1.9.2rc2`); from 1.21 on the
// first release is `go1.21.0` and `go1.21` names only the language version. go/version applies
// the rule by minor alone, whatever the major: `2.0` is 2.0.0, `2.21` is a language version.
const FIRST_DOT_ZERO_MINOR = 21;

function predatesDotZeroNaming(minor: number): boolean {
  return minor < FIRST_DOT_ZERO_MINOR;
}

/**
 * Parses a Go version as written, with an optional `go` or `v` prefix: `1.22.5`, `go1.21rc1`,
 * `v1.22`, `go1` (read as 1.0). Pre-releases of a patch release (`1.9.2rc2`) are accepted only
 * before Go 1.21, the only place they ever existed. Returns undefined for anything else
 * (`1.22.x`, `1.022`, `1.-1`, `1.21.3rc1`, surrounding whitespace).
 * The result keeps what was written: `1.20` has no patch here; see releaseVersion.
 */
export function parseGoVersion(text: string): GoVersion | undefined {
  const match = GO_VERSION.exec(text);
  if (!match) return undefined;
  const [, majorText, minorText, patchText, kind, preText] = match;
  const version: GoVersion = { major: Number(majorText), minor: minorText === undefined ? 0 : Number(minorText) };
  if (patchText !== undefined) version.patch = Number(patchText);
  if (kind !== undefined) {
    if (version.patch !== undefined && !predatesDotZeroNaming(version.minor)) return undefined;
    version.pre = { kind: kind as PrereleaseKind, number: Number(preText) };
  }
  if (![version.major, version.minor, version.patch ?? 0, version.pre?.number ?? 0].every(Number.isSafeInteger)) {
    return undefined;
  }
  return version;
}

function asGoVersion(value: string | GoVersion): GoVersion | undefined {
  return typeof value === 'string' ? parseGoVersion(value) : value;
}

const KIND_ORDER: Record<PrereleaseKind, number> = { alpha: 0, beta: 1, rc: 2 };

/**
 * The patch that takes part in ordering. As in go/version, a missing patch before Go 1.21 means
 * `.0` (`1.20` = `1.20.0`, `1` = `1.0.0`) unless the version is a pre-release (`1.20rc1` < `1.20`);
 * from Go 1.21 on a missing patch sorts before every release of that line.
 */
function orderingPatch(v: GoVersion): number {
  if (v.patch !== undefined) return v.patch;
  return predatesDotZeroNaming(v.minor) && v.pre === undefined ? 0 : -1;
}

function compareParsed(a: GoVersion, b: GoVersion): number {
  const byNumber = a.major - b.major || a.minor - b.minor || orderingPatch(a) - orderingPatch(b);
  if (byNumber !== 0) return Math.sign(byNumber);
  if (a.pre === undefined && b.pre === undefined) return 0;
  // Same numbers, at least one pre-release. Without a patch (`1.21` vs `1.21rc1`) the language
  // version comes first, as in go/version; with a patch (`1.9.2rc2` vs `1.9.2`) the candidate
  // precedes its release, as everywhere else.
  const bareFirst = orderingPatch(a) < 0 ? -1 : 1;
  if (a.pre === undefined) return bareFirst;
  if (b.pre === undefined) return -bareFirst;
  return Math.sign(KIND_ORDER[a.pre.kind] - KIND_ORDER[b.pre.kind] || a.pre.number - b.pre.number);
}

/**
 * Orders Go versions like go/version.Compare: `1.21 < 1.21rc1 < 1.21.0 < 1.21.1`,
 * alpha < beta < rc, `1.20 = 1.20.0`, and the pre-1.21 patch candidates `1.9.2rc2 < 1.9.2`.
 * Strings that do not parse sort before every valid version and equal to each other, as in
 * go/version, so a sort never throws; validate with parseGoVersion where that matters.
 */
export function compareGoVersions(a: string | GoVersion, b: string | GoVersion): number {
  const left = asGoVersion(a);
  const right = asGoVersion(b);
  if (left === undefined || right === undefined) return left === right ? 0 : left === undefined ? -1 : 1;
  return compareParsed(left, right);
}

/**
 * Reads a release name (go.dev index `go1.20`, a tool-cache version, `go version` output) as the
 * release it names: before Go 1.21 a missing patch means `.0` (`go1.20` is 1.20.0, `go1` is
 * 1.0.0). From 1.21 on `1.21` is a language version, not a release; it is returned unchanged,
 * with no patch, so the caller can tell.
 */
export function releaseVersion(name: string): GoVersion | undefined {
  const version = parseGoVersion(name);
  if (version && version.patch === undefined && version.pre === undefined && predatesDotZeroNaming(version.minor)) {
    return { ...version, patch: 0 };
  }
  return version;
}

/** Canonical form without prefix: `1.22.5`, `1.21rc2`, `1.9.2rc2`, `1.22`. */
export function formatGoVersion(v: GoVersion): string {
  const patch = v.patch === undefined ? '' : `.${v.patch}`;
  const pre = v.pre === undefined ? '' : `${v.pre.kind}${v.pre.number}`;
  return `${v.major}.${v.minor}${patch}${pre}`;
}

/** The language version (`1.22`) a release belongs to. */
export function languageVersion(v: GoVersion): string {
  return `${v.major}.${v.minor}`;
}

export function isPrerelease(v: GoVersion): boolean {
  return v.pre !== undefined;
}

/**
 * The tool-cache directory name actions/setup-go uses (`go/<semver>/<arch>`): `1.22.5`,
 * `1.21rc2` -> `1.21.0-rc.2`, `1.9.2rc2` -> `1.9.2-rc.2`. A missing patch becomes `.0`, so pass
 * releases (see releaseVersion), not language versions.
 */
export function toSemver(v: GoVersion): string {
  const pre = v.pre === undefined ? '' : `-${v.pre.kind}.${v.pre.number}`;
  return `${v.major}.${v.minor}.${v.patch ?? 0}${pre}`;
}

const SEMVER_DIR = new RegExp(`^${NUMBER}\\.${NUMBER}\\.${NUMBER}(?:-(alpha|beta|rc)\\.${NUMBER})?$`);

/**
 * Inverse of toSemver, for reading an existing tool cache. `X.Y.0-rc.N` is the candidate of the
 * first release (`X.Yrc N`); a candidate with a non-zero patch exists only before Go 1.21.
 * Returns undefined for directory names that are not Go releases.
 */
export function fromSemver(dir: string): GoVersion | undefined {
  const match = SEMVER_DIR.exec(dir);
  if (!match) return undefined;
  const [, majorText, minorText, patchText, kind, preText] = match;
  const major = Number(majorText);
  const minor = Number(minorText);
  const patch = Number(patchText);
  if (kind === undefined) return { major, minor, patch };
  const pre = { kind: kind as PrereleaseKind, number: Number(preText) };
  if (patch === 0) return { major, minor, pre };
  return predatesDotZeroNaming(minor) ? { major, minor, patch, pre } : undefined;
}
