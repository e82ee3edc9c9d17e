// Shared setup of the cache e2e tests: the action bundles, a machine whose jobs share a home and
// a workspace (so cache paths, and with them cache versions, match across jobs), and the cache service.
import { build } from 'esbuild';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { makeDirectoriesWritable } from '../../src/cache/files';
import { CacheServer } from '../harness/cache-server';
import { REPO_ROOT, RunnerJob, type JobOptions, type StepResult } from '../harness/runner';

let bundled: Promise<string> | undefined;

/**
 * The action under test: action.yml of the repository with main = the test entry (until
 * src/main.ts calls restoreCaches/configureGoEnvironment) and post = src/post.ts, bundled the
 * way scripts/bundle.mjs bundles dist/.
 */
export function actionUnderTest(): Promise<string> {
  bundled ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sgg-action-'));
    await build({
      entryPoints: { main: join(REPO_ROOT, '__tests__/cache/entry.ts'), post: join(REPO_ROOT, 'src/post.ts') },
      outdir: join(dir, 'dist'),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
      banner: { js: "import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);" },
    });
    const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as { runs: Record<string, string> };
    action.runs = { ...action.runs, main: 'dist/main.js', post: 'dist/post.js' };
    writeFileSync(join(dir, 'action.yml'), stringify(action));
    return dir;
  })();
  return bundled;
}

export const EXAMPLE = join(REPO_ROOT, 'examples/deps');

export class Machine {
  readonly root = mkdtempSync(join(tmpdir(), 'sgg-machine-'));
  readonly home = join(this.root, 'home');
  readonly workspace = join(this.root, 'workspace');
  readonly modcache = join(this.home, 'go', 'pkg', 'mod');
  readonly gocache = join(this.home, '.cache', 'go-build');

  private constructor(readonly server: CacheServer) {
    mkdirSync(this.home, { recursive: true });
    cpSync(EXAMPLE, this.workspace, { recursive: true });
  }

  static async start(): Promise<Machine> {
    return new Machine(await CacheServer.start());
  }

  /** A new job on a fresh runner: the caches in the home directory are gone. */
  async job(options: JobOptions = {}): Promise<RunnerJob> {
    await makeDirectoriesWritable(this.home);
    rmSync(this.home, { recursive: true, force: true });
    mkdirSync(this.home, { recursive: true });
    return new RunnerJob({ ...options, workspace: this.workspace, env: { ...this.server.env(), HOME: this.home, XDG_CACHE_HOME: undefined, GOPATH: undefined, GOCACHE: undefined, GOMODCACHE: undefined, GOFLAGS: undefined, GOENV: undefined, ...options.env } });
  }

  async runSetup(job: RunnerJob, inputs: Record<string, string> = {}): Promise<StepResult> {
    return job.runAction({ actionDir: await actionUnderTest(), inputs });
  }

  async close(): Promise<void> {
    await makeDirectoriesWritable(this.root);
    rmSync(this.root, { recursive: true, force: true });
    await this.server.close();
  }
}

export function warnings(result: StepResult): string[] {
  return result.annotations.filter((annotation) => annotation.level === 'warning').map((annotation) => annotation.message);
}
