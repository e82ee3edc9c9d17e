// The install inputs as the input layer reads them: version files taken from the workspace it is
// given, the job's environment where an input falls back to it, and every error an input error.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseInstallInputs } from '../../src/inputs/install';
import { InputError, InputReader } from '../../src/inputs/reader';

const RUNNER = { platform: 'linux', arch: 'x64' };

describe('install inputs', () => {
  const workspace = mkdtempSync(join(tmpdir(), 'sgg-install-inputs-'));
  after(() => rmSync(workspace, { recursive: true, force: true }));
  const parse = (inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}) =>
    parseInstallInputs(new InputReader((name) => inputs[name] ?? ''), workspace, env, RUNNER);
  const refused = (inputs: Record<string, string>, input: string, message: RegExp) =>
    assert.throws(
      () => parse(inputs),
      (error: unknown) => error instanceof InputError && error.input === input && message.test(error.message),
    );

  test('a relative go-version-file is read from the workspace given, not the process directory', () => {
    mkdirSync(join(workspace, 'app'), { recursive: true });
    writeFileSync(join(workspace, 'app', 'go.mod'), 'module example.com/app\n\ngo 1.24.2\n');
    const options = parse({ 'go-version-file': 'app/go.mod' });
    assert.equal(options.specSource, 'app/go.mod:3');
    assert.equal(options.specText, '1.24.2');
  });

  test('GO_DOWNLOAD_BASE_URL, GOPROXY and GOSUMDB come from the environment given when their inputs are empty', () => {
    const env = { GO_DOWNLOAD_BASE_URL: 'https://mirror.test/go', GOPROXY: 'https://proxy.test', GOSUMDB: 'sum.golang.org' };
    const fromEnv = parse({ 'go-version': '1.26' }, env);
    assert.equal(fromEnv.downloadBaseUrl, 'https://mirror.test/go');
    assert.equal(fromEnv.goproxy, 'https://proxy.test');
    assert.equal(fromEnv.gosumdb, 'sum.golang.org');
    const fromInputs = parse({ 'go-version': '1.26', goproxy: 'https://other.test' }, env);
    assert.equal(fromInputs.goproxy, 'https://other.test');
    assert.equal(parse({ 'go-version': '1.26' }).goproxy, undefined);
  });

  test('the runner architecture is the default; a name Go does not know is an error of input architecture', () => {
    assert.deepEqual(parse({ 'go-version': '1.26' }).platform, { goos: 'linux', goarch: 'amd64', toolCacheArch: 'x64' });
    refused({ 'go-version': '1.26', architecture: 'sparc' }, 'architecture', /^input architecture: unknown architecture 'sparc'/);
  });

  test('a bad version or version file is an input error that names the input once, and the file and line', () => {
    refused({ 'go-version': 'one.two' }, 'go-version', /^input go-version: cannot read "one\.two" as a Go version/);
    writeFileSync(join(workspace, 'go.mod'), 'module m\n\ngo 1.22.x\n');
    refused(
      { 'go-version-file': 'go.mod' },
      'go-version-file',
      /^input go-version-file: go\.mod:3: go line "1\.22\.x" is not a Go version/,
    );
    refused({ 'go-version-file': 'missing/go.mod' }, 'go-version-file', /^input go-version-file: cannot read missing\/go\.mod: ENOENT/);
  });

  test('gotoolchain, go-sha256, go-signing-key and go-download-base-url are checked as input errors', () => {
    refused({ 'go-version': '1.26', gotoolchain: 'newest' }, 'gotoolchain', /expected local, auto/);
    refused({ 'go-version': '1.26', 'go-sha256': 'abc' }, 'go-sha256', /expected 64 hexadecimal characters/);
    refused({ 'go-version': '1.26', 'go-signing-key': 'not a key' }, 'go-signing-key', /expected an armored OpenPGP public key/);
    refused({ 'go-version': '1.26', 'go-download-base-url': 'ftp://mirror.test/go' }, 'go-download-base-url', /expected an http\(s\) URL/);
  });
});
