// File names of binaries and archives. Pure: no I/O.
import type { BuildTarget } from './targets';

export type ArchiveFormat = 'tar.gz' | 'zip';
export type ArchiveChoice = 'auto' | ArchiveFormat | 'none';
export type SbomFormat = 'spdx' | 'cyclonedx';

/** `hello-linux-arm-v7`: the name, goos, goarch and variant, joined so the names never collide. */
export function artifactStem(name: string, target: BuildTarget): string {
  return [name, target.goos, target.goarch, target.variant].filter(Boolean).join('-');
}

function executableSuffix(target: BuildTarget): string {
  return target.goos === 'windows' ? '.exe' : '';
}

/** Name of the binary as it sits in the output directory. */
export function binaryFileName(name: string, target: BuildTarget): string {
  return artifactStem(name, target) + executableSuffix(target);
}

/** Name of the binary inside its archive and in image contexts: just the program's name. */
export function programFileName(name: string, target: BuildTarget): string {
  return name + executableSuffix(target);
}

export function archiveFormatFor(choice: ArchiveChoice, target: BuildTarget): ArchiveFormat | undefined {
  if (choice === 'none') return undefined;
  if (choice === 'auto') return target.goos === 'windows' ? 'zip' : 'tar.gz';
  return choice;
}

export function archiveFileName(name: string, target: BuildTarget, format: ArchiveFormat): string {
  return `${artifactStem(name, target)}.${format}`;
}

/** `hello-linux-arm-v7.spdx.json`, `.cdx.json`: the SBOMs of one binary, named like its archive. */
export function sbomFileName(name: string, target: BuildTarget, format: SbomFormat): string {
  return `${artifactStem(name, target)}.${format === 'spdx' ? 'spdx' : 'cdx'}.json`;
}

/** `hello.intoto.json`: the run's provenance statement (an in-toto Statement, unsigned). */
export function provenanceFileName(stem: string): string {
  return `${stem}.intoto.json`;
}

/** Default program name: the last element of the main package's import path, skipping a `/vN` major-version suffix. */
export function programNameFromImportPath(importPath: string): string {
  const elements = importPath.split('/').filter(Boolean);
  const last = elements.at(-1) ?? '';
  if (/^v[0-9]+$/.test(last) && elements.length > 1) return elements.at(-2)!;
  return last;
}
