import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  goReleaseName,
  goRootPathForZipEntry,
  isToolchainExecutable,
  parseToolchainModuleVersion,
  toolchainModuleVersion,
  goRootZipNaming,
} from '../../../../src/install/routes/proxy/toolchain-module';

test('module versions follow Go release names, before and after 1.21', () => {
  assert.equal(toolchainModuleVersion('1.22.5', 'linux', 'amd64'), 'v0.0.1-go1.22.5.linux-amd64');
  assert.equal(toolchainModuleVersion('1.21.0', 'darwin', 'arm64'), 'v0.0.1-go1.21.0.darwin-arm64');
  assert.equal(toolchainModuleVersion('1.20.0', 'linux', 'amd64'), 'v0.0.1-go1.20.linux-amd64');
  assert.equal(toolchainModuleVersion('1.20', 'linux', 'amd64'), 'v0.0.1-go1.20.linux-amd64');
  assert.equal(toolchainModuleVersion('1.23rc2', 'windows', 'amd64'), 'v0.0.1-go1.23rc2.windows-amd64');
  assert.equal(toolchainModuleVersion('1.9.2rc2', 'linux', 'amd64'), 'v0.0.1-go1.9.2rc2.linux-amd64');
  assert.equal(toolchainModuleVersion('1.22.5', 'linux', 'armv6l'), 'v0.0.1-go1.22.5.linux-arm');
  assert.equal(goReleaseName('1.0.0'), 'go1');
});

test('list lines parse back; other versions are ignored', () => {
  const listing = parseToolchainModuleVersion('v0.0.1-go1.20.linux-amd64');
  assert.deepEqual(listing && { ...listing, release: undefined }, { name: 'go1.20', goos: 'linux', goarch: 'amd64', release: undefined });
  assert.equal(listing?.release.patch, 0);
  assert.equal(parseToolchainModuleVersion('v0.0.1-go1.9rc2.windows-amd64')?.release.pre?.kind, 'rc');
  assert.equal(parseToolchainModuleVersion('v1.0.0'), undefined);
  assert.equal(parseToolchainModuleVersion('v0.0.1-gofoo.linux-amd64'), undefined);
});

test('zip names map to GOROOT paths and back', () => {
  assert.equal(goRootPathForZipEntry('src/cmd/_go.mod'), 'src/cmd/go.mod');
  assert.equal(goRootPathForZipEntry('src/_go.mod.txt'), 'src/_go.mod.txt');
  const naming = goRootZipNaming('v0.0.1-go1.22.5.linux-amd64');
  assert.equal(naming.prefix, 'golang.org/toolchain@v0.0.1-go1.22.5.linux-amd64/');
  assert.equal(goRootPathForZipEntry(naming.fileName('go.mod')), 'go.mod');
  assert.equal(naming.fileName('go.mod.txt'), 'go.mod.txt');
  assert.equal(naming.fileName('x.go'), 'x.go');
  assert.deepEqual([...naming.leftOut].sort(), ['api', 'doc', 'misc', 'test']);
  assert.ok(isToolchainExecutable('bin/gofmt') && isToolchainExecutable('pkg/tool/linux_amd64/vet'));
  assert.ok(!isToolchainExecutable('src/bin/x'));
});
