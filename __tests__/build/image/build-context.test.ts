import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildxBuildArgs,
  chooseBuilder,
  contextLayout,
  createBuilderArgs,
  defaultDockerfile,
  explainBuildFailure,
  imageBinaries,
  imageNote,
  parseBuilderInspect,
  removeBuilderArgs,
  type ImageBinary,
} from '../../../src/build/image/build-context';
import { DOCKER_DRIVER_INSPECT as DOCKER_DRIVER, REMOTE_DRIVER_INSPECT as REMOTE_DRIVER } from '../image-inspect';

const binary = (goos: string, goarch: string, variant = ''): ImageBinary => ({
  target: { goos, goarch, variant },
  source: `/w/dist/hello-${[goos, goarch, variant].filter(Boolean).join('-')}`,
  program: goos === 'windows' ? 'hello.exe' : 'hello',
});
const built = [binary('linux', 'amd64'), binary('linux', 'arm', 'v7'), binary('windows', 'amd64'), binary('linux', 'arm64')];

describe('image context', () => {
  test('platforms default to the Linux targets', () => {
    assert.deepEqual(
      imageBinaries(built, []).map((b) => b.source),
      ['/w/dist/hello-linux-amd64', '/w/dist/hello-linux-arm-v7', '/w/dist/hello-linux-arm64'],
    );
  });

  test('explicit platforms pick built Linux targets, in the order given', () => {
    assert.deepEqual(
      imageBinaries(built, ['linux/arm64', 'linux/amd64']).map((b) => b.source),
      ['/w/dist/hello-linux-arm64', '/w/dist/hello-linux-amd64'],
    );
    assert.throws(
      () => imageBinaries(built, ['linux/s390x']),
      /input platforms: linux\/s390x is not among the built Linux targets \(linux\/amd64, linux\/arm\/v7, linux\/arm64\)/,
    );
    assert.throws(() => imageBinaries(built, ['windows/amd64']), /windows\/amd64 is not among the built Linux targets/);
    assert.throws(() => imageBinaries([binary('darwin', 'arm64')], []), /no Linux target was built/);
    for (const malformed of ['linux', 'linux/', 'linux/arm/v7/x', 'linux amd64/x']) {
      assert.throws(
        () => imageBinaries(built, [malformed]),
        new RegExp(`^Error: input platforms: "${malformed}" is not os/arch\\[/variant\\]$`),
        malformed,
      );
    }
  });

  test('each binary sits at <os>/<arch>[/<variant>]/<program>, matching $TARGETPLATFORM', () => {
    assert.deepEqual(contextLayout(imageBinaries(built, [])), [
      { source: '/w/dist/hello-linux-amd64', destination: 'linux/amd64/hello' },
      { source: '/w/dist/hello-linux-arm-v7', destination: 'linux/arm/v7/hello' },
      { source: '/w/dist/hello-linux-arm64', destination: 'linux/arm64/hello' },
    ]);
    assert.equal(
      defaultDockerfile('hello'),
      'FROM scratch\nARG TARGETPLATFORM\nCOPY $TARGETPLATFORM/hello /hello\nENTRYPOINT ["/hello"]\n',
    );
  });

  test('buildx arguments', () => {
    const request = {
      image: 'ghcr.io/acme/hello:1.0',
      platforms: ['linux/amd64', 'linux/arm/v7'],
      dockerfile: '/ctx/Dockerfile',
      context: '/ctx',
      metadataFile: '/tmp/m.json',
      push: false,
      ociTarball: '',
      builder: '',
      attestations: 'auto' as const,
    };
    assert.deepEqual(buildxBuildArgs(request), [
      'build',
      '--platform',
      'linux/amd64,linux/arm/v7',
      '--file',
      '/ctx/Dockerfile',
      '--tag',
      'ghcr.io/acme/hello:1.0',
      '--metadata-file',
      '/tmp/m.json',
      '/ctx',
    ]);
    assert.deepEqual(buildxBuildArgs({ ...request, push: true }).slice(-3), ['--output', 'type=registry', '/ctx']);
    assert.deepEqual(buildxBuildArgs({ ...request, push: true, ociTarball: '/w/image.tar' }).slice(-5), [
      '--output',
      'type=registry',
      '--output',
      'type=oci,dest=/w/image.tar',
      '/ctx',
    ]);
    assert.deepEqual(buildxBuildArgs({ ...request, builder: 'job-builder' }).slice(0, 3), ['build', '--builder', 'job-builder']);
    assert.deepEqual(buildxBuildArgs({ ...request, attestations: 'off' }).slice(7, 9), ['--provenance=false', '--sbom=false']);
  });
});

describe('builder choice', () => {
  const needs = { chosen: '', chosenBy: 'BUILDX_BUILDER', multiPlatform: true, ociExport: false, jobBuilder: 'setup-go-golden-1-ab' };
  const docker = parseBuilderInspect(DOCKER_DRIVER);
  const remote = parseBuilderInspect(REMOTE_DRIVER);

  test('inspect output: driver and features (false is false)', () => {
    assert.deepEqual(docker, { name: 'default', driver: 'docker', multiPlatform: false, ociExport: false });
    assert.deepEqual(remote, { name: 'ci', driver: 'remote', multiPlatform: true, ociExport: true });
    // Older buildx prints no features: only the docker driver is known to lack them.
    const old = (driver: string) => parseBuilderInspect(`Name: x\nDriver: ${driver}\n\nNodes:\nName: x0\nPlatforms: linux/amd64\n`);
    assert.deepEqual(old('docker'), { name: 'x', driver: 'docker', multiPlatform: false, ociExport: false });
    assert.deepEqual(old('docker-container'), { name: 'x', driver: 'docker-container', multiPlatform: true, ociExport: true });
  });

  test('the docker driver without multi-platform support gets a docker-container builder for the job', () => {
    assert.deepEqual(chooseBuilder(docker, needs), { action: 'create', builder: 'setup-go-golden-1-ab' });
    assert.deepEqual(chooseBuilder(docker, { ...needs, multiPlatform: false, ociExport: true }), {
      action: 'create',
      builder: 'setup-go-golden-1-ab',
    });
    // One platform, no OCI tarball: the docker driver does it.
    assert.deepEqual(chooseBuilder(docker, { ...needs, multiPlatform: false }), { action: 'use', builder: 'default' });
    // The containerd image store gives the docker driver multi-platform builds.
    assert.deepEqual(chooseBuilder({ ...docker, multiPlatform: true }, needs), { action: 'use', builder: 'default' });
    assert.deepEqual(chooseBuilder(remote, { ...needs, ociExport: true }), { action: 'use', builder: 'ci' });
  });

  test('a builder the workflow chose is used, or refused with the setting named, never replaced', () => {
    assert.deepEqual(chooseBuilder(remote, { ...needs, chosen: 'ci' }), { action: 'use', builder: 'ci' });
    assert.throws(
      () => chooseBuilder(docker, { ...needs, chosen: 'default', chosenBy: 'input builder', ociExport: true }),
      /^Error: input builder: builder default \(driver docker\) lacks multi-platform builds and the OCI exporter \(image-output\)/,
    );
    assert.throws(
      () => chooseBuilder(docker, { ...needs, chosen: 'default' }),
      /^Error: BUILDX_BUILDER: builder default \(driver docker\) lacks multi-platform builds;/,
    );
  });

  test('create, bootstrap and remove commands', () => {
    assert.deepEqual(createBuilderArgs('b1'), [
      ['create', '--name', 'b1', '--driver', 'docker-container'],
      ['inspect', '--bootstrap', '--builder', 'b1'],
    ]);
    assert.deepEqual(removeBuilderArgs('b1'), ['rm', '--builder', 'b1']);
  });
});

describe('image report', () => {
  const built = ['linux/amd64', 'linux/arm64', 'linux/arm/v7'];
  const os = ['linux', 'windows', 'darwin'];

  test('a copied path of a platform that was not built is named with that platform', () => {
    const output =
      '#9 ERROR: failed to calculate checksum of ref abc::def: "/linux/s390x/hello": not found\nERROR: failed to build: failed to solve: ...';
    assert.equal(
      explainBuildFailure(output, built, os),
      'the Dockerfile copies linux/s390x/hello, but linux/s390x was not built for this image (image platforms: linux/amd64, linux/arm64, linux/arm/v7)',
    );
    assert.match(explainBuildFailure('"/linux/arm/v6/hello": not found', built, os)!, /but linux\/arm\/v6 was not built/);
    assert.match(
      explainBuildFailure('"/linux/amd64/other": not found', built, os)!,
      /copies linux\/amd64\/other, which is not in the build context/,
    );
    assert.match(
      explainBuildFailure('"/config/app.yaml": not found', built, os)!,
      /copies config\/app.yaml, which is not in the build context/,
    );
    assert.equal(
      explainBuildFailure('#1 building\nERROR: failed to push 127.0.0.1:9/x:1: connection refused\n', built, os),
      'ERROR: failed to push 127.0.0.1:9/x:1: connection refused',
    );
    assert.equal(explainBuildFailure('nothing useful', built, os), undefined);
  });

  test('summary line', () => {
    const facts = { digest: 'sha256:abc', platforms: ['linux/amd64', 'linux/arm64'], builder: 'b1', createdBuilder: true };
    assert.equal(
      imageNote('r/x:1', facts, true, 'dist/image.tar'),
      'Image r/x:1: pushed, OCI layout in dist/image.tar; digest sha256:abc; platforms linux/amd64, linux/arm64; builder b1 (created for this job)',
    );
    assert.equal(
      imageNote('r/x:1', { ...facts, digest: undefined, createdBuilder: false }, false, ''),
      'Image r/x:1: built (kept in the builder cache only: set push or image-output); platforms linux/amd64, linux/arm64; builder b1',
    );
  });
});
