// The image step against a real builder: BuildKit's buildkitd (no Docker engine) behind the buildx
// CLI plugin, pushing to a registry on 127.0.0.1. Images are read back over the OCI distribution
// API (or out of the OCI tarball) and checked down to the ELF header of each platform's binary.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedToolCache, GO_VERSION } from '../../cache/helpers';
import { actionUnderTest } from '../../harness/action-under-test';
import {
  INDEX_TYPES,
  MANIFEST_TYPES,
  OciLayout,
  RegistryRepository,
  startBuildkit,
  type BuildkitFixture,
  type ImageSource,
} from '../../harness/buildkit';
import { REPO_ROOT, RunnerJob, type StepResult } from '../../harness/runner';
import { ELF_MACHINE, readExecutableHeader } from '../headers';

const BUILD_ACTION = join(REPO_ROOT, 'build');
const EXAMPLE = join(REPO_ROOT, 'examples', 'hello');
const GOCACHE = execFileSync('go', ['env', 'GOCACHE'], { encoding: 'utf8' }).trim();
const TARGETS = 'linux/amd64\nlinux/arm64\nlinux/arm/v7\nwindows/amd64';
const LINUX = [
  { platform: 'linux/amd64', os: 'linux', architecture: 'amd64', variant: undefined, machine: ELF_MACHINE.amd64 },
  { platform: 'linux/arm64', os: 'linux', architecture: 'arm64', variant: undefined, machine: ELF_MACHINE.arm64 },
  { platform: 'linux/arm/v7', os: 'linux', architecture: 'arm', variant: 'v7', machine: ELF_MACHINE.arm },
];

interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  platform?: { os: string; architecture: string; variant?: string };
  annotations?: Record<string, string>;
}

const sha256 = (bytes: Buffer) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

async function fetchChecked(source: ImageSource, descriptor: Descriptor): Promise<Buffer> {
  const isManifest = [...INDEX_TYPES, ...MANIFEST_TYPES].includes(descriptor.mediaType);
  const bytes = isManifest ? await source.manifest(descriptor.digest) : await source.blob(descriptor.digest);
  assert.equal(sha256(bytes), descriptor.digest, `content of ${descriptor.digest}`);
  return bytes;
}

/** A file from a gzip-compressed layer tar. */
function fileInLayer(layer: Buffer, path: string): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'sgg-layer-'));
  try {
    writeFileSync(join(dir, 'layer.tar.gz'), layer);
    return execFileSync('tar', ['-xzOf', join(dir, 'layer.tar.gz'), path], { maxBuffer: 64 << 20 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Walks an image index: one manifest per Linux platform (plus attestation manifests when asked),
 * each config naming its os/architecture/variant, its one layer holding /hello built for it.
 */
async function checkIndex(source: ImageSource, indexDigest: string, attestations: boolean): Promise<void> {
  const index = JSON.parse((await fetchChecked(source, { mediaType: INDEX_TYPES[0]!, digest: indexDigest, size: 0 })).toString()) as {
    manifests: Descriptor[];
  };
  const isAttestation = (d: Descriptor) => d.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest';
  const images = index.manifests.filter((d) => !isAttestation(d));
  assert.deepEqual(
    images.map((d) => d.platform),
    LINUX.map(({ os, architecture, variant }) => (variant ? { os, architecture, variant } : { os, architecture })),
  );
  const proofs = index.manifests.filter(isAttestation);
  if (attestations) {
    // buildx's default: one provenance manifest per platform, pointing at that platform's manifest.
    assert.deepEqual(
      proofs.map((d) => d.annotations!['vnd.docker.reference.digest']),
      images.map((d) => d.digest),
    );
  } else {
    assert.deepEqual(proofs, []);
  }
  for (const [i, expected] of LINUX.entries()) {
    const manifest = JSON.parse((await fetchChecked(source, images[i]!)).toString()) as { config: Descriptor; layers: Descriptor[] };
    const config = JSON.parse((await fetchChecked(source, manifest.config)).toString()) as {
      os: string;
      architecture: string;
      variant?: string;
      config: { Entrypoint: string[] };
    };
    assert.deepEqual(
      [config.os, config.architecture, config.variant],
      [expected.os, expected.architecture, expected.variant],
      expected.platform,
    );
    assert.deepEqual(config.config.Entrypoint, ['/hello']);
    assert.equal(manifest.layers.length, 1, expected.platform);
    const binary = fileInLayer(await fetchChecked(source, manifest.layers[0]!), 'hello');
    const header = readExecutableHeader(binary);
    assert.deepEqual([header.format, header.format === 'elf' && header.machine], ['elf', expected.machine], expected.platform);
  }
}

describe('images built by a real BuildKit and pushed to a registry on 127.0.0.1', () => {
  let buildkit: BuildkitFixture;
  const jobs: RunnerJob[] = [];

  before(async () => {
    buildkit = await startBuildkit();
  });
  after(async () => {
    for (const job of jobs) job.cleanup();
    await buildkit?.stop();
  });

  /** A job with examples/hello in its workspace and the docker config holding the builder. */
  const newJob = (env: Record<string, string> = {}) => {
    const job = new RunnerJob({
      env: { GOCACHE, DOCKER_CONFIG: buildkit.dockerConfig, BUILDX_BUILDER: undefined, ...env },
      toolCache: sharedToolCache(),
    });
    jobs.push(job);
    cpSync(EXAMPLE, join(job.workspace, 'hello'), { recursive: true, filter: (source) => !source.includes(`${EXAMPLE}/dist`) });
    return job;
  };
  const runBuild = (job: RunnerJob, inputs: Record<string, string>) =>
    job.runAction({ actionDir: BUILD_ACTION, inputs: { targets: TARGETS, 'working-directory': 'hello', ...inputs } });
  const ok = (step: StepResult) => assert.equal(step.code, 0, step.stdout + step.stderr);

  test("root action: three Linux platforms pushed with provenance, the Windows target left out, digest = the registry's", async () => {
    const job = newJob();
    const repository = new RegistryRepository(buildkit.registry, 'sgg/root');
    const step = await job.runAction({
      actionDir: await actionUnderTest(),
      inputs: {
        'go-version': GO_VERSION,
        'check-latest': 'false',
        'drift-check': 'off',
        cache: 'false',
        targets: TARGETS,
        'working-directory': 'hello',
        image: `${buildkit.registry}/sgg/root:1.0`,
        push: 'true',
        builder: buildkit.builder,
      },
    });
    ok(step);
    const pushed = await repository.lookUp('1.0');
    assert.ok(pushed, 'tag 1.0 in the registry');
    assert.equal(step.outputs.digest, pushed.digest);
    await checkIndex(repository, pushed.digest, true);
    assert.match(
      step.summary,
      new RegExp(
        `^- Image ${buildkit.registry}/sgg/root:1.0: pushed; digest ${pushed.digest}; platforms linux/amd64, linux/arm64, linux/arm/v7; builder ${buildkit.builder}$`,
        'm',
      ),
    );
    // The builder was the workflow's: the post step has nothing to remove.
    assert.equal(step.state['image-job-builder'] ?? '', '');
  });

  test('build/: BUILDX_BUILDER picks the builder; attestations off gives exactly one manifest per platform', async () => {
    const job = newJob({ BUILDX_BUILDER: buildkit.builder });
    const repository = new RegistryRepository(buildkit.registry, 'sgg/build');
    const step = await runBuild(job, { image: `${buildkit.registry}/sgg/build:2.0`, push: 'true', attestations: 'off' });
    ok(step);
    const pushed = await repository.lookUp('2.0');
    assert.ok(pushed);
    assert.equal(step.outputs.digest, pushed.digest);
    await checkIndex(repository, pushed.digest, false);
    // Built with the workflow's builder as buildx resolves it, with no --builder of ours.
    assert.doesNotMatch(step.stdout, /--builder/);
  });

  test('push: false with image-output: the OCI tarball holds the same checked index, nothing is pushed', async () => {
    const job = newJob({ BUILDX_BUILDER: buildkit.builder });
    const step = await runBuild(job, {
      image: `${buildkit.registry}/sgg/local:3.0`,
      'image-output': 'dist/image.tar',
      attestations: 'off',
    });
    ok(step);
    const layout = mkdtempSync(join(tmpdir(), 'sgg-oci-'));
    try {
      execFileSync('tar', ['-xf', join(job.workspace, 'hello', 'dist', 'image.tar'), '-C', layout]);
      const top = JSON.parse(readFileSync(join(layout, 'index.json'), 'utf8')) as { manifests: Descriptor[] };
      assert.equal(top.manifests.length, 1);
      assert.equal(top.manifests[0]!.annotations?.['io.containerd.image.name'], `${buildkit.registry}/sgg/local:3.0`);
      assert.equal(step.outputs.digest, top.manifests[0]!.digest);
      await checkIndex(new OciLayout(layout), top.manifests[0]!.digest, false);
    } finally {
      rmSync(layout, { recursive: true, force: true });
    }
    assert.equal(await new RegistryRepository(buildkit.registry, 'sgg/local').lookUp('3.0'), undefined);
    assert.match(step.summary, /^- Image [^\n]*sgg\/local:3.0: OCI layout in dist\/image.tar; digest sha256:[0-9a-f]{64}/m);
  });

  test('a Dockerfile copying a platform that was not built fails naming that platform', async () => {
    const job = newJob({ BUILDX_BUILDER: buildkit.builder });
    mkdirSync(join(job.workspace, 'hello'), { recursive: true });
    writeFileSync(join(job.workspace, 'hello', 'Dockerfile.s390x'), 'FROM scratch\nCOPY linux/s390x/hello /hello\n');
    const step = await runBuild(job, { image: `${buildkit.registry}/sgg/s390x:1`, push: 'true', dockerfile: 'Dockerfile.s390x' });
    assert.notEqual(step.code, 0);
    assert.match(
      step.stdout,
      /::error::image: building and pushing [^\n]*sgg\/s390x:1 failed \([^)]*\): the Dockerfile copies linux\/s390x\/hello, but linux\/s390x was not built for this image \(image platforms: linux\/amd64, linux\/arm64, linux\/arm\/v7\)/,
    );
    assert.equal(step.outputs.digest ?? '', '');
    assert.equal(await new RegistryRepository(buildkit.registry, 'sgg/s390x').lookUp('1'), undefined);
  });

  test('registry down: a clear error, no digest, nothing reported as pushed', async () => {
    const job = newJob({ BUILDX_BUILDER: buildkit.builder });
    // Port 9 (discard) has no listener here: every connection is refused.
    const step = await runBuild(job, { image: '127.0.0.1:9/sgg/down:1', push: 'true' });
    assert.notEqual(step.code, 0);
    assert.match(
      step.stdout,
      /::error::image: building and pushing 127.0.0.1:9\/sgg\/down:1 failed \([^)]*\): [^\n]*127\.0\.0\.1:9[^\n]*connection refused/,
    );
    assert.equal(step.outputs.digest ?? '', '');
    assert.match(step.summary, /^- Image 127.0.0.1:9\/sgg\/down:1: failed, nothing reported as built or pushed$/m);
    assert.doesNotMatch(step.summary, /digest/);
    // The binaries still stand, with their outputs.
    assert.equal(JSON.parse(step.outputs.artifacts!).length, 4);
  });

  test('a bad platforms value is refused before anything is built', async () => {
    const job = newJob({ BUILDX_BUILDER: buildkit.builder });
    for (const [platforms, message] of [
      ['linux', /::error::input platforms: "linux" is not goos\/goarch\[\/variant\]/],
      [
        'linux/s390x',
        /::error::input platforms: linux\/s390x is not among the built Linux targets \(linux\/amd64, linux\/arm64, linux\/arm\/v7\)/,
      ],
      ['windows/amd64', /::error::input platforms: windows\/amd64 is not among the built Linux targets/],
    ] as const) {
      const step = await runBuild(job, { image: `${buildkit.registry}/sgg/bad:1`, push: 'true', platforms });
      assert.notEqual(step.code, 0, platforms);
      assert.match(step.stdout, message);
      assert.doesNotMatch(step.stdout, /built linux\/amd64/, 'nothing built');
    }
  });
});
