// Makes an installed Go the one later steps use: PATH, GOTOOLCHAIN, the compiler problem matcher,
// and the outputs. The Go's own `go env` (read once, env/go-env.ts) confirms it is the version we meant.
import * as core from '@actions/core';
import * as log from '../shared/log';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InstalledGo } from './installed-go';
import { formatTrustAnchors } from '../trust/trust-anchor';
import { compareGoVersions, releaseVersion } from '../version/goversion';
import { goBinary, selectGoRoot, VERIFIED_GOROOT_VARIABLE } from '../process/go-binary';

export interface ActivatedGo {
  gotoolchain: { value: string; setBy: 'input' | 'workflow' | 'default' };
  gopath: string;
}

/** The matcher file ships next to dist/ in the action's repository. */
function matcherPath(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', 'matchers', 'go.json');
}

export function activateGo(go: InstalledGo, gotoolchainInput: string | undefined, goEnv: Record<string, string>): ActivatedGo {
  const goCommand = goBinary(go.goRoot);
  const gotoolchain = gotoolchainInput
    ? { value: gotoolchainInput, setBy: 'input' as const }
    : process.env.GOTOOLCHAIN
      ? { value: process.env.GOTOOLCHAIN, setBy: 'workflow' as const }
      : { value: 'local', setBy: 'default' as const };
  const reported = (goEnv.GOVERSION ?? '').split(' ')[0]!;
  const gopath = goEnv.GOPATH ?? '';
  const reportedVersion = releaseVersion(reported);
  if (!reportedVersion || compareGoVersions(reportedVersion, go.version) !== 0) {
    throw new Error(
      `${goCommand} reports ${reported}, not go${go.version}: the tool cache entry ${go.goRoot} is not what its folder name says`,
    );
  }
  // The runner prepends each added folder, so the last one added comes first: the verified Go's bin,
  // ahead of GOPATH/bin, where anything `go install`ed (or planted) under the name go would win.
  if (gopath) core.addPath(join(gopath.split(process.platform === 'win32' ? ';' : ':')[0]!, 'bin'));
  core.addPath(join(go.goRoot, 'bin'));
  // This step's own commands, and the build sub-action in later steps, run this tree and no other.
  selectGoRoot(go.goRoot);
  core.exportVariable(VERIFIED_GOROOT_VARIABLE, go.goRoot);
  if (gotoolchain.setBy !== 'workflow') core.exportVariable('GOTOOLCHAIN', gotoolchain.value);
  else log.info(`GOTOOLCHAIN=${gotoolchain.value} was set by the workflow; leaving it (set input gotoolchain to override)`);
  const matcher = matcherPath();
  if (existsSync(matcher)) log.addMatcher(matcher);
  core.setOutput('go-version', go.version);
  core.setOutput('go-root', go.goRoot);
  core.setOutput('verified', go.anchors.length > 0 ? formatTrustAnchors(go.anchors) : 'none');
  return { gotoolchain, gopath };
}
