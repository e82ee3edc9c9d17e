// What the cross-build is asked to do, as the input layer (src/inputs/build.ts) reads it.
import type { ArchiveChoice, SbomFormat } from './naming';

export type { SbomFormat };

export type CgoMode = 'auto' | '0' | '1';

/** `musl` (static) or `glibc` (dynamic) with an optional version floor such as 2.28. */
export type LibcChoice = { kind: 'musl' } | { kind: 'glibc'; floor: string };

/** Target-keyed values of an input: `linux/arm64=aarch64-linux-gnu-gcc`, one per line. */
export type PerTarget<T> = { all?: T; byTarget: Map<string, T> };

export type AttestationMode = 'auto' | 'off';

export type QemuMode = 'off' | 'smoke' | 'test';

/** auto: SPDX when archives are made. */
export type SbomMode = 'auto' | 'off' | SbomFormat[];
export type ProvenanceMode = 'auto' | 'on' | 'off';

export interface BuildOptions {
  targets: string[];
  workingDirectory: string;
  packages: string[];
  /** Empty: derived from the main package path. */
  name: string;
  outputDir: string;
  /**
   * The checkout, once the inputs are placed: no component of the output folder below it may be a
   * link. Empty when not known (then the working directory is the root of that walk).
   */
  workspace: string;
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
  /** Files put into every archive beside the program (patterns relative to the working directory). */
  archiveFiles: string[];
  /** Archive entries sorted, with fixed modes and owner, timed at the source date. */
  reproducible: boolean;
  sbom: SbomMode;
  provenance: ProvenanceMode;
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
