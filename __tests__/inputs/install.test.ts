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
    refused(
      { 'go-version-file': 'missing/go.mod' },
      'go-version-file',
      new RegExp(
        `^input go-version-file: missing/go\\.mod not found \\(looked for ${join(workspace, 'missing', 'go.mod').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\); run actions/checkout before this step, or fix the path$`,
      ),
    );
    refused(
      { 'go-version-file': 'go.work' },
      'go-version-file',
      /^input go-version-file: go\.work not found \(looked for .*\); run actions\/checkout/,
    );
  });

  test('a Go older than the oldest supported is refused before any download, with what YAML did to 1.20', () => {
    refused(
      { 'go-version': '1.2' },
      'go-version',
      /^input go-version: 1\.2 is older than Go 1\.9, the oldest this action supports; did you mean '1\.20'\? \(YAML reads an unquoted 1\.20 as 1\.2\)$/,
    );
    refused({ 'go-version': '1.8.7' }, 'go-version', /^input go-version: 1\.8\.7 is older than Go 1\.9, .*; ask for Go 1\.9 or newer$/);
    writeFileSync(join(workspace, '.go-version'), '1.2\n');
    refused(
      { 'go-version-file': '.go-version' },
      'go-version-file',
      /^input go-version-file: \.go-version:1: 1\.2 is older than Go 1\.9, the oldest this action supports; ask for Go 1\.9 or newer$/,
    );
    assert.equal(parse({ 'go-version': '1.9' }).specText, '1.9');
  });

  test('an architecture this runner cannot run is refused before any download, naming targets for cross-compiling', () => {
    // The machine's own binfmt_misc may hold QEMU's handlers (the image builds register them).
    const noHandlers = { ...RUNNER, binfmtDir: join(workspace, 'no-binfmt') };
    assert.throws(
      () =>
        parseInstallInputs(
          new InputReader((name) => ({ 'go-version': '1.26', architecture: 'arm64' })[name] ?? ''),
          workspace,
          {},
          noHandlers,
        ),
      (error: unknown) =>
        error instanceof InputError &&
        error.input === 'architecture' &&
        /^input architecture: this amd64 runner cannot run a linux\/arm64 Go and no QEMU handler for it is registered \(.*qemu-aarch64\); to cross-compile, leave input architecture unset and use targets: linux\/arm64$/.test(
          error.message,
        ),
    );
    assert.equal(parse({ 'go-version': '1.26', architecture: '386' }).platform.goarch, '386');
    const arm64Runner = { ...noHandlers, arch: 'arm64' };
    const onArm64 = (architecture: string) =>
      parseInstallInputs(new InputReader((name) => ({ 'go-version': '1.26', architecture })[name] ?? ''), workspace, {}, arm64Runner);
    assert.throws(() => onArm64('x64'), /^InputError: input architecture: this arm64 runner cannot run a linux\/amd64 Go .*qemu-x86_64/);
    assert.equal(onArm64('arm').platform.goarch, 'arm');
  });

  test("with QEMU's binfmt handler registered and enabled, a foreign architecture runs", () => {
    const binfmtDir = join(workspace, 'binfmt_misc');
    mkdirSync(binfmtDir, { recursive: true });
    const withHandler = (contents: string) => {
      writeFileSync(join(binfmtDir, 'qemu-aarch64'), contents);
      return parseInstallInputs(
        new InputReader((name) => ({ 'go-version': '1.26', architecture: 'arm64' })[name] ?? ''),
        workspace,
        {},
        {
          ...RUNNER,
          binfmtDir,
        },
      );
    };
    assert.equal(withHandler('enabled\ninterpreter /usr/bin/qemu-aarch64-static\nflags: F\n').platform.goarch, 'arm64');
    assert.throws(() => withHandler('disabled\ninterpreter /usr/bin/qemu-aarch64-static\n'), /cannot run a linux\/arm64 Go/);
  });

  test('gotoolchain, go-sha256, go-signing-key and go-download-base-url are checked as input errors', () => {
    refused({ 'go-version': '1.26', gotoolchain: 'newest' }, 'gotoolchain', /expected local, auto/);
    refused({ 'go-version': '1.26', 'go-sha256': 'abc' }, 'go-sha256', /expected 64 hexadecimal characters/);
    refused({ 'go-version': '1.26', 'go-signing-key': 'not a key' }, 'go-signing-key', /expected an armored OpenPGP public key/);
    refused({ 'go-version': '1.26', 'go-download-base-url': 'ftp://mirror.test/go' }, 'go-download-base-url', /expected an http\(s\) URL/);
  });
});
