// The inputs of the Go install, read and checked once; every error names the input. Where an input
// falls back to the job's environment (GO_DOWNLOAD_BASE_URL, GOPROXY, GOSUMDB), it is read here too.
import { basename, isAbsolute, resolve } from 'node:path';
import type { InstallOptions } from '../install/options';
import { describeRefusal, readNamedFile } from '../shared/repo-file';
import { goPlatform, type GoPlatform } from '../install/routes/platform';
import { parseVersionFile } from '../version/version-files';
import { parseVersionSpec, refuseUnsupportedSpec } from '../version/spec';
import { unrunnableArchitecture } from '../install/runnable-arch';
import { InputError, shown, type InputReader } from './reader';

/** A parser's error as an error of `input` (its message names the input once). */
function asInputError<T>(input: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    const message = (error as Error).message;
    const prefix = `input ${input}: `;
    throw new InputError(input, message.startsWith(prefix) ? message.slice(prefix.length) : message);
  }
}

function readSpec(read: InputReader, workspace: string, warnings: string[]): Pick<InstallOptions, 'spec' | 'specSource' | 'specText'> {
  const versionText = read.text('go-version');
  const versionFile = read.path('go-version-file');
  if (versionText && versionFile) {
    warnings.push('both go-version and go-version-file are set: go-version wins, as in actions/setup-go');
  }
  if (versionText) {
    const { spec, warnings: specWarnings } = asInputError('go-version', () => parseVersionSpec(versionText, 'input go-version'));
    asInputError('go-version', () => refuseUnsupportedSpec(spec, 'input go-version', versionText));
    warnings.push(...specWarnings);
    return { spec, specSource: 'input go-version', specText: versionText };
  }
  if (versionFile) {
    const path = isAbsolute(versionFile) ? versionFile : resolve(workspace, versionFile);
    const contents = readVersionFileInput(versionFile, path, workspace);
    const result = asInputError('go-version-file', () => parseVersionFile(basename(path), contents));
    const specSource = `${versionFile}:${result.line}`;
    asInputError('go-version-file', () => refuseUnsupportedSpec(result.spec, specSource, result.text, { fromYaml: false }));
    warnings.push(...result.warnings);
    return { spec: result.spec, specSource, specText: result.text };
  }
  return { spec: undefined, specSource: '', specText: '' };
}

/** The largest go-version-file read: a go.mod far above any real one, far below what strains memory. */
const MAX_VERSION_FILE_BYTES = 1 << 20;

/** A go-version-file that is not there: most often the repository is not checked out yet. */
function missingVersionFile(versionFile: string, path: string): InputError {
  return new InputError(
    'go-version-file',
    `${versionFile} not found (looked for ${path}); run actions/checkout before this step, or fix the path`,
  );
}

/**
 * The go-version-file's text, read without following links (a link to /proc/self/environ would
 * put the step's environment into an error message), refusing a special file (a named pipe would
 * hang the step) or one over 1 MiB.
 */
function readVersionFileInput(versionFile: string, path: string, workspace: string): string {
  let file: ReturnType<typeof readNamedFile>;
  try {
    file = readNamedFile(workspace, path, { maxBytes: MAX_VERSION_FILE_BYTES });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw missingVersionFile(versionFile, path);
    throw new InputError(
      'go-version-file',
      `cannot read ${versionFile}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  const { read, name } = file;
  if (read.kind === 'bytes') return read.bytes.toString('utf8');
  if (read.kind === 'missing') throw missingVersionFile(versionFile, path);
  throw new InputError('go-version-file', describeRefusal(name, read));
}

/**
 * `env`: the job's environment, for the inputs that fall back to it; `runner`: this machine's
 * platform and architecture (`binfmtDir`: where Linux lists its handlers for foreign binaries).
 */
export function parseInstallInputs(
  read: InputReader,
  workspace: string,
  env: NodeJS.ProcessEnv,
  runner: { platform: string; arch: string; binfmtDir?: string },
): InstallOptions {
  const warnings: string[] = [];
  const architecture = read.text('architecture') || runner.arch;
  const downloadBaseUrl = read.text('go-download-base-url') || env.GO_DOWNLOAD_BASE_URL?.trim() || undefined;
  if (downloadBaseUrl) {
    let url: URL;
    try {
      url = new URL(downloadBaseUrl);
    } catch {
      throw new InputError('go-download-base-url', `not a URL: '${downloadBaseUrl}'`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new InputError('go-download-base-url', `expected an http(s) URL, got '${downloadBaseUrl}'`);
    }
  }
  const sha256Text = read.text('go-sha256');
  const pinnedSha256 = sha256Text.toLowerCase() || undefined;
  if (pinnedSha256 && !/^[0-9a-f]{64}$/.test(pinnedSha256)) {
    throw new InputError('go-sha256', `expected 64 hexadecimal characters, got ${shown(sha256Text)}`);
  }
  const signingKey = read.text('go-signing-key', { multiline: true, max: 65536 }) || undefined;
  if (signingKey && !signingKey.includes('-----BEGIN PGP PUBLIC KEY BLOCK-----')) {
    throw new InputError('go-signing-key', 'expected an armored OpenPGP public key (-----BEGIN PGP PUBLIC KEY BLOCK-----)');
  }
  const gotoolchain = read.text('gotoolchain') || undefined;
  if (gotoolchain && !/^(local|auto|path|go\d+(\.\d+){1,2}((rc|beta)\d+)?(\+(auto|path))?|local\+(auto|path))$/.test(gotoolchain)) {
    throw new InputError('gotoolchain', `expected local, auto, path, goX.Y.Z, goX.Y.Z+auto or goX.Y.Z+path, got '${gotoolchain}'`);
  }
  let platform: GoPlatform;
  try {
    platform = goPlatform(runner.platform, architecture);
  } catch (error) {
    const message = (error as Error).message;
    // The runner's own platform is no input's fault.
    if (message.startsWith('unknown architecture')) throw new InputError('architecture', message);
    throw error;
  }
  const unrunnable = unrunnableArchitecture(runner, platform.goos, platform.goarch, runner.binfmtDir);
  if (unrunnable) throw new InputError('architecture', unrunnable);
  return {
    ...readSpec(read, workspace, warnings),
    checkLatest: read.boolean('check-latest', false),
    platform,
    downloadBaseUrl,
    signingKey,
    verifySignature: read.choice('verify-signature', ['auto', 'required', 'off'] as const, 'auto'),
    pinnedSha256,
    gotoolchain,
    downloadSource: read.choice('go-download-source', ['go.dev', 'proxy', 'auto'] as const, 'go.dev'),
    goproxy: read.text('goproxy') || env.GOPROXY?.trim() || undefined,
    gosumdb: read.text('gosumdb') || env.GOSUMDB?.trim() || undefined,
    verifyCached: read.boolean('verify-cached', true),
    sumdbCrossCheck: read.boolean('sumdb-cross-check', false),
    token: read.text('token') || undefined,
    warnings,
  };
}
