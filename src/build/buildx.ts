// Lays out the image build context from prebuilt binaries and runs `docker buildx build` through
// @docker/actions-toolkit (which picks `docker buildx` or a standalone `buildx`).
import { chmod, copyFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { exec } from '@actions/exec';
import { Buildx } from '@docker/actions-toolkit/lib/buildx/buildx.js';
import { Build } from '@docker/actions-toolkit/lib/buildx/build.js';
import { buildxBuildArgs, contextLayout, defaultDockerfile, type ImageBinary } from './image';
import { targetId } from './targets';

export interface ImageRequest {
  image: string;
  binaries: ImageBinary[];
  /** User's Dockerfile (absolute), or empty for the default one written into the context. */
  dockerfile: string;
  contextDir: string;
  push: boolean;
}

/** Copies each binary to `<context>/<os>/<arch>[/<variant>]/<program>`; returns the Dockerfile to use. */
export async function layOutImageContext(request: ImageRequest): Promise<string> {
  for (const file of contextLayout(request.binaries)) {
    const destination = join(request.contextDir, file.destination);
    await mkdir(dirname(destination), { recursive: true });
    await copyFile(file.source, destination);
    await chmod(destination, 0o755);
  }
  if (request.dockerfile) return resolve(request.dockerfile);
  const dockerfile = join(request.contextDir, 'Dockerfile');
  await writeFile(dockerfile, defaultDockerfile(request.binaries[0]!.program));
  return dockerfile;
}

export interface ImageResult {
  command: string;
  args: string[];
  digest: string | undefined;
}

export async function buildImage(request: ImageRequest): Promise<ImageResult> {
  const dockerfile = await layOutImageContext(request);
  const buildx = new Buildx();
  if (!(await buildx.isAvailable())) {
    throw new Error('image: docker buildx is not available on this runner (set up buildx first, e.g. with docker/setup-buildx-action)');
  }
  const build = new Build({ buildx });
  const args = buildxBuildArgs({
    image: request.image,
    platforms: request.binaries.map((binary) => targetId(binary.target)),
    dockerfile,
    context: request.contextDir,
    push: request.push,
    metadataFile: build.getMetadataFilePath(),
  });
  const command = await buildx.getCommand(args);
  const code = await exec(command.command, command.args, { ignoreReturnCode: true });
  if (code !== 0) throw new Error(`image: ${command.command} ${command.args.join(' ')} failed (exit ${code})`);
  return { ...command, digest: build.resolveDigest() };
}
