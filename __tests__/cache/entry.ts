// Test-only main step until src/main.ts calls the cache and environment phases: runs them in
// the agreed order (restore concurrently with the install, then the environment) with the Go
// found at SGG_TEST_GOROOT standing in for the installed one.
import * as core from '@actions/core';
import { join } from 'node:path';
import { restoreCaches } from '../../src/cache/index';
import { configureGoEnvironment } from '../../src/env/index';

async function run(): Promise<void> {
  const goRoot = process.env.SGG_TEST_GOROOT ?? '/usr/local/go';
  const goVersion = process.env.SGG_TEST_GOVERSION ?? '1.26.8';
  const install = Promise.resolve(goRoot);
  const [, installed] = await Promise.all([restoreCaches({ goVersion, arch: 'x64' }), install]);
  core.addPath(join(installed, 'bin'));
  await configureGoEnvironment({ goRoot: installed, goVersion });
}

run().catch((error: unknown) => core.setFailed(error instanceof Error ? error.message : String(error)));
