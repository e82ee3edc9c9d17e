// Which Go really runs in a CI job. Since Go 1.21 the go command switches to a newer toolchain
// when go.mod asks for one, unless GOTOOLCHAIN=local: a job that installs 1.22 under `go 1.24` fails
// with GOTOOLCHAIN=local and passes, on go1.24.0, without it. Who sets GOTOOLCHAIN: the installer
// (a small table of the ones known here) unless an env level says otherwise. Pure.
import { compareGoVersions, formatGoVersion, parseGoVersion, type GoVersion } from '../version/goversion';
import type { VersionSpec } from '../version/spec';
import { reachesAtLeast } from './spec-bounds';
import type { BuildScope } from './modules';

export type ToolchainMode =
  /** The installed Go runs, whatever go.mod asks for. */
  | { kind: 'local'; why: string }
  /** Go switches to the toolchain go.mod asks for when it is newer (at least `floor`, for `go1.X.Y+auto`). */
  | { kind: 'switch'; why: string; floor?: GoVersion }
  /** This release runs (`GOTOOLCHAIN=go1.24.0`). */
  | { kind: 'forced'; release: GoVersion; why: string }
  | { kind: 'unknown'; why: string };

const ENFORCED_SINCE: GoVersion = { major: 1, minor: 21, patch: 0 };
/** actions/setup-go exports GOTOOLCHAIN=local from v6.0.0 (2025-08-29); v5 and older leave Go's default, auto. */
const SETUP_GO_LOCAL_SINCE = 6;
const ACTION_REF = /^([^\s/@]+)\/([^\s/@]+)@(\S+)$/;
const MAJOR_TAG = /^v?([0-9]+)(?:\.[0-9]+){0,2}$/;
const COMMIT = /^[0-9a-f]{40}$/i;
/** `# v5.4.0` after a SHA: the tag Dependabot and pinning tools write beside it. */
const VERSION_COMMENT = /#\s*(v?[0-9]+(?:\.[0-9]+){0,2})\b/;

/**
 * What an installer leaves GOTOOLCHAIN at when no env level sets it. `line` is the source line of
 * the `uses:`, whose comment names the tag a commit SHA stands for.
 */
export function installerMode(uses: string, line: string): ToolchainMode {
  const match = ACTION_REF.exec(uses);
  const [, owner = '', name = '', ref = ''] = match ?? [];
  if (name === 'setup-go-golden') return { kind: 'local', why: `${owner}/${name} sets GOTOOLCHAIN=local` };
  if (owner.toLowerCase() !== 'actions' || name !== 'setup-go') {
    return { kind: 'unknown', why: `${uses} is not an installer the check knows, so it cannot tell whether Go switches toolchains` };
  }
  const tag = COMMIT.test(ref) ? VERSION_COMMENT.exec(line.slice(line.indexOf(ref) + ref.length))?.[1] : ref;
  const major = tag === undefined ? undefined : MAJOR_TAG.exec(tag)?.[1];
  if (major === undefined) {
    const named = COMMIT.test(ref) ? 'a commit without a `# vX.Y.Z` comment' : `${ref}, not a release tag`;
    return { kind: 'unknown', why: `${uses} names ${named}, so the check cannot tell whether Go switches toolchains` };
  }
  return Number(major) >= SETUP_GO_LOCAL_SINCE
    ? { kind: 'local', why: `actions/setup-go v${major} sets GOTOOLCHAIN=local` }
    : { kind: 'switch', why: `actions/setup-go v${major} leaves GOTOOLCHAIN=auto` };
}

/** The official golang images set ENV GOTOOLCHAIN=local. */
export const GOLANG_IMAGE_MODE: ToolchainMode = { kind: 'local', why: 'the golang image sets GOTOOLCHAIN=local' };

/** A GOTOOLCHAIN value (`where` says who set it, for messages); empty means unset. */
export function gotoolchainMode(value: string, where: string): ToolchainMode | undefined {
  const text = value.trim();
  if (text === '') return undefined;
  const why = `GOTOOLCHAIN=${text} comes from ${where}`;
  if (text === 'local') return { kind: 'local', why };
  if (/^(?:local\+)?(?:auto|path)$/.test(text)) return { kind: 'switch', why };
  const switching = /^go(\S+)\+(?:auto|path)$/.exec(text);
  const floor = switching ? parseGoVersion(switching[1]!) : undefined;
  if (floor) return { kind: 'switch', why, floor };
  const forced = text.startsWith('go') ? parseGoVersion(text.slice(2)) : undefined;
  if (forced && !switching) return { kind: 'forced', release: forced, why };
  return { kind: 'unknown', why: `${why}, a value the check cannot read` };
}

/** The Go that runs for a pin: as pinned, another release (a switch or a forced one), or unknown. */
export type GoThatRuns = { kind: 'as-pinned' } | { kind: 'other'; release: GoVersion; why: string } | { kind: 'unknown'; why: string };

/** A go line as the release Go switches to: `1.24` -> 1.24.0. */
function asRelease(version: GoVersion): GoVersion {
  return version.patch === undefined && version.pre === undefined ? { ...version, patch: 0 } : version;
}

function newest(versions: GoVersion[]): GoVersion | undefined {
  return versions.reduce<GoVersion | undefined>((best, v) => (best === undefined || compareGoVersions(v, best) > 0 ? v : best), undefined);
}

export function goThatRuns(spec: VersionSpec, mode: ToolchainMode | undefined, scope: BuildScope): GoThatRuns {
  // Go before 1.21 knows no GOTOOLCHAIN; stable and oldstable are judged from the calendar.
  if (!mode || mode.kind === 'local' || reachesAtLeast(spec, ENFORCED_SINCE) !== true) return { kind: 'as-pinned' };
  if (mode.kind === 'unknown') return { kind: 'unknown', why: mode.why };
  if (mode.kind === 'forced') return { kind: 'other', release: mode.release, why: mode.why };
  const asked = newest([
    ...(scope.minimum ? [asRelease(scope.minimum.version)] : []),
    ...scope.modules.flatMap((module) => (module.toolchain ? [module.toolchain.version] : [])),
    ...(mode.floor ? [asRelease(mode.floor)] : []),
  ]);
  if (!asked || reachesAtLeast(spec, asked) !== false) return { kind: 'as-pinned' };
  return { kind: 'other', release: asked, why: `Go switches toolchains since ${mode.why}` };
}

export function releaseName(version: GoVersion): string {
  return `go${formatGoVersion(version)}`;
}
