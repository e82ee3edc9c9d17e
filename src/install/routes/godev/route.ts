// The go.dev route as the installer sees it: releases from the go.dev (or mirror) release index,
// staging by downloading and verifying the archive for this runner.
import * as log from '../../../shared/log';
import { compareGoVersions } from '../../../version/goversion';
import type { RequestOptions } from '../../../http/download';
import { goDevArch, type GoPlatform } from '../platform';
import type { Route } from '../route';
import { downloadAndVerify, downloadSource, fetchReleaseIndex } from './archive-download';
import { GOOGLE_SIGNING_KEY, GOOGLE_SIGNING_KEY_FINGERPRINT } from './google-signing-key';
import { partitionByArchive, pickArchive, type IndexedRelease } from './release-index';
import { tokenHeaders } from './token-scope';
import type { VerifySignatureMode } from './judge-download';

/** What the go.dev route needs of the install options. */
export interface GoDevRouteOptions {
  platform: GoPlatform;
  downloadBaseUrl?: string;
  signingKey?: string;
  verifySignature: VerifySignatureMode;
  pinnedSha256?: string;
  token?: string;
  /** The go-download-source input; under `auto` the proxy route is tried next anyway. */
  downloadSource?: 'go.dev' | 'proxy' | 'auto';
}

/** Request options for the go.dev route; the token goes only to a mirror GitHub itself serves (see token-scope.ts). */
export function goDevRequestOptions(inputs: GoDevRouteOptions): RequestOptions {
  const headers = tokenHeaders(inputs.token, inputs.downloadBaseUrl, process.env.GITHUB_SERVER_URL);
  return { log: (message) => log.info(message), ...(Object.keys(headers).length > 0 ? { headers } : {}) };
}

export async function goDevRoute(inputs: GoDevRouteOptions, requestOptions: RequestOptions): Promise<Route> {
  const source = downloadSource(inputs.downloadBaseUrl);
  const listed: IndexedRelease[] = await fetchReleaseIndex(source, requestOptions, inputs.downloadSource !== 'auto');
  // A release without an archive for this runner cannot be installed: specs resolve among the others.
  const { installable: releases, withoutArchive } = partitionByArchive(listed, inputs.platform.goos, goDevArch(inputs.platform.goarch));
  const verificationKey = inputs.signingKey ?? GOOGLE_SIGNING_KEY;
  const pinnedFingerprint = inputs.signingKey ? undefined : GOOGLE_SIGNING_KEY_FINGERPRINT;
  return {
    label: source.label,
    releases,
    withoutArchive,
    async stage(version, staging, timings) {
      const release = releases.find((candidate) => compareGoVersions(candidate.version, version) === 0)!;
      const file = pickArchive(release, inputs.platform.goos, goDevArch(inputs.platform.goarch));
      if (!file) {
        throw new Error(
          `Go ${version} has no archive for ${inputs.platform.goos}/${inputs.platform.goarch} on ${source.label} (input architecture)`,
        );
      }
      // The key is read while the archive downloads; a bad key is reported first, as it would also fail the signature.
      const signingKey = inputs.signingKey;
      const keyCheck = signingKey
        ? import('./signature').then(({ publicKeyFingerprint }) => publicKeyFingerprint(signingKey, 'input go-signing-key'))
        : undefined;
      log.info(`Downloading ${source.fileUrl(file.filename)} (${(file.size / 1024 ** 2).toFixed(1)} MiB)`);
      const [download, key] = await Promise.allSettled([
        downloadAndVerify(
          source,
          file,
          { verifySignature: inputs.verifySignature, signingKey: verificationKey, pinnedFingerprint, pinnedSha256: inputs.pinnedSha256 },
          staging,
          requestOptions,
          timings,
        ),
        keyCheck,
      ]);
      if (key.status === 'rejected') throw key.reason;
      if (download.status === 'rejected') throw download.reason;
      const staged = download.value;
      return {
        stagedGoRoot: staged.stagedGoRoot,
        notes: staged.notes,
        receipt: {
          source: source.label,
          url: source.fileUrl(file.filename),
          fileName: file.filename,
          sha256: staged.sha256,
          size: staged.size,
          anchors: staged.anchors,
          signature: staged.signature && {
            primaryFingerprint: staged.signature.primaryFingerprint,
            signingKeyId: staged.signature.signingKeyId,
            created: staged.signature.created.toISOString(),
          },
        },
      };
    },
  };
}
