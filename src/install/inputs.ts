// Reads and validates the inputs of the Go install once; every error names the input.
import { readFileSync } from 'node:fs';
import { basename, isAbsolute, resolve } from 'node:path';
import { parseVersionFile } from '../version/files';
import { parseVersionSpec, type VersionSpec } from '../version/spec';
import type { VerifySignatureMode } from './routes/godev/judge-download';
import { goPlatform, type GoPlatform } from './routes/platform';
import { InputError, shown, type InputReader } from '../inputs/reader';

export interface InstallInputs {
  /** Undefined when neither go-version nor go-version-file is given. */
  spec?: VersionSpec;
  /** Where the spec came from, for messages: `input go-version` or `go.mod:3`. */
  specSource: string;
  specText: string;
  checkLatest: boolean;
  platform: GoPlatform;
  downloadBaseUrl?: string;
  signingKey?: string;
  verifySignature: VerifySignatureMode;
  pinnedSha256?: string;
  downloadSource: 'go.dev' | 'proxy' | 'auto';
  /** GOPROXY for the proxy route: the input, else the job's GOPROXY; undefined means `direct`. */
  goproxy?: string;
  /** GOSUMDB for the proxy route: the input, else the job's GOSUMDB; undefined means sum.golang.org. */
  gosumdb?: string;
  /** Check a tool-cache Go we did not install against the checksum database before using it (default true). */
  verifyCached: boolean;
  /** Also check a fresh go.dev or mirror download against the checksum database. */
  sumdbCrossCheck: boolean;
  /** The gotoolchain input; undefined when not given. */
  gotoolchain?: string;
  token?: string;
  warnings: string[];
}

/** The install inputs once a version spec is known (from an input, a version file, or a default). */
export type SpecifiedInstallInputs = InstallInputs & { spec: VersionSpec };

function readSpec(read: InputReader, warnings: string[]): Pick<InstallInputs, 'spec' | 'specSource' | 'specText'> {
  const versionText = read.text('go-version');
  const versionFile = read.path('go-version-file');
  if (versionText && versionFile) {
    warnings.push('both go-version and go-version-file are set: go-version wins, as in actions/setup-go');
  }
  if (versionText) {
    const { spec, warnings: specWarnings } = parseVersionSpec(versionText, 'input go-version');
    warnings.push(...specWarnings);
    return { spec, specSource: 'input go-version', specText: versionText };
  }
  if (versionFile) {
    const path = isAbsolute(versionFile) ? versionFile : resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), versionFile);
    let contents: string;
    try {
      contents = readFileSync(path, 'utf8');
    } catch (error) {
      throw new Error(
        `input go-version-file: cannot read ${versionFile}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      );
    }
    const result = parseVersionFile(basename(path), contents);
    warnings.push(...result.warnings);
    return { spec: result.spec, specSource: `${versionFile}:${result.line}`, specText: result.text };
  }
  return { spec: undefined, specSource: '', specText: '' };
}

export function readInstallInputs(read: InputReader): InstallInputs {
  const warnings: string[] = [];
  const architecture = read.text('architecture') || process.arch;
  const downloadBaseUrl = read.text('go-download-base-url') || process.env.GO_DOWNLOAD_BASE_URL?.trim() || undefined;
  if (downloadBaseUrl) {
    let url: URL;
    try {
      url = new URL(downloadBaseUrl);
    } catch {
      throw new Error(`input go-download-base-url: not a URL: '${downloadBaseUrl}'`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new Error(`input go-download-base-url: expected an http(s) URL, got '${downloadBaseUrl}'`);
    }
  }
  const sha256Text = read.text('go-sha256');
  const pinnedSha256 = sha256Text.toLowerCase() || undefined;
  if (pinnedSha256 && !/^[0-9a-f]{64}$/.test(pinnedSha256)) {
    throw new InputError('go-sha256', `expected 64 hexadecimal characters, got ${shown(sha256Text)}`);
  }
  const signingKey = read.text('go-signing-key', { multiline: true, max: 65536 }) || undefined;
  if (signingKey && !signingKey.includes('-----BEGIN PGP PUBLIC KEY BLOCK-----')) {
    throw new Error('input go-signing-key: expected an armored OpenPGP public key (-----BEGIN PGP PUBLIC KEY BLOCK-----)');
  }
  const gotoolchain = read.text('gotoolchain') || undefined;
  if (gotoolchain && !/^(local|auto|path|go\d+(\.\d+){1,2}((rc|beta)\d+)?(\+(auto|path))?|local\+(auto|path))$/.test(gotoolchain)) {
    throw new Error(`input gotoolchain: expected local, auto, path, goX.Y.Z, goX.Y.Z+auto or goX.Y.Z+path, got '${gotoolchain}'`);
  }
  let platform: GoPlatform;
  try {
    platform = goPlatform(process.platform, architecture);
  } catch (error) {
    throw new Error((error as Error).message);
  }
  return {
    ...readSpec(read, warnings),
    checkLatest: read.boolean('check-latest', false),
    platform,
    downloadBaseUrl,
    signingKey,
    verifySignature: read.choice('verify-signature', ['auto', 'required', 'off'] as const, 'auto'),
    pinnedSha256,
    gotoolchain,
    downloadSource: read.choice('go-download-source', ['go.dev', 'proxy', 'auto'] as const, 'go.dev'),
    goproxy: read.text('goproxy') || process.env.GOPROXY?.trim() || undefined,
    gosumdb: read.text('gosumdb') || process.env.GOSUMDB?.trim() || undefined,
    verifyCached: read.boolean('verify-cached', true),
    sumdbCrossCheck: read.boolean('sumdb-cross-check', false),
    token: read.text('token') || undefined,
    warnings,
  };
}
