// Validates the build inputs once and returns a typed object; every error names its input. Pure: no I/O.
import { InputError, shown, type InputReader } from '../../inputs/reader';
import { parseLibc, parsePerTarget, type CgoMode, type LibcChoice, type PerTarget } from '../cgo/choice';
import type { AttestationMode } from '../image/layout';
import type { ArchiveChoice } from './naming';
import { splitArguments } from '../emulation/foreign-targets';

export type QemuMode = 'off' | 'smoke' | 'test';

export interface BuildOptions {
  targets: string[];
  workingDirectory: string;
  packages: string[];
  /** Empty: derived from the main package path. */
  name: string;
  outputDir: string;
  ldflags: string;
  tags: string;
  trimpath: boolean;
  cgo: CgoMode;
  /** C compiler per target (`goos/goarch=command` lines), tried before CC_FOR_<goos>_<goarch>. */
  cc: PerTarget<string>;
  /** musl (static) or glibc[.2.<minor>] (dynamic) for zig builds, for all targets or per target. */
  libc: PerTarget<LibcChoice>;
  zigVersion: string;
  zigDownloadBaseUrl: string;
  zigSigningKey: string;
  archive: ArchiveChoice;
  checksums: string;
  parallel: number;
  qemu: QemuMode;
  smokeArgs: string[];
  /** Undefined: build every target (or, with shards > 1, only plan the matrix). */
  shard: number | undefined;
  shards: number;
  image: string;
  platforms: string[];
  dockerfile: string;
  push: boolean;
  /** OCI image layout tarball to write, relative to the working directory; empty for none. */
  imageOutput: string;
  /** Buildx builder to use; empty: BUILDX_BUILDER, the current one, or one made for the job. */
  builder: string;
  attestations: AttestationMode;
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

/** The build inputs, read through the one input vocabulary. Pure: the placement checks are the entry point's. */
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
