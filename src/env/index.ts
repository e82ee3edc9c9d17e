// The Go environment step: exports the settings from the inputs, masks the credentials of proxy
// and checksum database URLs, reads the effective environment from the installed go, reports risky
// settings (and anything that would run another go than the verified one) and applies env-policy.
import * as core from '@actions/core';
import * as log from '../shared/log';
import { delimiter, isAbsolute, join } from 'node:path';
import { proxyCredentials } from '../shared/credentials';
import { currentGoPlatform, readGoEnvFile, readOptionalFile } from './locate';
import { fileSystemOf, parseMounts } from './mounts';
import { ownGoFacts } from './own-go';
import { goEnvFilePath } from './paths';
import { renderEnvironmentReport, renderOwnGoReport, SETTINGS_WITH_URLS } from './report';
import { findRisks, ownGoRisks, type Risk } from './risks';
import type { EnvPolicy } from './settings';
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

  const userEnvFile = readGoEnvFile(goEnvFilePath({ platform: currentGoPlatform(), env: process.env }));
  // Masked before anything can print them: from the inputs, the job, the go env file, or go itself.
  for (const name of SETTINGS_WITH_URLS) {
    for (const value of [exports[name], process.env[name], userEnvFile[name], goEnv[name]]) {
      for (const secret of proxyCredentials(value ?? '').secrets) core.setSecret(secret);
    }
  }
  for (const [name, value] of Object.entries(exports)) core.exportVariable(name, value);

  const env: Record<string, string | undefined> = { ...goEnv };
  // go ran with the verified GOROOT; later steps get the job's, when it set one.
  env.GOROOT = process.env.GOROOT || goEnv.GOROOT;
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
    // PATH as later steps get it: activation has prepended the verified Go's bin.
    ownGo: ownGoFacts(goRoot, process.env),
  });
  const failing = policy === 'error' && risks.some((risk) => risk.level === 'risk');
  for (const risk of risks) annotate(risk, failing);
  await core.summary.addRaw(renderEnvironmentReport({ env, risks, exported: Object.keys(exports), policy }), true).write();

  applyPolicy(policy, risks);
}

/** Fails under env-policy error when a finding is a risk; says which settings. */
function applyPolicy(policy: EnvPolicy, risks: readonly Risk[]): void {
  if (policy !== 'error' || !risks.some((risk) => risk.level === 'risk')) return;
  const settings = [...new Set(risks.filter((risk) => risk.level === 'risk').map((risk) => risk.setting))];
  throw new Error(`env-policy is error and the Go environment has risky settings: ${settings.join(', ')} (see the job summary)`);
}

/**
 * For a step that runs go without setting up the environment (the build sub-action): reports
 * whatever would make go commands run something other than `goRoot` (the job's GOROOT, GOFLAGS that
 * run other programs, a go earlier on PATH), and fails under env-policy error.
 */
export async function reportOwnGo(goRoot: string, policy: EnvPolicy): Promise<void> {
  const risks = ownGoRisks(ownGoFacts(goRoot, process.env), goRoot);
  const failing = policy === 'error' && risks.length > 0;
  for (const risk of risks) annotate(risk, failing);
  if (risks.length > 0 && process.env.GITHUB_STEP_SUMMARY) {
    await core.summary.addRaw(renderOwnGoReport(goRoot, risks, policy), true).write();
  }
  applyPolicy(policy, risks);
}
