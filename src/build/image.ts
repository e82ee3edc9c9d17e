// Multi-arch images from prebuilt binaries: the build context layout, the default Dockerfile and the
// `docker buildx build` arguments. No `go build` ever runs emulated inside buildx. Pure: no I/O.
import { targetId, type BuildTarget } from './targets';

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
    const found = linux.find((binary) => targetId(binary.target) === platform);
    if (!found) {
      throw new Error(`input platforms: ${platform} is not among the built Linux targets (${linux.map((b) => targetId(b.target)).join(', ') || 'none'})`);
    }
    return found;
  });
}

export function contextLayout(binaries: ImageBinary[]): ContextFile[] {
  return binaries.map((binary) => ({ source: binary.source, destination: `${targetId(binary.target)}/${binary.program}` }));
}

/** Used when no `dockerfile` is given: the binary alone on an empty base. */
export function defaultDockerfile(program: string): string {
  return [
    'FROM scratch',
    'ARG TARGETPLATFORM',
    `COPY $TARGETPLATFORM/${program} /${program}`,
    `ENTRYPOINT ["/${program}"]`,
    '',
  ].join('\n');
}

export interface BuildxRequest {
  image: string;
  platforms: string[];
  dockerfile: string;
  context: string;
  push: boolean;
  metadataFile: string;
}

/** Arguments after `docker buildx` (or the standalone `buildx`). */
export function buildxBuildArgs(request: BuildxRequest): string[] {
  return [
    'build',
    '--platform',
    request.platforms.join(','),
    '--file',
    request.dockerfile,
    '--tag',
    request.image,
    '--metadata-file',
    request.metadataFile,
    ...(request.push ? ['--push'] : []),
    request.context,
  ];
}
