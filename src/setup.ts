// The root action's main step: resolve and install a verified Go while the caches restore, then
// set up the Go environment, and run the optional cross-build and drift phases. The log reads in
// groups, one after another (the build and drift phases open their own): the install, the cache
// restore (its info lines held while it runs beside the install), the Go environment.
import * as core from '@actions/core';
import { setImmediate as nextTurn } from 'node:timers/promises';
import * as log from './shared/log';
import { configureGoEnvironment, plannedExports } from './env/index';
import { readInstalledGoEnv } from './env/go-env';
import { locateGoPaths } from './env/locate';
import type { DriftOptions } from './drift/options';
import { outsideWorkspaceMarkdown } from './inputs/outside-report';
import type { SetupInputs } from './inputs/setup';
import { activateGo } from './install/activate';
import { installGo } from './install/index';
import { installSummaryMarkdown } from './install/summary';
import { formatTrustAnchors } from './trust/trust-anchor';
import { cCompilerIdentity } from './build/cgo/choice';
import type { CacheRestoreResult } from './cache/restore';
import { restoreSummaryMarkdown } from './cache/summary';

/** Runs the root action on inputs already read and checked (inputs/setup.ts), so nothing here can fail on a bad input. */
export async function runSetup(setup: SetupInputs): Promise<void> {
  const started = Date.now();
  const { install, build } = setup;
  for (const warning of install.warnings) log.warning(warning);

  if (!install.spec) {
    log.warning('neither go-version nor go-version-file is set: using the Go already on PATH (as actions/setup-go does)');
    await driftPhase(setup.drift);
    return;
  }
  const spec = install.spec;
  // GOCACHE and GOMODCACHE as this job will have them: the caches restore into them, and they are exported.
  const goPaths = locateGoPaths(setup.environment);

  let cacheRestore: log.HeldWork<CacheRestoreResult> | undefined;
  const exports = plannedExports(setup.environment, goPaths);
  const { go, goEnv, activated } = await log.group(`Install Go ${install.specText}`, async () => {
    const go = await installGo(
      { ...install, spec },
      {
        onResolved: (version) => {
          // Loaded here, not at startup: the cache client is large, and loading it now overlaps the
          // download, or the check of a preinstalled Go. A turn of the event loop later: Node reads and
          // compiles an imported module graph at import(), and that check starts hashing right after this hook.
          cacheRestore = log.holdInfo(() =>
            nextTurn()
              .then(() => import('./cache/restore'))
              .then(({ restoreCaches }) =>
                restoreCaches({
                  goVersion: version,
                  arch: install.platform.toolCacheArch,
                  options: setup.cache,
                  targets: build?.targets ?? [],
                  cCompiler: build ? cCompilerIdentity(build, process.env) : '',
                  workingDirectory: setup.workingDirectory,
                  folders: goPaths,
                  workspace: setup.workspace,
                }),
              ),
          );
          // Restores run while Go downloads; their failure must not surface as an unhandled rejection.
          cacheRestore.result.catch(() => undefined);
        },
      },
    );
    const goEnv = await readInstalledGoEnv(go.goRoot, exports);
    await go.receiptWritten;
    const activated = activateGo(go, install.gotoolchain, goEnv);
    for (const note of go.notes) log.info(note);
    log.info(`Go ${go.version} at ${go.goRoot}; verified: ${formatTrustAnchors(go.anchors, ', ') || 'none'}`);
    return { go, goEnv, activated };
  });
  const waitStart = Date.now();
  const caches = await log.group('Restore caches', async () => {
    try {
      return await cacheRestore?.result;
    } finally {
      cacheRestore?.release();
    }
  });
  go.timings['waiting for cache restore'] = Date.now() - waitStart;
  go.timings.total = Date.now() - started;
  await core.summary
    .addRaw(
      [
        installSummaryMarkdown(go, activated),
        caches ? restoreSummaryMarkdown(caches.lines) : '',
        outsideWorkspaceMarkdown(setup.outside),
      ].join('\n'),
    )
    .write();

  await log.group('Go environment', () => configureGoEnvironment(go.goRoot, setup.environment, exports, goEnv));
  if (build) await (await import('./build/index')).runBuildPhase(build);
  await driftPhase(setup.drift);
}

/** The drift checker (and its YAML parser) is loaded only when it will run. */
async function driftPhase(options: DriftOptions): Promise<void> {
  if (options.mode === 'off') return;
  await (await import('./drift/index')).runDriftPhase(options);
}
