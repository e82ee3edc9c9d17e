// Naming of the golang.org/toolchain module: its versions, its zip entries, and how they map to a GOROOT.
// Pure: no I/O.
import type { ZipNaming } from '../../../sumdb/tree-hash';
import { parseGoVersion, releaseVersion, type GoVersion } from '../../../version/goversion';

export const TOOLCHAIN_MODULE = 'golang.org/toolchain';
/** Go's limit for a module zip, compressed and uncompressed (golang.org/x/mod/zip MaxZipFile). */
export const MAX_MODULE_ZIP_BYTES = 500 << 20;
/** Where GOPROXY=direct leads for this module: the Go project serves the proxy protocol itself. */
export const TOOLCHAIN_ORIGIN = 'https://go.dev/dl/mod';
/** Top-level folders of a go.dev archive that the module zip leaves out. */
const DROPPED_TOP_LEVEL = new Set(['api', 'doc', 'misc', 'test']);

/** The module's name for an architecture: 32-bit ARM is `arm`, not go.dev's `armv6l`. */
export function moduleArch(goarch: string): string {
  return goarch === 'armv6l' ? 'arm' : goarch;
}

/** Release name as Go spells it: `go1.22.5`, `go1.21rc2`, and before 1.21 `go1.20` for 1.20.0. */
export function goReleaseName(version: string): string {
  const parsed = releaseVersion(version);
  if (parsed === undefined) throw new Error(`not a Go release: ${version}`);
  const before121 = parsed.major === 1 && parsed.minor < 21;
  const patch = parsed.patch === undefined || (before121 && parsed.patch === 0 && parsed.pre === undefined) ? '' : `.${parsed.patch}`;
  const pre = parsed.pre === undefined ? '' : `${parsed.pre.kind}${parsed.pre.number}`;
  const minor = parsed.major === 1 && parsed.minor === 0 && patch === '' && pre === '' ? '' : `.${parsed.minor}`;
  return `go${parsed.major}${minor}${patch}${pre}`;
}

/** `v0.0.1-go1.22.5.linux-amd64` */
export function toolchainModuleVersion(version: string, goos: string, goarch: string): string {
  return `v0.0.1-${goReleaseName(version)}.${goos}-${moduleArch(goarch)}`;
}

export interface ToolchainListing {
  release: GoVersion;
  /** The release name as listed, `go1.20`. */
  name: string;
  goos: string;
  goarch: string;
}

/** A module version as the proxy protocol has them: semver with a `v`. */
const MODULE_VERSION = /^v(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/u;

/**
 * The versions of an `@v/list` answer (`source` names it in errors). Every line must start with a
 * module version, as go reads them: anything else means the answer is not a version list (an
 * HTML page, a path) and nothing from it is used.
 */
export function parseVersionList(text: string, source: string): string[] {
  const versions: string[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    const version = line.trim().split(/[ \t]+/u)[0] ?? '';
    if (version === '') continue;
    if (!MODULE_VERSION.test(version)) {
      const html = /^\s*</u.test(text) ? ' (an HTML page?)' : '';
      throw new Error(
        `${source} is not a version list: line ${index + 1} is ${JSON.stringify(line.trim().slice(0, 200))}, not a module version${html}`,
      );
    }
    versions.push(version);
  }
  return versions;
}

/** Reads one `@v/list` line; undefined for versions that are not toolchains. */
export function parseToolchainModuleVersion(moduleVersion: string): ToolchainListing | undefined {
  const match = /^v0\.0\.1-(go[0-9a-z.]+)\.([a-z0-9]+)-([a-z0-9]+)$/u.exec(moduleVersion);
  if (!match) return undefined;
  const [, name, goos, goarch] = match as unknown as [string, string, string, string];
  const release = releaseVersion(name);
  if (release === undefined || parseGoVersion(name) === undefined) return undefined;
  return { release, name, goos, goarch };
}

/** The prefix every entry of the module zip carries: `golang.org/toolchain@<v>/`. */
export function zipPrefix(moduleVersion: string): string {
  return `${TOOLCHAIN_MODULE}@${moduleVersion}/`;
}

/**
 * Path inside GOROOT for a zip entry name (already stripped of the prefix): every `_go.mod`
 * becomes `go.mod` again, because module zips may not contain nested modules.
 */
export function goRootPathForZipEntry(relative: string): string {
  return relative
    .split('/')
    .map((part, index, parts) => (index === parts.length - 1 && part === '_go.mod' ? 'go.mod' : part))
    .join('/');
}

/**
 * How the module zip names the files of an installed GOROOT (the reverse of goRootPathForZipEntry):
 * under the module prefix, every `go.mod` as `_go.mod`, and `api/`, `doc/`, `misc/`, `test/` left out.
 */
export function goRootZipNaming(moduleVersion: string): ZipNaming {
  return {
    prefix: zipPrefix(moduleVersion),
    leftOut: DROPPED_TOP_LEVEL,
    fileName: (name) => (name === 'go.mod' ? '_go.mod' : name),
  };
}

/** Files go marks executable after unzipping a toolchain (back-filled zips carry no modes). */
export function isToolchainExecutable(relative: string): boolean {
  return relative.startsWith('bin/') || relative.startsWith('pkg/tool/');
}
