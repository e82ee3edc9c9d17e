// The root action's main step: resolve and install a verified Go while the caches restore, then
// set up the Go environment, and run the optional cross-build and drift phases.
import * as core from '@actions/core';
import { setImmediate as nextTurn } from 'node:timers/promises';
import * as log from './shared/log';
import { configureGoEnvironment, plannedExports } from './env/index';
import { readInstalledGoEnv } from './env/go-env';
import { outsideWorkspaceMarkdown } from './inputs/report';
import type { SetupInputs } from './inputs/setup';
import { activateGo } from './install/activate';
import { installGo } from './install/index';
import { installSummaryMarkdown } from './install/summary';
import { formatTrustAnchors } from './trust/trust-anchor';
import { cCompilerIdentity } from './build/cgo/choice';

/** Runs the root action on inputs already read and checked (inputs/setup.ts), so nothing here can fail on a bad input. */
export async function runSetup(setup: SetupInputs): Promise<void> {
  const started = Date.now();
  const driftMode = setup.driftCheck;
  const inputs = setup.install;
  for (const warning of inputs.warnings) log.warning(warning);
  const workingDirectory = setup.workingDirectory;

  if (!inputs.spec) {
    log.warning('neither go-version nor go-version-file is set: using the Go already on PATH (as actions/setup-go does)');
    await driftPhase(workingDirectory, driftMode);
    return;
  }
  const spec = inputs.spec;

  let cacheRestore: Promise<unknown> = Promise.resolve();
  const go = await installGo(
    { ...inputs, spec },
    {
      onResolved: (version) => {
        // Loaded here, not at startup: the cache client is large, and loading it now overlaps the
        // download, or the check of a preinstalled Go. A turn of the event loop later: Node reads and
        // compiles an imported module graph at import(), and that check starts hashing right after this hook.
        cacheRestore = nextTurn()
          .then(() => import('./cache/restore'))
          .then(({ restoreCaches }) =>
            restoreCaches({
              goVersion: version,
              arch: inputs.platform.toolCacheArch,
              inputs: setup.cache,
              targets: setup.build.targets,
              cCompiler: setup.build.targets.length > 0 ? cCompilerIdentity(setup.build, process.env) : '',
              workingDirectory,
              paths: setup.environment,
            }),
          );
        // Restores run while Go downloads; their failure must not surface as an unhandled rejection.
        cacheRestore.catch(() => undefined);
      },
    },
  );
  const exports = plannedExports(setup.environment);
  const goEnv = await readInstalledGoEnv(go.goRoot, exports);
  await go.receiptWritten;
  const activated = activateGo(go, inputs.gotoolchain, goEnv);
  const waitStart = Date.now();
  await cacheRestore;
  go.timings['waiting for cache restore'] = Date.now() - waitStart;
  go.timings.total = Date.now() - started;
  for (const note of go.notes) log.info(note);
  log.info(`Go ${go.version} at ${go.goRoot}; verified: ${formatTrustAnchors(go.anchors, ', ') || 'none'}`);
  await core.summary.addRaw(installSummaryMarkdown(go, activated) + outsideWorkspaceMarkdown(setup.outside)).write();

  await configureGoEnvironment(go.goRoot, setup.environment, exports, goEnv);
  if (setup.build.targets.length > 0) await (await import('./build/index')).runBuildPhase(setup.build);
  await driftPhase(workingDirectory, driftMode);
}

/** The drift checker (and its YAML parser) is loaded only when it will run. */
async function driftPhase(workingDirectory: string, mode: 'off' | 'warn' | 'error'): Promise<void> {
  if (mode === 'off') return;
  await (await import('./drift/index')).runDriftPhase({ workingDirectory, mode });
}
