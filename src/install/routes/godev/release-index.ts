// The go.dev release index (?mode=json&include=all): parsing and picking the archive for a platform.
// Pure.
import { formatGoVersion, releaseVersion } from '../../../version/goversion';
import type { Release } from '../../../version/spec';

export interface ReleaseFile {
  filename: string;
  os: string;
  arch: string;
  /** Canonical version without the go prefix, like 1.22.5. */
  version: string;
  sha256: string;
  size: number;
  kind: string;
}

export interface IndexedRelease extends Release {
  /** The release as the index names it (`go1.22.5`), which its archives' names start with. */
  name: string;
  /** Where the index came from, for messages. */
  origin: string;
  files: ReleaseFile[];
}

/** Parses the index JSON; `origin` names the source in error messages. */
export function parseReleaseIndex(text: string, origin: string): IndexedRelease[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new Error(`release index from ${origin} is not JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(raw)) throw new Error(`release index from ${origin} is not a JSON array`);
  const releases: IndexedRelease[] = [];
  for (const entry of raw as Array<Record<string, unknown>>) {
    const parsed = typeof entry?.version === 'string' ? releaseVersion(entry.version) : undefined;
    if (!parsed) continue;
    const version = formatGoVersion(parsed);
    const files = Array.isArray(entry.files) ? (entry.files as Array<Record<string, unknown>>) : [];
    releases.push({
      name: entry.version as string,
      origin,
      version,
      stable: entry.stable === true,
      files: files
        .filter((file) => typeof file.filename === 'string')
        .map((file) => ({
          filename: String(file.filename),
          os: String(file.os ?? ''),
          arch: String(file.arch ?? ''),
          version,
          sha256: String(file.sha256 ?? '').toLowerCase(),
          size: Number(file.size ?? 0),
          kind: String(file.kind ?? ''),
        })),
    });
  }
  if (releases.length === 0) throw new Error(`release index from ${origin} lists no Go releases`);
  return releases;
}

const ARCHIVE_EXTENSIONS = ['tar.gz', 'zip'];

/**
 * The binary archive of a release for one platform (tar.gz, or zip on Windows). Its name becomes a
 * URL and a file name, so it must be exactly `<release>.<os>-<arch>.<tar.gz|zip>`: anything else
 * (a path, another release's or platform's name, a control character) is refused.
 */
export function pickArchive(release: IndexedRelease, goos: string, arch: string): ReleaseFile | undefined {
  const candidates = release.files.filter((file) => file.kind === 'archive' && file.os === goos && file.arch === arch);
  const plain = /^go[0-9a-z.]+$/.test(release.name)
    ? ARCHIVE_EXTENSIONS.map((extension) => `${release.name}.${goos}-${arch}.${extension}`)
    : [];
  for (const file of candidates) {
    if (!plain.includes(file.filename)) {
      throw new Error(
        `release index from ${release.origin} lists ${JSON.stringify(file.filename)} as the ${goos}-${arch} archive of ${JSON.stringify(release.name)}: not a plain file name of the form go<version>.<os>-<arch>.(tar.gz|zip); refusing it`,
      );
    }
  }
  return candidates[0];
}

/**
 * Splits an index into the releases a runner can install (an archive for its OS/arch) and the
 * rest, so that a spec resolves to the newest release that can actually be installed.
 */
export function partitionByArchive(
  releases: IndexedRelease[],
  goos: string,
  arch: string,
): { installable: IndexedRelease[]; withoutArchive: IndexedRelease[] } {
  const installable: IndexedRelease[] = [];
  const withoutArchive: IndexedRelease[] = [];
  for (const release of releases) (pickArchive(release, goos, arch) ? installable : withoutArchive).push(release);
  return { installable, withoutArchive };
}
