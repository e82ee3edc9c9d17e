// The image step of a cross-build: which built binaries go into the image, checked before any
// build starts, and the buildx build once every target is built.
import { join, resolve } from 'node:path';
import type { ImageResult } from './buildx';
import { imageBinaries, imageNote, type ImageBinary } from './build-context';
import { binaryFileName, programFileName } from '../plan/naming';
import type { BuildOptions } from '../plan/options';
import type { BuildTarget, DistEntry } from '../plan/targets';

/** The binaries of the image, undefined when no image is asked for; throws when the platforms input names a target not built. */
export function planImage(options: BuildOptions, selected: BuildTarget[], name: string, outputDir: string): ImageBinary[] | undefined {
  if (!options.image) return undefined;
  return imageBinaries(
    selected.map((target) => ({ target, source: join(outputDir, binaryFileName(name, target)), program: programFileName(name, target) })),
    options.platforms,
  );
}

export interface ImageOutcome {
  image: ImageResult | undefined;
  /** Why the image failed, when it did. */
  failure: string | undefined;
  /** The summary line: what was built and pushed, or that nothing was. */
  note: string;
}

/** A failed image leaves the binaries, their outputs and the summary standing; the step still fails. */
export async function buildImageStep(
  options: BuildOptions,
  binaries: ImageBinary[],
  paths: { workingDirectory: string; outputDir: string },
  dist: DistEntry[],
): Promise<ImageOutcome> {
  // Loaded on demand: the toolkit makes a temp directory as soon as it is imported.
  const { buildImage } = await import('./buildx');
  let failure: string | undefined;
  const image = await buildImage({
    image: options.image,
    binaries,
    dockerfile: options.dockerfile && resolve(paths.workingDirectory, options.dockerfile),
    contextDir: join(paths.outputDir, 'image-context'),
    push: options.push,
    ociTarball: options.imageOutput && resolve(paths.workingDirectory, options.imageOutput),
    builder: options.builder,
    attestations: options.attestations,
    knownOs: [...new Set(dist.map((entry) => entry.GOOS))],
  }).catch((error: Error) => {
    failure = error.message;
    return undefined;
  });
  const note = image
    ? imageNote(options.image, image, options.push, options.imageOutput)
    : `Image ${options.image}: failed, nothing reported as built or pushed`;
  return { image, failure, note };
}
