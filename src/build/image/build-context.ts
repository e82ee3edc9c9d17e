// Multi-arch images from prebuilt binaries: the build context layout, the default Dockerfile and the
// `docker buildx build` arguments. No `go build` ever runs emulated inside buildx. Pure: no I/O.
import { targetId, type BuildTarget } from '../plan/targets';
import type { AttestationMode } from '../plan/options';

export interface ImageBinary {
  target: BuildTarget;
  /** Binary in the output directory. */
  source: string;
  /** Program name inside the image, e.g. `hello`. */
  program: string;
}

export interface ContextFile {
  source: string;
  /** Path inside the context: `<os>/<arch>[/<variant>]/<program>`, so `COPY $TARGETPLATFORM/<program>` works. */
  destination: string;
}

/** Picks the image platforms: the `platforms` input (each must be a built Linux target) or every built Linux target. */
export function imageBinaries(binaries: ImageBinary[], platforms: string[]): ImageBinary[] {
  const linux = binaries.filter((binary) => binary.target.goos === 'linux');
  if (platforms.length === 0) {
    if (linux.length === 0) throw new Error('image: no Linux target was built, so there is nothing to put in an image');
    return linux;
  }
  return platforms.map((platform) => {
    if (!/^[^/\s]+\/[^/\s]+(\/[^/\s]+)?$/.test(platform)) throw new Error(`input platforms: "${platform}" is not os/arch[/variant]`);
    const found = linux.find((binary) => targetId(binary.target) === platform);
    if (!found) {
      throw new Error(
        `input platforms: ${platform} is not among the built Linux targets (${linux.map((b) => targetId(b.target)).join(', ') || 'none'})`,
      );
    }
    return found;
  });
}

export function contextLayout(binaries: ImageBinary[]): ContextFile[] {
  return binaries.map((binary) => ({ source: binary.source, destination: `${targetId(binary.target)}/${binary.program}` }));
}

/** Used when no `dockerfile` is given: the binary alone on an empty base. */
export function defaultDockerfile(program: string): string {
  return ['FROM scratch', 'ARG TARGETPLATFORM', `COPY $TARGETPLATFORM/${program} /${program}`, `ENTRYPOINT ["/${program}"]`, ''].join('\n');
}

export interface BuildxRequest {
  image: string;
  platforms: string[];
  dockerfile: string;
  context: string;
  push: boolean;
  /** OCI image layout tarball to write, or empty for none. */
  ociTarball: string;
  /** Builder to pass with --builder, or empty to let buildx pick (BUILDX_BUILDER, then the current one). */
  builder: string;
  attestations: AttestationMode;
  metadataFile: string;
}

/** Arguments after `docker buildx` (or the standalone `buildx`). */
export function buildxBuildArgs(request: BuildxRequest): string[] {
  return [
    'build',
    ...(request.builder ? ['--builder', request.builder] : []),
    '--platform',
    request.platforms.join(','),
    '--file',
    request.dockerfile,
    '--tag',
    request.image,
    // buildx adds provenance attestations by default (one extra manifest per platform).
    ...(request.attestations === 'off' ? ['--provenance=false', '--sbom=false'] : []),
    '--metadata-file',
    request.metadataFile,
    ...(request.push ? ['--output', 'type=registry'] : []),
    ...(request.ociTarball ? ['--output', `type=oci,dest=${request.ociTarball}`] : []),
    request.context,
  ];
}

/** What `docker buildx inspect` says a builder can do. */
export interface BuilderCapabilities {
  name: string;
  driver: string;
  multiPlatform: boolean;
  ociExport: boolean;
}

/**
 * Reads `docker buildx inspect` output. Newer buildx lists the driver's features; older ones do not,
 * and then only the `docker` driver is known to lack multi-platform builds and the OCI exporter.
 */
export function parseBuilderInspect(text: string): BuilderCapabilities {
  const field = (label: string) => new RegExp(`^\\s*${label}:\\s*(.*?)\\s*$`, 'mi').exec(text)?.[1] ?? '';
  const driver = field('Driver');
  const feature = (label: string) => {
    const value = field(label).toLowerCase();
    return value === '' ? driver !== 'docker' : value === 'true';
  };
  return { name: field('Name'), driver, multiPlatform: feature('Multi-platform build'), ociExport: feature('OCI exporter') };
}

export type BuilderChoice = { action: 'use'; builder: string } | { action: 'create'; builder: string };

export interface BuilderNeeds {
  /** From the `builder` input, or BUILDX_BUILDER: a builder the workflow set up. */
  chosen: string;
  chosenBy: string;
  multiPlatform: boolean;
  ociExport: boolean;
  /** Name for a builder created for this job. */
  jobBuilder: string;
}

/**
 * Keeps the builder the workflow chose or the current one when it can do the job; otherwise (the
 * `docker` driver without the containerd image store, a hosted runner's default) asks for a
 * `docker-container` builder for this job. A builder the workflow chose is never replaced.
 */
export function chooseBuilder(current: BuilderCapabilities, needs: BuilderNeeds): BuilderChoice {
  const missing = [
    needs.multiPlatform && !current.multiPlatform ? 'multi-platform builds' : '',
    needs.ociExport && !current.ociExport ? 'the OCI exporter (image-output)' : '',
  ].filter(Boolean);
  if (needs.chosen) {
    if (missing.length > 0) {
      throw new Error(
        `${needs.chosenBy}: builder ${needs.chosen} (driver ${current.driver}) lacks ${missing.join(' and ')}; use a docker-container or remote builder, or leave ${needs.chosenBy} unset so a builder is created for this job`,
      );
    }
    return { action: 'use', builder: needs.chosen };
  }
  return missing.length > 0 ? { action: 'create', builder: needs.jobBuilder } : { action: 'use', builder: current.name };
}

/** Arguments after `docker buildx` that create (and start) the job's builder, then remove it. */
export function createBuilderArgs(name: string): string[][] {
  return [
    ['create', '--name', name, '--driver', 'docker-container'],
    ['inspect', '--bootstrap', '--builder', name],
  ];
}

export function removeBuilderArgs(name: string): string[] {
  return ['rm', '--builder', name];
}

/**
 * Turns a failed `buildx build`'s output into the reason a user can act on: a context path the
 * Dockerfile copies that does not exist, named with its platform when it is one that was not built.
 */
export function explainBuildFailure(output: string, builtPlatforms: string[], knownOs: string[]): string | undefined {
  const missing = /"\/?([^"\s]+)": not found/.exec(output)?.[1];
  if (missing) {
    const parts = missing.split('/');
    const platform =
      knownOs.includes(parts[0]!) && parts.length >= 2 ? parts.slice(0, /^v[0-9.]+$/.test(parts[2] ?? '') ? 3 : 2).join('/') : undefined;
    if (platform && !builtPlatforms.some((built) => missing.startsWith(`${built}/`))) {
      return `the Dockerfile copies ${missing}, but ${platform} was not built for this image (image platforms: ${builtPlatforms.join(', ')})`;
    }
    return `the Dockerfile copies ${missing}, which is not in the build context (it holds <os>/<arch>[/<variant>]/<program> for ${builtPlatforms.join(', ')})`;
  }
  const lines = output
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.reverse().find((line) => /^ERROR:|error:/i.test(line));
}

export interface ImageFacts {
  digest: string | undefined;
  platforms: string[];
  builder: string;
  createdBuilder: boolean;
}

/** The summary line of a built image: where it went, its digest, its platforms and the builder. Plain text. */
export function imageNote(image: string, facts: ImageFacts, push: boolean, ociTarball: string): string {
  const destinations = [push ? 'pushed' : '', ociTarball ? `OCI layout in ${ociTarball}` : ''].filter(Boolean);
  const builder = facts.builder ? `builder ${facts.builder}${facts.createdBuilder ? ' (created for this job)' : ''}` : '';
  return [
    `Image ${image}: ${destinations.join(', ') || 'built (kept in the builder cache only: set push or image-output)'}`,
    facts.digest ? `digest ${facts.digest}` : '',
    `platforms ${facts.platforms.join(', ')}`,
    builder,
  ]
    .filter(Boolean)
    .join('; ');
}
