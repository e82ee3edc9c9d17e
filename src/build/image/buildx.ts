// Lays out the image build context from prebuilt binaries, picks (or creates, for the job) a buildx
// builder that can do the build, and runs `docker buildx build` through @docker/actions-toolkit
// (which picks `docker buildx` or a standalone `buildx`).
import { randomBytes } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import * as core from '@actions/core';
import * as log from '../../shared/log';
import { getExecOutput } from '@actions/exec';
import { Buildx } from '@docker/actions-toolkit/lib/buildx/buildx.js';
import { Build } from '@docker/actions-toolkit/lib/buildx/build.js';
import {
  buildxBuildArgs,
  chooseBuilder,
  contextLayout,
  createBuilderArgs,
  defaultDockerfile,
  explainBuildFailure,
  parseBuilderInspect,
  removeBuilderArgs,
  type ImageBinary,
} from './build-context';
import type { AttestationMode } from '../plan/options';
import { JOB_BUILDER_STATE } from './job-builder-state';
import { targetId } from '../plan/targets';
import { linkFreeFolder, refuseNonFiles, writeFileNoFollow } from '../plan/link-free';

export interface ImageRequest {
  image: string;
  binaries: ImageBinary[];
  /** User's Dockerfile (absolute), or empty for the default one written into the context. */
  dockerfile: string;
  contextDir: string;
  push: boolean;
  /** OCI image layout tarball to write (absolute), or empty. */
  ociTarball: string;
  /** The `builder` input, or empty. */
  builder: string;
  attestations: AttestationMode;
  /** GOOS values Go knows, to recognize platform folders in build errors. */
  knownOs: string[];
}

export interface ImageResult {
  command: string;
  args: string[];
  /** Digest of the image index (or manifest) as buildx reports it; equals the registry's. */
  digest: string | undefined;
  platforms: string[];
  /** Builder the build ran on. */
  builder: string;
  /** True when this step created the builder (removed again in the post step). */
  createdBuilder: boolean;
}

/**
 * Copies each binary to `<context>/<os>/<arch>[/<variant>]/<program>`; returns the Dockerfile to use.
 * The context lies in the output folder, already made without links; below it nothing is followed either.
 */
export async function layOutImageContext(request: Pick<ImageRequest, 'binaries' | 'contextDir' | 'dockerfile'>): Promise<string> {
  const outputDir = dirname(request.contextDir);
  for (const file of contextLayout(request.binaries)) {
    const destination = join(request.contextDir, file.destination);
    await linkFreeFolder('output-dir', outputDir, dirname(destination));
    await writeFileNoFollow(destination, await readFile(file.source), 0o755);
  }
  if (request.dockerfile) return resolve(request.dockerfile);
  const dockerfile = join(request.contextDir, 'Dockerfile');
  await linkFreeFolder('output-dir', outputDir, request.contextDir);
  await writeFileNoFollow(dockerfile, defaultDockerfile(request.binaries[0]!.program));
  return dockerfile;
}

async function runBuildx(buildx: Buildx, args: string[], silent: boolean, env: Record<string, string> = {}) {
  const command = await buildx.getCommand(args);
  const output = await getExecOutput(command.command, command.args, {
    ignoreReturnCode: true,
    silent,
    env: { ...process.env, ...env } as Record<string, string>,
  });
  return { ...command, ...output, text: `${output.stdout}\n${output.stderr}` };
}

async function runBuildxOrThrow(buildx: Buildx, args: string[], what: string): Promise<string> {
  const run = await runBuildx(buildx, args, true);
  if (run.exitCode !== 0)
    throw new Error(`image: ${what}: ${run.command} ${run.args.join(' ')} failed (exit ${run.exitCode}): ${run.stderr.trim()}`);
  return run.stdout;
}

/** The builder for this build: the one the workflow chose, the current one, or a new one for the job. */
async function prepareBuilder(buildx: Buildx, request: ImageRequest): Promise<{ name: string; flag: string; created: boolean }> {
  const fromEnv = process.env.BUILDX_BUILDER ?? '';
  const chosen = request.builder || fromEnv;
  const chosenBy = request.builder ? 'input builder' : 'BUILDX_BUILDER';
  // buildx lists a builder's features only in debug mode (DEBUG=1, as the toolkit's own inspect sets).
  const inspected = await runBuildx(buildx, ['inspect', ...(chosen ? ['--builder', chosen] : [])], true, { DEBUG: '1' });
  if (inspected.exitCode !== 0) {
    const which = chosen ? `${chosenBy}: builder ${chosen}` : 'image: the current buildx builder';
    throw new Error(`${which} cannot be inspected (docker buildx inspect, exit ${inspected.exitCode}): ${inspected.stderr.trim()}`);
  }
  const current = parseBuilderInspect(inspected.stdout);
  const choice = chooseBuilder(current, {
    chosen,
    chosenBy,
    multiPlatform: request.binaries.length > 1,
    ociExport: Boolean(request.ociTarball),
    jobBuilder: `setup-go-golden-${process.env.GITHUB_RUN_ID ?? 'local'}-${randomBytes(4).toString('hex')}`,
  });
  // --builder only when a name was given as input or made here: BUILDX_BUILDER already reaches buildx.
  if (choice.action === 'use') return { name: current.name || chosen, flag: request.builder, created: false };
  const [create, bootstrap] = createBuilderArgs(choice.builder);
  log.info(`image: the current builder cannot do this build; creating the docker-container builder ${choice.builder} for this job`);
  await runBuildxOrThrow(buildx, create!, 'creating a builder');
  core.saveState(JOB_BUILDER_STATE, choice.builder);
  try {
    await runBuildxOrThrow(buildx, bootstrap!, 'starting the builder');
  } catch (error) {
    await removeJobBuilder(choice.builder);
    throw error;
  }
  return { name: choice.builder, flag: choice.builder, created: true };
}

/** Removes a builder this action created; clears the step state so the post step does not try again. */
export async function removeJobBuilder(name: string): Promise<void> {
  core.saveState(JOB_BUILDER_STATE, '');
  await runBuildxOrThrow(new Buildx(), removeBuilderArgs(name), `removing the builder ${name}`);
}

export async function buildImage(request: ImageRequest): Promise<ImageResult> {
  const dockerfile = await layOutImageContext(request);
  const buildx = new Buildx();
  if (!(await buildx.isAvailable())) {
    throw new Error('image: docker buildx is not available on this runner (set up buildx first, e.g. with docker/setup-buildx-action)');
  }
  if (request.ociTarball) {
    await mkdir(dirname(request.ociTarball), { recursive: true });
    // buildx writes the tarball through whatever stands at its name.
    await refuseNonFiles('image-output', dirname(request.ociTarball), [basename(request.ociTarball)]);
  }
  const builder = await prepareBuilder(buildx, request);
  const platforms = request.binaries.map((binary) => targetId(binary.target));
  const build = new Build({ buildx });
  const args = buildxBuildArgs({
    image: request.image,
    platforms,
    dockerfile,
    context: request.contextDir,
    push: request.push,
    ociTarball: request.ociTarball,
    builder: builder.flag,
    attestations: request.attestations,
    metadataFile: build.getMetadataFilePath(),
  });
  const run = await runBuildx(buildx, args, false);
  if (run.exitCode !== 0) {
    // The root action's post step runs only after a successful job: remove the job's builder now.
    if (builder.created) await removeJobBuilder(builder.name).catch((error: Error) => log.warning(error.message));
    const reason = explainBuildFailure(run.text, platforms, request.knownOs) ?? 'see the log above';
    const verb = request.push ? 'building and pushing' : 'building';
    throw new Error(`image: ${verb} ${request.image} failed (${run.command} buildx build, exit ${run.exitCode}): ${reason}`);
  }
  return {
    command: run.command,
    args: run.args,
    digest: build.resolveDigest(),
    platforms,
    builder: builder.name,
    createdBuilder: builder.created,
  };
}
