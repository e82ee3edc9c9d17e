// The proxy route: Go releases as the golang.org/toolchain module from GOPROXY, proved by the Go
// checksum database. Entry points for the installer: resolve a spec from `@v/list`, download and
// verify into a staging directory, and check an existing GOROOT against the database.
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as core from '@actions/core';
import * as log from '../../../shared/log';
import { gosumdbSecrets, parseGosumdb, sumdbAnchor, type SumdbConfig } from '../../../sumdb/gosumdb';
import { resolveVersionSpec, describeVersionSpec, type Release, type VersionSpec } from '../../../version/spec';
import { formatGoVersion } from '../../../version/goversion';
import type { TrustAnchor } from '../../../trust/trust-anchor';
import { type GoRootHash, startGoRootHash } from './goroot-hash';
import { describeGoproxy, parseGoproxy, tryProxies, type ProxyEntry } from './goproxy';
import { redactUrl, urlSecrets } from '../../../shared/credentials';
import { downloadToFile, getText, type Expectation } from './http';
import {
  findSumdbBase,
  lookupVerified,
  SumdbNoRecordError,
  SumdbVerificationError,
  type SumdbRequest,
  type VerifiedRecord,
} from './sumdb-client';
import {
  MAX_MODULE_ZIP_BYTES,
  moduleArch,
  parseToolchainModuleVersion,
  parseVersionList,
  TOOLCHAIN_MODULE,
  TOOLCHAIN_ORIGIN,
  toolchainModuleVersion,
} from './toolchain-module';

export interface ProxySourceOptions {
  /** GOPROXY as the job has it; unset or empty means Go's default, https://proxy.golang.org,direct. */
  goproxy?: string;
  /** GOSUMDB as the job has it; empty means sum.golang.org. `off` is refused. */
  gosumdb?: string;
  /** What `direct` reaches for this module; https://go.dev/dl/mod unless a test points elsewhere. */
  origin?: string;
  log?: (line: string) => void;
  /** Tries per request to the database; a check that has somewhere else to turn (a Go in the tool cache) gives up sooner. */
  sumdbAttempts?: number;
}

interface ProxyContext {
  entries: ProxyEntry[];
  /** The GOPROXY in force, as messages name it. */
  goproxy: string;
  sumdb: SumdbConfig;
  sumdbAttempts?: number;
  origin: string;
  log: (line: string) => void;
}

function context(options: ProxySourceOptions): ProxyContext {
  const entries = parseGoproxy(options.goproxy);
  for (const entry of entries) if (entry.kind === 'url') for (const secret of urlSecrets(entry.url)) core.setSecret(secret);
  const sumdb = parseGosumdb(options.gosumdb);
  for (const secret of gosumdbSecrets(sumdb)) core.setSecret(secret);
  return {
    entries,
    goproxy: describeGoproxy(options.goproxy),
    sumdb,
    sumdbAttempts: options.sumdbAttempts,
    origin: (options.origin ?? TOOLCHAIN_ORIGIN).replace(/\/+$/u, ''),
    log: options.log ?? ((line) => log.info(line)),
  };
}

const moduleUrl = (base: string, file: string): string => `${base}/${TOOLCHAIN_MODULE}/@v/${file}`;

/** A version list is a few hundred KiB; the limit also bounds how long a slow proxy may take. */
const VERSION_LIST: Expectation = { maxBytes: 16 * 1024 ** 2, expecting: 'a version list' };
/** The only zip answer we take is a module zip, within Go's limit. */
const MODULE_ZIP: Expectation = { maxBytes: MAX_MODULE_ZIP_BYTES, expecting: 'a module zip' };

/** Go releases the proxy lists for one platform. */
export async function listProxyReleases(goos: string, goarch: string, options: ProxySourceOptions = {}): Promise<Release[]> {
  const ctx = context(options);
  const arch = moduleArch(goarch);
  const list = await tryProxies(ctx.entries, ctx.origin, `listing ${TOOLCHAIN_MODULE} versions through ${ctx.goproxy}`, async (base) => {
    const url = moduleUrl(base, 'list');
    return parseVersionList(await getText(url, VERSION_LIST), redactUrl(url));
  });
  return list
    .map((line) => parseToolchainModuleVersion(line))
    .filter((listing) => listing !== undefined && listing.goos === goos && listing.goarch === arch)
    .map((listing) => ({ version: formatGoVersion(listing!.release), stable: listing!.release.pre === undefined }));
}

/** Resolves a version spec against the proxy's `@v/list`; returns the canonical version (`1.22.5`). */
export async function resolveFromProxy(spec: VersionSpec, options: ProxySourceOptions & { goos: string; goarch: string }): Promise<string> {
  const releases = await listProxyReleases(options.goos, options.goarch, options);
  const version = resolveVersionSpec(spec, releases);
  if (version === undefined) {
    throw new Error(
      `${describeGoproxy(options.goproxy)} lists no ${TOOLCHAIN_MODULE} release for ${options.goos}-${moduleArch(options.goarch)} matching ${describeVersionSpec(spec)} (${releases.length} releases listed for that platform)`,
    );
  }
  return version;
}

export interface ProxyVerificationDetails {
  moduleVersion: string;
  /** Proved h1 of the module zip. */
  zipHash: string;
  recordId: number;
  treeSize: number;
  /** Where the checksum database was reached (credentials redacted). */
  sumdbBase: string;
  files: number;
  zipBytes: number;
}

export interface StagedToolchain {
  stagedGoRoot: string;
  anchors: TrustAnchor[];
  details: ProxyVerificationDetails;
}

async function verifiedRecord(
  ctx: ProxyContext,
  moduleVersion: string,
  signal?: AbortSignal,
): Promise<{ record: VerifiedRecord; base: string }> {
  const request: SumdbRequest = { signal, attempts: ctx.sumdbAttempts };
  // Most proxies serve the database: ask the first one for the record while asking whether it
  // serves it, which saves a round trip. Its answer is used only if the proxy says it does.
  const first = ctx.entries[0];
  const likelyBase = first?.kind === 'url' ? `${first.url}/sumdb/${ctx.sumdb.name}` : undefined;
  const early = likelyBase === undefined ? undefined : lookupVerified(likelyBase, ctx.sumdb, TOOLCHAIN_MODULE, moduleVersion, request);
  early?.catch(() => undefined);
  const base = await findSumdbBase(ctx.entries, ctx.sumdb, request, ctx.goproxy);
  const record = await (base === likelyBase ? early! : lookupVerified(base, ctx.sumdb, TOOLCHAIN_MODULE, moduleVersion, request));
  return { record, base };
}

/**
 * Downloads `golang.org/toolchain@v0.0.1-go<version>.<goos>-<goarch>` into `stagingDir`, extracts it
 * to `<stagingDir>/go` and proves it with the checksum database. On success the staged GOROOT is
 * verified; on any failure nothing is left in `stagingDir` by this call.
 */
export async function downloadAndVerifyFromProxy(
  request: { version: string; goos: string; goarch: string; stagingDir: string } & ProxySourceOptions,
): Promise<StagedToolchain> {
  const ctx = context(request);
  const moduleVersion = toolchainModuleVersion(request.version, request.goos, request.goarch);
  const stagedGoRoot = join(request.stagingDir, 'go');
  const zipPath = join(request.stagingDir, `${moduleVersion}.zip`);
  await mkdir(request.stagingDir, { recursive: true });
  // The database answer does not depend on the download: ask for it meanwhile.
  // A failed download leaves nobody waiting for the database: its requests are abandoned.
  const abandon = new AbortController();
  const proof = verifiedRecord(ctx, moduleVersion, abandon.signal);
  proof.catch(() => undefined);
  try {
    const { zipBytes, from } = await tryProxies(
      ctx.entries,
      ctx.origin,
      `downloading ${TOOLCHAIN_MODULE}@${moduleVersion} through ${ctx.goproxy}`,
      async (base) => {
        ctx.log(`Downloading ${TOOLCHAIN_MODULE}@${moduleVersion} from ${redactUrl(base)}`);
        return { zipBytes: await downloadToFile(moduleUrl(base, `${moduleVersion}.zip`), zipPath, MODULE_ZIP), from: redactUrl(base) };
      },
    );
    // The zip reader (and zlib with it) loads only here: checking a GOROOT in place needs neither.
    const { extractToolchainZip, UnsafeZipError } = await import('./zip-install');
    let extracted: Awaited<ReturnType<typeof extractToolchainZip>>;
    try {
      extracted = await extractToolchainZip(zipPath, moduleVersion, stagedGoRoot);
    } catch (error) {
      // The download itself went through whole: another attempt would fetch the same bytes.
      throw new UnsafeZipError(
        `${TOOLCHAIN_MODULE}@${moduleVersion} from ${from} is not a usable module zip: ${(error as Error).message}; not retried`,
      );
    }
    const { record, base } = await proof;
    if (extracted.zipHash !== record.zipHash) {
      throw new SumdbVerificationError(
        `${TOOLCHAIN_MODULE}@${moduleVersion}: the downloaded zip hashes to ${extracted.zipHash}, but the checksum database ${ctx.sumdb.name} records ${record.zipHash}; the download is not the published release`,
      );
    }
    ctx.log(
      `Verified ${TOOLCHAIN_MODULE}@${moduleVersion} ${record.zipHash}: record ${record.recordId} proved in the tree of size ${record.treeSize} signed by ${record.signers.join(', ')}`,
    );
    return {
      stagedGoRoot,
      anchors: [sumdbAnchor(ctx.sumdb)],
      details: {
        moduleVersion,
        zipHash: record.zipHash,
        recordId: record.recordId,
        treeSize: record.treeSize,
        sumdbBase: redactUrl(base),
        files: extracted.files,
        zipBytes,
      },
    };
  } catch (error) {
    abandon.abort();
    await rm(stagedGoRoot, { recursive: true, force: true });
    throw error;
  } finally {
    await rm(zipPath, { force: true });
  }
}

export interface TreeVerification {
  anchors: TrustAnchor[];
  zipHash: string;
  moduleVersion: string;
  files: number;
}

/** What the checksum database says about a GOROOT: the published release, or not (`recorded`: what it records instead, if anything). */
export type TreeVerdict =
  | ({ kind: 'match' } & TreeVerification)
  | { kind: 'mismatch'; moduleVersion: string; recorded?: string; reason: string };

/**
 * Checks a GOROOT we did not install (a runner image's tool cache, a go.dev install) against the
 * checksum database record of the matching toolchain module. The tree is hashed on every core
 * while the database is asked. Throws when the database cannot be asked or its answer not proved.
 */
export async function checkTreeAgainstSumdb(
  goRoot: string,
  version: string,
  goos: string,
  goarch: string,
  options: ProxySourceOptions = {},
  hashing?: GoRootHash,
): Promise<TreeVerdict> {
  const ctx = context(options);
  // Unless the caller started the hashing already, the requests go out first: the walk that starts
  // the hashing holds this thread for a moment.
  const moduleVersion = hashing?.moduleVersion ?? toolchainModuleVersion(version, goos, goarch);
  const proof = verifiedRecord(ctx, moduleVersion);
  const tree = hashing?.tree ?? startGoRootHash(goRoot, version, goos, goarch).tree;
  // Whichever fails first decides; the other is not left unhandled.
  proof.catch(() => undefined);
  let record: VerifiedRecord;
  try {
    ({ record } = await proof);
  } catch (error) {
    // A database that answers it has no such release contradicts the tree as surely as another h1.
    if (!(error instanceof SumdbNoRecordError)) throw error;
    return { kind: 'mismatch', moduleVersion, reason: `${error.message}: the Go at ${goRoot} is no Go release` };
  }
  const hashed = await tree;
  const what = `Go ${version} ${goos}/${goarch} as recorded in the checksum database ${ctx.sumdb.name} (${TOOLCHAIN_MODULE}@${moduleVersion} ${record.zipHash})`;
  if (hashed.h1 === undefined) {
    const shown = hashed.unexpected.slice(0, 3).join(', ') + (hashed.unexpected.length > 3 ? ', ...' : '');
    return {
      kind: 'mismatch',
      moduleVersion,
      recorded: record.zipHash,
      reason: `the Go at ${goRoot} is not ${what}: it holds ${hashed.unexpected.length} links or other non-files (${shown}); a release holds regular files only`,
    };
  }
  if (hashed.h1 !== record.zipHash) {
    return {
      kind: 'mismatch',
      moduleVersion,
      recorded: record.zipHash,
      reason: `the Go at ${goRoot} does not match ${what}: its files hash to ${hashed.h1}; a file was changed, added or removed`,
    };
  }
  ctx.log(
    `Verified the Go at ${goRoot} (${hashed.files} files) against ${TOOLCHAIN_MODULE}@${moduleVersion} ${record.zipHash} in ${ctx.sumdb.name}`,
  );
  return { kind: 'match', anchors: [sumdbAnchor(ctx.sumdb)], zipHash: record.zipHash, moduleVersion, files: hashed.files };
}
