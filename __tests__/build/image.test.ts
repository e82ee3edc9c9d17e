import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { buildxBuildArgs, contextLayout, defaultDockerfile, imageBinaries, type ImageBinary } from '../../src/build/image';

const binary = (goos: string, goarch: string, variant = ''): ImageBinary => ({
  target: { goos, goarch, variant },
  source: `/w/dist/hello-${[goos, goarch, variant].filter(Boolean).join('-')}`,
  program: goos === 'windows' ? 'hello.exe' : 'hello',
});
const built = [binary('linux', 'amd64'), binary('linux', 'arm', 'v7'), binary('windows', 'amd64'), binary('linux', 'arm64')];

describe('image context', () => {
  test('platforms default to the Linux targets', () => {
    assert.deepEqual(imageBinaries(built, []).map((b) => b.source), ['/w/dist/hello-linux-amd64', '/w/dist/hello-linux-arm-v7', '/w/dist/hello-linux-arm64']);
  });

  test('explicit platforms pick built Linux targets, in the order given', () => {
    assert.deepEqual(imageBinaries(built, ['linux/arm64', 'linux/amd64']).map((b) => b.source), ['/w/dist/hello-linux-arm64', '/w/dist/hello-linux-amd64']);
    assert.throws(() => imageBinaries(built, ['linux/s390x']), /input platforms: linux\/s390x is not among the built Linux targets \(linux\/amd64, linux\/arm\/v7, linux\/arm64\)/);
    assert.throws(() => imageBinaries(built, ['windows/amd64']), /windows\/amd64 is not among the built Linux targets/);
    assert.throws(() => imageBinaries([binary('darwin', 'arm64')], []), /no Linux target was built/);
  });

  test('each binary sits at <os>/<arch>[/<variant>]/<program>, matching $TARGETPLATFORM', () => {
    assert.deepEqual(contextLayout(imageBinaries(built, [])), [
      { source: '/w/dist/hello-linux-amd64', destination: 'linux/amd64/hello' },
      { source: '/w/dist/hello-linux-arm-v7', destination: 'linux/arm/v7/hello' },
      { source: '/w/dist/hello-linux-arm64', destination: 'linux/arm64/hello' },
    ]);
    assert.equal(defaultDockerfile('hello'), 'FROM scratch\nARG TARGETPLATFORM\nCOPY $TARGETPLATFORM/hello /hello\nENTRYPOINT ["/hello"]\n');
  });

  test('buildx arguments', () => {
    const request = { image: 'ghcr.io/acme/hello:1.0', platforms: ['linux/amd64', 'linux/arm/v7'], dockerfile: '/ctx/Dockerfile', context: '/ctx', metadataFile: '/tmp/m.json' };
    assert.deepEqual(buildxBuildArgs({ ...request, push: false }), [
      'build', '--platform', 'linux/amd64,linux/arm/v7', '--file', '/ctx/Dockerfile', '--tag', 'ghcr.io/acme/hello:1.0', '--metadata-file', '/tmp/m.json', '/ctx',
    ]);
    assert.deepEqual(buildxBuildArgs({ ...request, push: true }).slice(-2), ['--push', '/ctx']);
  });
});
