// Shared setup for install e2e tests: a go.dev-like server serving the installed Go, signed with a
// test key, and helpers that look at what an install left behind.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DlServer, type DlServerOptions } from '../harness/dl-server';
import { goArchive, installedGo, runTool, HOSTILE_CANARY, type GoArchive } from '../harness/go-archives';
import { testKeys, type GpgKey } from '../harness/gpg';
import { RunnerJob, type JobOptions, type StepResult } from '../harness/runner';

export interface InstallFixture {
  server: DlServer;
  archive: GoArchive;
  key: GpgKey;
  /** `1.26.8`: the installed Go's version without the go prefix. */
  version: string;
  inputs: (extra?: Record<string, string>) => Record<string, string>;
}

export async function startInstallFixture(options: Partial<DlServerOptions> = {}): Promise<InstallFixture> {
  const [archive, keys, go] = await Promise.all([goArchive(), testKeys(), installedGo()]);
  const version = go.version.replace(/^go/, '');
  const server = await DlServer.start({
    releases: [{ version: go.version, archives: [archive] }, { version: 'go1.25.9' }, { version: 'go1.24.13' }],
    signingKey: keys.release,
    ...options,
  });
  return {
    server,
    archive,
    key: keys.release,
    version,
    inputs: (extra = {}) => ({
      'go-version': version,
      'go-download-base-url': server.url,
      'go-signing-key': keys.release.armoredPublicKey,
      ...extra,
    }),
  };
}

export function newJob(options: JobOptions = {}): RunnerJob {
  return new RunnerJob({ env: { GOTOOLCHAIN: undefined, GOFLAGS: undefined, ...(options.env ?? {}) }, ...options });
}

/** Everything under the tool cache, relative, so a test can assert that nothing was left. */
export function toolCacheContents(job: RunnerJob): string[] {
  const found: string[] = [];
  const walk = (dir: string, prefix: string, depth: number) => {
    if (!existsSync(dir) || depth > 3) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      found.push(relative);
      if (entry.isDirectory()) walk(join(dir, entry.name), relative, depth + 1);
    }
  };
  walk(job.toolCache, '', 0);
  // The staging parent may stay (empty, private); what matters is that nothing is in it.
  return found.filter((path) => path !== '.setup-go-golden-staging');
}

export function canaryContents(): string[] {
  return existsSync(HOSTILE_CANARY) ? readdirSync(HOSTILE_CANARY) : [];
}

export function errorsOf(result: StepResult): string {
  return result.annotations
    .filter((annotation) => annotation.level === 'error')
    .map((annotation) => annotation.message)
    .join('\n');
}

/** A go.dev-layout archive (top folder go/) of a GOROOT at <tool cache>/go/<version>/x64, as the go.dev route expects it. */
export async function archiveOf(goRoot: string, version: string, dir: string): Promise<GoArchive> {
  const filename = `go${version}.linux-amd64.tar.gz`;
  const path = join(dir, filename);
  const result = await runTool('tar', ['-czf', path, '--transform', 's,^x64,go,', '-C', join(goRoot, '..'), 'x64']);
  assert.equal(result.code, 0, result.stderr);
  const sha256 = createHash('sha256').update(readFileSync(path)).digest('hex');
  return { path, filename, sha256, size: statSync(path).size, version: `go${version}`, os: 'linux', arch: 'amd64' };
}
