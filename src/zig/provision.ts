// Finds or installs the zig that cross-compiles cgo: on PATH (when no zig-version is asked for),
// in the tool cache with our receipt, or downloaded from ziglang.org's index (or a mirror with its
// layout). A download is written to a private staging folder while its SHA-256 and BLAKE2b-512 are
// computed; it is unpacked only after the index's SHA-256 and the Zig project's minisign signature
// (with its trusted comment naming this very file) have both been checked, and enters the tool
// cache by one rename, once the unpacked zig has run in staging and reported the version asked for. zig is never put on PATH: the engine calls it by its full path.
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import * as io from '@actions/io';
import { fetchText, streamDownload, type RequestOptions } from '../http/download';
import { createStagingDir, promoteToolToCache, readToolReceipt, removeStagingDir } from '../tool-cache/entries';
import { completeToolDir, type ToolCacheSlot } from '../tool-cache/layout';
import { runChecked, runQuiet } from '../process/run';
import { blake2b512, parsePublicKey, parseSignature, verifyMinisign, type MinisignVerdict } from './minisign';
import { pickZigDownload, zigHost, type ZigDownload } from './release-index';
import { ZIG_SIGNING_KEY } from './signing-key';

/** Used when zig-version is not set and no zig is on PATH. */
export const DEFAULT_ZIG_VERSION = '0.17.1';
export const ZIG_DOWNLOAD_BASE = 'https://ziglang.org/download';

export interface ZigRequest {
  /** The zig-version input; empty: a zig on PATH, else DEFAULT_ZIG_VERSION. */
  version: string;
  /** The zig-download-base-url input; empty: ziglang.org. Index at <base>/index.json. */
  downloadBaseUrl: string;
  /** The zig-signing-key input: a minisign public key replacing the Zig project's. */
  signingKey: string;
  log: (line: string) => void;
}

export interface ZigReceipt {
  tool: 'setup-go-golden';
  name: 'zig';
  version: string;
  arch: string;
  source: string;
  url: string;
  fileName: string;
  sha256: string;
  size: number;
  anchors: string[];
  minisign: { keyId: string; algorithm: string; trustedComment: string };
  installedAt: string;
}

export interface Zig {
  /** Full path of the zig executable. */
  path: string;
  version: string;
  origin: 'path' | 'tool-cache' | 'downloaded';
  /** What vouches for it: `sha256:<index host>`, `minisign:<key id>`; empty for a zig from PATH. */
  anchors: string[];
}

function slotFor(version: string): ToolCacheSlot {
  return { tool: 'zig', versionFolder: version, arch: process.arch };
}

async function zigVersion(path: string): Promise<string> {
  return (await runChecked(path, ['version'])).trim();
}

async function fromToolCache(version: string): Promise<Zig | undefined> {
  const slot = slotFor(version);
  const dir = completeToolDir(slot);
  const receipt = dir && (await readToolReceipt<ZigReceipt>(slot));
  // A zig folder we did not verify ourselves is not used: it is downloaded and verified instead.
  if (!dir || !receipt || receipt.name !== 'zig') return undefined;
  return { path: join(dir, 'zig'), version, origin: 'tool-cache', anchors: receipt.anchors };
}

/** Downloads `file` into `staging`, hashing as it arrives; returns the file's path and digests. */
async function downloadTarball(
  file: ZigDownload,
  staging: string,
  options: RequestOptions,
): Promise<{ path: string; sha256: string; blake2b: Buffer }> {
  const path = join(staging, file.fileName);
  const tooSlowAdvice = 'try a closer zig mirror (zig-download-base-url)';
  return streamDownload(file.url, { ...options, expectedSize: file.size, tooSlowAdvice }, async (body) => {
    const sha256 = createHash('sha256');
    const blake2b = blake2b512();
    async function* hashed(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
      for await (const chunk of chunks) {
        sha256.update(chunk);
        blake2b.update(chunk);
        yield chunk;
      }
    }
    await pipeline(hashed(body), createWriteStream(path));
    return { path, sha256: sha256.digest('hex'), blake2b: blake2b.digest() };
  });
}

/** Checks the download against the index's SHA-256 and the minisign signature; throws on any doubt. */
function verifyTarball(
  file: ZigDownload,
  downloaded: { path: string; sha256: string; blake2b: Buffer },
  signatureText: string,
  keyText: string,
  keySource: string,
): MinisignVerdict {
  if (downloaded.sha256 !== file.sha256) {
    throw new Error(
      `SHA-256 of ${file.fileName} is ${downloaded.sha256}, but the zig index lists ${file.sha256}: the download is corrupt or tampered with`,
    );
  }
  const key = parsePublicKey(keyText, keySource);
  const signature = parseSignature(signatureText, `${file.fileName}.minisig`);
  return verifyMinisign(key, signature, { blake2b512: downloaded.blake2b, contents: () => readFileSync(downloaded.path) }, file.fileName);
}

async function downloadAndInstall(version: string, request: ZigRequest): Promise<Zig> {
  const host = zigHost(process.platform, process.arch);
  if (!host)
    throw new Error(
      `zig cannot be provisioned on ${process.platform}/${process.arch}: put a zig on PATH or set CC_FOR_<goos>_<goarch> / input cc`,
    );
  if (!(await io.which('xz', false)))
    throw new Error('zig is published as .tar.xz and this runner has no xz: install xz-utils, or put a zig on PATH');
  const base = (request.downloadBaseUrl || ZIG_DOWNLOAD_BASE).replace(/\/+$/, '');
  const indexUrl = `${base}/index.json`;
  const source = new URL(indexUrl).host;
  const options: RequestOptions = { log: request.log };
  const indexText = await fetchText(indexUrl, options);
  if (indexText === undefined) throw new Error(`zig download index ${indexUrl} answered 404 (input zig-download-base-url)`);
  const file = pickZigDownload(indexText, indexUrl, version, host);
  const installed = await fromToolCache(file.version);
  if (installed) return installed;

  const keyText = request.signingKey || ZIG_SIGNING_KEY;
  const keySource = request.signingKey ? 'input zig-signing-key' : 'the Zig project key';
  // Read before the download: a malformed key input fails without fetching 50 MB.
  parsePublicKey(keyText, keySource);
  const signatureText = fetchText(`${file.url}.minisig`, options);
  signatureText.catch(() => undefined);
  const staging = await createStagingDir();
  try {
    request.log(`Downloading zig ${file.version} from ${file.url} (${(file.size / 1024 ** 2).toFixed(1)} MiB)`);
    const downloaded = await downloadTarball(file, staging, options);
    const signature = await signatureText;
    if (signature === undefined) throw new Error(`${file.url}.minisig answered 404: zig is only installed with its minisign signature`);
    const verdict = verifyTarball(file, downloaded, signature, keyText, keySource);
    const unpacked = join(staging, 'unpacked');
    await io.mkdirP(unpacked);
    // Only verified bytes reach tar. GNU tar also refuses absolute names and `..` by default.
    const untar = await runQuiet('tar', ['-xJf', downloaded.path, '-C', unpacked, '--no-same-owner']);
    if (untar.code !== 0) throw new Error(`unpacking ${file.fileName} failed: ${untar.stderr.trim()}`);
    const root = join(unpacked, file.rootDir);
    if (!existsSync(join(root, 'zig'))) throw new Error(`${file.fileName} does not hold ${file.rootDir}/zig`);
    // A signature binds bytes and a file name, not the version an index lists them under: a mirror
    // can serve an older signed zig as a newer one. Run it here, before it can enter the tool cache.
    const staged = await zigVersion(join(root, 'zig')).catch((error: Error) => {
      throw new Error(`the zig in ${file.fileName} does not run in staging, so it is not installed: ${error.message}`);
    });
    if (staged !== file.version) {
      throw new Error(
        `${file.url} is zig ${staged}, not zig ${file.version} as ${indexUrl} says: refused in staging before it could enter the tool cache`,
      );
    }
    const anchors = [`sha256:${source}`, `minisign:${verdict.keyId}`];
    const receipt: ZigReceipt = {
      tool: 'setup-go-golden',
      name: 'zig',
      version: file.version,
      arch: process.arch,
      source,
      url: file.url,
      fileName: file.fileName,
      sha256: downloaded.sha256,
      size: file.size,
      anchors,
      minisign: { keyId: verdict.keyId, algorithm: verdict.algorithm, trustedComment: verdict.trustedComment },
      installedAt: new Date().toISOString(),
    };
    const dir = await promoteToolToCache(slotFor(file.version), root, receipt, `zig ${file.version}`);
    return { path: join(dir, 'zig'), version: file.version, origin: 'downloaded', anchors };
  } finally {
    await removeStagingDir(staging);
  }
}

/** The zig to compile C with, installing a verified one when needed. */
export async function provideZig(request: ZigRequest): Promise<Zig> {
  if (!request.version) {
    const onPath = await io.which('zig', false);
    if (onPath) return { path: onPath, version: await zigVersion(onPath), origin: 'path', anchors: [] };
  }
  const version = request.version || DEFAULT_ZIG_VERSION;
  const zig = (version !== 'latest' && (await fromToolCache(version))) || (await downloadAndInstall(version, request));
  const reported = await zigVersion(zig.path);
  if (reported !== zig.version)
    throw new Error(`${zig.path} reports version ${reported}, not ${zig.version}: the tool cache entry is not what its folder says`);
  return zig;
}
