// The build inputs: read and checked once, with their places checked too: the module directory
// exists, the packages named by path are there, and the output directory can be made (inside the
// workspace unless deliberate). Every error names its input.
import { dirname, resolve } from 'node:path';
import type { BuildOptions, LibcChoice, PerTarget, SbomFormat, SbomMode } from '../build/plan/options';
import { InputError, shown, type InputReader } from './reader';
import { existingDirectory, regularFileInWorkspace, writableDirectory, type OutsidePath } from './workspace';

/** Parses the `libc` input's values: `musl`, `glibc` or `glibc.2.28`. */
export function parseLibc(input: string, value: string): LibcChoice {
  if (value === 'musl') return { kind: 'musl' };
  const glibc = /^glibc(?:\.(2\.[0-9]+))?$/.exec(value);
  if (glibc) return { kind: 'glibc', floor: glibc[1] ?? '' };
  throw new InputError(input, `"${value}" is not musl, glibc or glibc.2.<minor> (a glibc version floor such as glibc.2.28)`);
}

/**
 * Parses an input of target-keyed values: `goos/goarch[/variant]=value` lines (or comma
 * separated), or, when `allowBare`, one bare value for every target.
 */
export function parsePerTarget<T>(input: string, text: string, parse: (value: string) => T, allowBare: boolean): PerTarget<T> {
  const result: PerTarget<T> = { byTarget: new Map() };
  for (const line of text
    .split(/\n/)
    .map((part) => part.trim())
    .filter(Boolean)) {
    const equals = line.indexOf('=');
    if (equals < 0) {
      if (!allowBare || result.all !== undefined) throw new InputError(input, `"${line}" is not goos/goarch[/variant]=value`);
      result.all = parse(line);
      continue;
    }
    const key = line.slice(0, equals).trim();
    const value = line.slice(equals + 1).trim();
    if (!/^[a-z0-9]+\/[a-z0-9]+(\/[a-z0-9.]+)?$/.test(key) || !value)
      throw new InputError(input, `"${line}" is not goos/goarch[/variant]=value`);
    if (result.byTarget.has(key)) throw new InputError(input, `${key} is given twice`);
    result.byTarget.set(key, parse(value));
  }
  return result;
}

/** Splits `smoke-args` like a shell would for plain words and quotes (no expansion). */
export function splitArguments(text: string): string[] {
  const args: string[] = [];
  const pattern = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    args.push(match[1] ?? match[2] ?? match[3]!);
  }
  return args;
}

const PACKAGE_PATTERN = /^[A-Za-z0-9._~+\-/@!]+$/;

/** Package paths and patterns for go build: never a flag, only the characters import paths use. */
function packagePatterns(read: InputReader): string[] {
  const packages = read
    .list('packages')
    .flatMap((item) => item.split(/\s+/))
    .filter(Boolean);
  for (const pattern of packages) {
    if (pattern.startsWith('-') || !PACKAGE_PATTERN.test(pattern)) {
      throw new InputError('packages', `${shown(pattern)} is not a package path or pattern (like ., ./cmd/app, ./... or example.com/app)`);
    }
  }
  return packages.length > 0 ? packages : ['.'];
}

/** Entries of `targets` / `platforms`: goos/goarch[/variant], a glob of that, first-class or all. Checked fully against the Go later. */
function targetEntries(read: InputReader, input: string): string[] {
  const entries = read.list(input);
  for (const entry of entries) {
    if (entry === 'all' || entry === 'first-class') continue;
    const parts = entry.split('/');
    if (parts.length < 2 || parts.length > 3 || parts.some((part) => !/^[a-z0-9.*?]+$/i.test(part))) {
      throw new InputError(input, `${shown(entry)} is not goos/goarch[/variant], first-class, all or a glob like linux/*`);
    }
  }
  return entries;
}

function zigVersion(read: InputReader): string {
  const value = read.text('zig-version');
  if (value && value !== 'latest' && !/^[0-9]+\.[0-9]+\.[0-9]+$/.test(value)) {
    throw new InputError('zig-version', `${shown(value)} is not an exact version like 0.14.1 or latest`);
  }
  return value;
}

function httpUrl(read: InputReader, input: string): string {
  const value = read.text(input);
  if (value && !/^https?:\/\/[^\s/]+/.test(value)) throw new InputError(input, `${shown(value)} is not an http(s) URL`);
  return value;
}

const DEFAULT_ARCHIVE_FILES = ['README*', 'LICENSE*'];

/** archive-files: paths relative to the working directory, * and ? in the last element; none for no extra files. */
function archiveFiles(read: InputReader): string[] {
  const patterns = read.list('archive-files');
  if (patterns.length === 0) return DEFAULT_ARCHIVE_FILES;
  if (patterns.length === 1 && patterns[0] === 'none') return [];
  for (const pattern of patterns) {
    if (pattern === 'none' || /[*?]/.test(pattern.split('/').slice(0, -1).join('/')) || pattern.split('/').includes('..')) {
      throw new InputError(
        'archive-files',
        `${shown(pattern)}: give paths inside the working directory, with * or ? only in the file name (or none alone for no extra files)`,
      );
    }
  }
  return patterns;
}

/** sbom: auto or off alone, else SPDX and/or CycloneDX (`spdx, cyclonedx` for both). */
function sbomMode(read: InputReader): SbomMode {
  const values = read.list('sbom');
  if (values.length === 0) return 'auto';
  if (values.length === 1 && (values[0] === 'auto' || values[0] === 'off')) return values[0];
  for (const value of values) {
    if (value !== 'spdx' && value !== 'cyclonedx')
      throw new InputError('sbom', `${shown(value)} is not auto, off, spdx or cyclonedx (spdx, cyclonedx for both)`);
  }
  return [...new Set(values as SbomFormat[])];
}

/** The build inputs as they are written, before their places are checked. */
export function parseBuildOptions(read: InputReader, defaultParallel: number): BuildOptions {
  const shards = read.integer('shards') ?? 1;
  const shard = read.integer('shard');
  if (shard !== undefined && shard > shards) throw new InputError('shard', `${shard} is more than shards (${shards})`);
  const name = read.text('name');
  if (name && !/^[A-Za-z0-9._+-]+$/.test(name)) throw new InputError('name', `${shown(name)} may only hold letters, digits and . _ + -`);
  return {
    targets: targetEntries(read, 'targets'),
    workingDirectory: read.path('working-directory', '.'),
    packages: packagePatterns(read),
    name,
    outputDir: read.path('output-dir', 'dist'),
    workspace: '',
    // Go splits these on any white space, line breaks included (a YAML block is fine).
    ldflags: read.text('ldflags', { multiline: true }),
    tags: read.text('tags', { multiline: true }),
    trimpath: read.boolean('trimpath', true),
    cgo: read.choice('cgo', ['auto', '0', '1'] as const, 'auto'),
    cc: parsePerTarget('cc', read.text('cc', { multiline: true }), (value) => value, false),
    libc: parsePerTarget('libc', read.text('libc', { multiline: true }), (value) => parseLibc('libc', value), true),
    zigVersion: zigVersion(read),
    zigDownloadBaseUrl: httpUrl(read, 'zig-download-base-url'),
    zigSigningKey: read.text('zig-signing-key'),
    archive: read.choice('archive', ['auto', 'tar.gz', 'zip', 'none'] as const, 'auto'),
    archiveFiles: archiveFiles(read),
    reproducible: read.boolean('reproducible', true),
    sbom: sbomMode(read),
    provenance: read.choice('provenance', ['auto', 'on', 'off'] as const, 'auto'),
    checksums: read.fileName('checksums', 'SHA256SUMS'),
    parallel: read.integer('parallel') ?? defaultParallel,
    qemu: read.choice('qemu', ['off', 'smoke', 'test'] as const, 'off'),
    smokeArgs: splitArguments(read.text('smoke-args', { multiline: true })),
    shard,
    shards,
    image: read.text('image'),
    platforms: targetEntries(read, 'platforms'),
    dockerfile: read.path('dockerfile'),
    push: read.boolean('push', false),
    imageOutput: read.path('image-output'),
    builder: read.text('builder'),
    attestations: read.choice('attestations', ['auto', 'off'] as const, 'auto'),
  };
}

export function placeBuildOptions(options: BuildOptions, placement: { workspace: string; outside: OutsidePath[] }): BuildOptions {
  const workingDirectory = existingDirectory('working-directory', options.workingDirectory, placement.workspace);
  writableDirectory('output-dir', options.outputDir, { base: workingDirectory, ...placement });
  if (options.imageOutput) writableDirectory('image-output', dirname(options.imageOutput), { base: workingDirectory, ...placement });
  if (options.dockerfile)
    regularFileInWorkspace('dockerfile', options.dockerfile, { base: workingDirectory, workspace: placement.workspace });
  for (const pattern of options.packages) {
    if (!/^\.\.?(\/|$)/.test(pattern)) continue;
    const directory = pattern.replace(/(^|\/)\.\.\.$/, '') || '.';
    try {
      existingDirectory('packages', directory, workingDirectory);
    } catch {
      throw new InputError('packages', `${shown(pattern)}: no directory ${resolve(workingDirectory, directory)}`);
    }
  }
  return { ...options, workingDirectory, workspace: placement.workspace };
}

/** The inputs of the build/ sub-action, which has nothing to do without targets. */
export function parseBuildInputs(
  read: InputReader,
  defaultParallel: number,
  placement: { workspace: string; outside: OutsidePath[] },
): BuildOptions {
  const options = parseBuildOptions(read, defaultParallel);
  if (options.targets.length === 0)
    throw new InputError('targets', 'nothing to build (give goos/goarch entries, first-class, all or a glob)');
  return placeBuildOptions(options, placement);
}
