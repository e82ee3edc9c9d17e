// The Go environment step: exports the settings from the inputs, masks proxy credentials, reads
// the effective environment from the installed go, reports risky settings and applies env-policy.
import * as core from '@actions/core';
import * as log from '../shared/log';
import { delimiter, isAbsolute, join } from 'node:path';
import { proxyCredentials } from '../shared/credentials';
import { currentGoPlatform, readGoEnvFile, readOptionalFile } from './locate';
import { fileSystemOf, parseMounts } from './mounts';
import { goEnvFilePath } from './paths';
import { renderEnvironmentReport } from './report';
import { findRisks, type Risk } from './risks';
import type { EnvironmentOptions } from './options';
import type { GoPaths } from './paths';
import { isInside } from '../shared/path-inside';
import { effectiveToolchain, environmentExports } from './settings';

/** The variables this step exports: the inputs' settings, and the cache folders the caches were restored into. */
export function plannedExports(options: EnvironmentOptions, paths: GoPaths): Record<string, string> {
  return environmentExports(options.values, paths);
}

function fileSystemsOf(paths: string[]): Record<string, string | undefined> {
  if (process.platform !== 'linux') return {};
  const mounts = parseMounts(readOptionalFile('/proc/mounts'));
  return Object.fromEntries(paths.map((path) => [path, fileSystemOf(path, mounts)]));
}

function annotate(risk: Risk, failing: boolean): void {
  const properties = { title: `Go environment: ${risk.setting}` };
  if (risk.level === 'advice') log.notice(risk.message, properties);
  else if (failing) log.error(risk.message, properties);
  else log.warning(risk.message, properties);
}

/** `goEnv`: the installed Go's `go env` with `exports` applied (env/go-env.ts). */
export async function configureGoEnvironment(
  goRoot: string,
  options: EnvironmentOptions,
  exports: Record<string, string>,
  goEnv: Record<string, string>,
): Promise<void> {
  const policy = options.policy;

  // Mask before anything can print the proxy URL.
  for (const secret of proxyCredentials(exports.GOPROXY ?? process.env.GOPROXY ?? '').secrets) core.setSecret(secret);
  for (const [name, value] of Object.entries(exports)) core.exportVariable(name, value);

  const env: Record<string, string | undefined> = { ...goEnv };
  const userEnvFile = readGoEnvFile(goEnvFilePath({ platform: currentGoPlatform(), env: process.env }));
  const goRootEnvFile = readGoEnvFile(join(goRoot, 'go.env'));
  env.GOTOOLCHAIN = effectiveToolchain({
    env: process.env.GOTOOLCHAIN,
    userEnvFile: userEnvFile.GOTOOLCHAIN,
    goRootEnvFile: goRootEnvFile.GOTOOLCHAIN,
  });

  const locations = ['GOPATH', 'GOCACHE', 'GOMODCACHE'].flatMap((name) => (env[name] ?? '').split(delimiter)).filter(Boolean);
  const risks = findRisks({
    env,
    goRoot,
    workspace: options.workspace,
    fileSystems: fileSystemsOf(locations),
    isAbsolute,
    isInside,
  });
  const failing = policy === 'error' && risks.some((risk) => risk.level === 'risk');
  for (const risk of risks) annotate(risk, failing);
  await core.summary.addRaw(renderEnvironmentReport({ env, risks, exported: Object.keys(exports), policy }), true).write();

  if (failing) {
    const settings = [...new Set(risks.filter((risk) => risk.level === 'risk').map((risk) => risk.setting))];
    throw new Error(`env-policy is error and the Go environment has risky settings: ${settings.join(', ')} (see the job summary)`);
  }
}
