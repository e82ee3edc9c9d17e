// The Go environment step: exports the settings from the inputs, masks proxy credentials, reads
// the effective environment from the installed go, reports risky settings and applies env-policy.
import * as core from '@actions/core';
import * as log from '../shared/log';
import { getExecOutput } from '@actions/exec';
import { tmpdir } from 'node:os';
import { delimiter, isAbsolute, join } from 'node:path';
import { proxyCredentials } from '../shared/credentials';
import { currentGoPlatform, locateGoPaths, readGoEnvFile, readOptionalFile } from './locate';
import { fileSystemOf, parseMounts } from './mounts';
import { goEnvFilePath } from './paths';
import { renderEnvironmentReport, REPORTED_SETTINGS } from './report';
import { findRisks, type Risk } from './risks';
import type { EnvironmentInputs } from '../inputs/environment';
import { isInside } from '../inputs/workspace';
import { effectiveToolchain, environmentExports } from './settings';
import { goBinary } from '../shared/go-binary';

export interface GoEnvironmentContext {
  goRoot: string;
  goVersion: string;
}

/**
 * `go env -json` of the installed go, for the settings the report covers. Named, not all: the
 * full list makes go probe the C compiler and lay out the build cache (0.15 s on a fresh runner).
 * GOTOOLCHAIN=local for this one call: with auto or a go1.x value, go would download and run
 * another toolchain just to answer.
 */
async function readGoEnv(goRoot: string): Promise<Record<string, string>> {
  const go = goBinary(goRoot);
  const { exitCode, stdout, stderr } = await getExecOutput(go, ['env', '-json', ...REPORTED_SETTINGS], {
    cwd: tmpdir(),
    env: { ...(process.env as Record<string, string>), GOTOOLCHAIN: 'local' },
    silent: true,
    ignoreReturnCode: true,
  });
  if (exitCode !== 0) throw new Error(`go env -json failed: ${stderr.trim()}`);
  return JSON.parse(stdout) as Record<string, string>;
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

export async function configureGoEnvironment(context: GoEnvironmentContext, inputs: EnvironmentInputs): Promise<void> {
  const policy = inputs.policy;
  const exports = environmentExports(inputs.values, locateGoPaths(inputs));

  // Mask before anything can print the proxy URL.
  for (const secret of proxyCredentials(exports.GOPROXY ?? process.env.GOPROXY ?? '').secrets) core.setSecret(secret);
  for (const [name, value] of Object.entries(exports)) core.exportVariable(name, value);

  let env: Record<string, string | undefined>;
  try {
    env = await readGoEnv(context.goRoot);
  } catch (error) {
    log.warning(`${(error as Error).message}; the report shows the job environment instead`);
    env = Object.fromEntries(REPORTED_SETTINGS.map((name) => [name, process.env[name]]));
    env.GOVERSION = `go${context.goVersion}`;
    env.GOROOT = context.goRoot;
  }
  const userEnvFile = readGoEnvFile(goEnvFilePath({ platform: currentGoPlatform(), env: process.env }));
  const goRootEnvFile = readGoEnvFile(join(context.goRoot, 'go.env'));
  env.GOTOOLCHAIN = effectiveToolchain({
    env: process.env.GOTOOLCHAIN,
    userEnvFile: userEnvFile.GOTOOLCHAIN,
    goRootEnvFile: goRootEnvFile.GOTOOLCHAIN,
  });

  const locations = ['GOPATH', 'GOCACHE', 'GOMODCACHE'].flatMap((name) => (env[name] ?? '').split(delimiter)).filter(Boolean);
  const risks = findRisks({
    env,
    goRoot: context.goRoot,
    workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
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
