// Validates the build inputs once and returns a typed object; every error names its input. Pure: no I/O.
import { parseLibc, parsePerTarget, type CgoMode, type LibcChoice, type PerTarget } from './cgo';
import type { ArchiveChoice } from './naming';
import { splitArguments } from './emulation';
import { splitTargetList } from './targets';

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
}

/** Raw input values by input name, as `core.getInput` returns them (empty when unset). */
export type RawInputs = (name: string) => string;

function oneOf<T extends string>(input: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new Error(`input ${input}: "${value}" is not one of ${allowed.join(', ')}`);
}

function bool(input: string, value: string): boolean {
  if (/^(true|yes|on|1)$/i.test(value)) return true;
  if (/^(false|no|off|0)$/i.test(value)) return false;
  throw new Error(`input ${input}: "${value}" is not true or false`);
}

function positiveInteger(input: string, value: string): number {
  if (!/^[1-9][0-9]*$/.test(value)) throw new Error(`input ${input}: "${value}" is not a whole number >= 1`);
  return Number(value);
}

function safeFileName(input: string, value: string): string {
  if (!value || /[\\/]/.test(value) || value === '.' || value === '..') {
    throw new Error(`input ${input}: "${value}" must be a plain file name`);
  }
  return value;
}

function zigVersion(value: string): string {
  if (value && value !== 'latest' && !/^[0-9]+\.[0-9]+\.[0-9]+$/.test(value)) {
    throw new Error(`input zig-version: "${value}" is not an exact version like 0.14.1 or latest`);
  }
  return value;
}

function httpUrl(input: string, value: string): string {
  if (value && !/^https?:\/\/[^\s/]+/.test(value)) throw new Error(`input ${input}: "${value}" is not an http(s) URL`);
  return value;
}

export function parseBuildOptions(read: RawInputs, defaultParallel: number): BuildOptions {
  const get = (name: string) => read(name).trim();
  const shards = get('shards') ? positiveInteger('shards', get('shards')) : 1;
  const shard = get('shard') ? positiveInteger('shard', get('shard')) : undefined;
  if (shard !== undefined && shard > shards) throw new Error(`input shard: ${shard} is more than shards (${shards})`);
  const name = get('name');
  if (name && !/^[A-Za-z0-9._+-]+$/.test(name)) throw new Error(`input name: "${name}" may only hold letters, digits and . _ + -`);
  return {
    targets: splitTargetList(read('targets')),
    workingDirectory: get('working-directory') || '.',
    packages: (get('packages') || '.').split(/\s+/).filter(Boolean),
    name,
    outputDir: get('output-dir') || 'dist',
    ldflags: get('ldflags'),
    tags: get('tags'),
    trimpath: bool('trimpath', get('trimpath') || 'true'),
    cgo: oneOf('cgo', get('cgo') || 'auto', ['auto', '0', '1'] as const),
    cc: parsePerTarget('cc', read('cc'), (value) => value, false),
    libc: parsePerTarget('libc', read('libc'), (value) => parseLibc('libc', value), true),
    zigVersion: zigVersion(get('zig-version')),
    zigDownloadBaseUrl: httpUrl('zig-download-base-url', get('zig-download-base-url')),
    zigSigningKey: get('zig-signing-key'),
    archive: oneOf('archive', get('archive') || 'auto', ['auto', 'tar.gz', 'zip', 'none'] as const),
    checksums: safeFileName('checksums', get('checksums') || 'SHA256SUMS'),
    parallel: get('parallel') ? positiveInteger('parallel', get('parallel')) : defaultParallel,
    qemu: oneOf('qemu', get('qemu') || 'off', ['off', 'smoke', 'test'] as const),
    smokeArgs: splitArguments(read('smoke-args')),
    shard,
    shards,
    image: get('image'),
    platforms: splitTargetList(read('platforms')),
    dockerfile: get('dockerfile'),
    push: bool('push', get('push') || 'false'),
  };
}
