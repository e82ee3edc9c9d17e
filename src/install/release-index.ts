// The go.dev release index (?mode=json&include=all): parsing and picking the archive for a platform.
// Pure.
import { formatGoVersion, releaseVersion } from '../version/goversion';
import type { Release } from '../version/spec';

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

/** The binary archive of a release for one platform (tar.gz, or zip on Windows). */
export function pickArchive(release: IndexedRelease, goos: string, arch: string): ReleaseFile | undefined {
  return release.files.find(
    (file) => file.kind === 'archive' && file.os === goos && file.arch === arch && /\.(tar\.gz|zip)$/.test(file.filename),
  );
}

/**
 * Splits an index into the releases a runner can install (an archive for its OS/arch) and the
 * rest, so that a spec resolves to the newest release that can actually be installed.
 */
export function partitionByArchive(releases: IndexedRelease[], goos: string, arch: string): { installable: IndexedRelease[]; withoutArchive: IndexedRelease[] } {
  const installable: IndexedRelease[] = [];
  const withoutArchive: IndexedRelease[] = [];
  for (const release of releases) (pickArchive(release, goos, arch) ? installable : withoutArchive).push(release);
  return { installable, withoutArchive };
}
