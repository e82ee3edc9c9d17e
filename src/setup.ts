// The root action's main step: resolve and install a verified Go while the caches restore, then
// set up the Go environment, and run the optional cross-build and drift phases.
import * as core from '@actions/core';
import { configureGoEnvironment } from './env/index';
import { activateGo } from './install/activate';
import { installGo } from './install/index';
import { readChoiceInput, readInstallInputs } from './install/inputs';
import { installSummaryMarkdown } from './report/install-summary';

export async function runSetup(): Promise<void> {
  const started = Date.now();
  const driftMode = readChoiceInput('drift-check', ['off', 'warn', 'error'] as const, 'warn');
  const inputs = readInstallInputs();
  for (const warning of inputs.warnings) core.warning(warning);
  const workingDirectory = core.getInput('working-directory') || '.';

  if (!inputs.spec) {
    core.warning('neither go-version nor go-version-file is set: using the Go already on PATH (as actions/setup-go does)');
    await driftPhase(workingDirectory, driftMode);
    return;
  }
  const spec = inputs.spec;

  let cacheRestore: Promise<unknown> = Promise.resolve();
  const go = await installGo({ ...inputs, spec }, {
    onResolved: (version) => {
      // Loaded here, not at startup: the cache client is large, and loading it now overlaps the download.
      cacheRestore = import('./cache/restore').then(({ restoreCaches }) =>
        restoreCaches({ goVersion: version, arch: inputs.platform.toolCacheArch }),
      );
      // Restores run while Go downloads; their failure must not surface as an unhandled rejection.
      cacheRestore.catch(() => undefined);
    },
  });
  const activated = await activateGo(go, inputs.gotoolchain);
  const waitStart = Date.now();
  await cacheRestore;
  go.timings['waiting for cache restore'] = Date.now() - waitStart;
  go.timings.total = Date.now() - started;
  for (const note of go.notes) core.info(note);
  core.info(`Go ${go.version} at ${go.goRoot}; verified: ${go.anchors.join(', ') || 'none'}`);
  await core.summary.addRaw(installSummaryMarkdown(go, activated)).write();

  await configureGoEnvironment({ goRoot: go.goRoot, goVersion: go.version });
  if (core.getInput('targets').trim()) await (await import('./build/index')).runBuildPhase();
  await driftPhase(workingDirectory, driftMode);
}

/** The drift checker (and its YAML parser) is loaded only when it will run. */
async function driftPhase(workingDirectory: string, mode: 'off' | 'warn' | 'error'): Promise<void> {
  if (mode === 'off') return;
  await (await import('./drift/index')).runDriftPhase({ workingDirectory, mode });
}
