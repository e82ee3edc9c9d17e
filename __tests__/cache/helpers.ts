// Shared setup of the cache e2e tests: the action bundles, a machine whose jobs share a home and
// a workspace (so cache paths, and with them cache versions, match across jobs), and the cache service.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeDirectoriesWritable } from '../../src/cache/files';
import { GOOGLE_SIGNING_KEY_FINGERPRINT } from '../../src/install/routes/godev/google-signing-key';
import { CacheServer } from '../harness/cache-server';
import { REPO_ROOT, RunnerJob, type JobOptions, type StepResult } from '../harness/runner';

let toolCache: string | undefined;

/** A runner tool cache holding the machine's Go as go/1.26.8/x64, so that setup installs nothing. */
export function sharedToolCache(): string {
  if (!toolCache) {
    toolCache = mkdtempSync(join(tmpdir(), 'sgg-toolcache-'));
    const target = join(toolCache, 'go', GO_VERSION, 'x64');
    mkdirSync(join(toolCache, 'go', GO_VERSION), { recursive: true });
    // The release as the golang.org/toolchain module holds it, from the Go module proxy: the tree
    // the checksum database vouches for, so a job that reaches the database (GOPROXY unset means
    // proxy.golang.org) proves it, and one that does not re-checks the receipt's h1.
    const module = JSON.parse(
      execFileSync('go', ['mod', 'download', '-json', `golang.org/toolchain@v0.0.1-go${GO_VERSION}.linux-amd64`], {
        cwd: '/',
        encoding: 'utf8',
        env: { ...process.env, GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local' },
      }),
    ) as { Dir: string };
    execFileSync('cp', ['-R', module.Dir, target]);
    // A module zip holds no file modes: the commands are made executable as an install does.
    execFileSync('chmod', ['-R', 'u+w', target]);
    execFileSync('find', [join(target, 'bin'), join(target, 'pkg', 'tool'), '-type', 'f', '-exec', 'chmod', '755', '{}', '+']);
    writeFileSync(`${target}.complete`, '');
    // As if setup-go-golden had installed it from go.dev: Google's signature and the tree's h1.
    const h1 = execFileSync(
      process.execPath,
      ['--import', 'tsx', join(REPO_ROOT, '__tests__/harness/goroot-h1.ts'), target, GO_VERSION, 'linux', 'amd64'],
      {
        encoding: 'utf8',
      },
    );
    writeFileSync(
      `${target}.setup-go-golden.json`,
      JSON.stringify({
        tool: 'setup-go-golden',
        version: GO_VERSION,
        arch: 'x64',
        source: "test fixture (this machine's Go)",
        url: '',
        fileName: '',
        h1,
        anchors: [`openpgp:${GOOGLE_SIGNING_KEY_FINGERPRINT}`],
        installedAt: new Date().toISOString(),
      }),
    );
    const created = toolCache;
    process.on('exit', () => rmSync(created, { recursive: true, force: true }));
  }
  return toolCache;
}

export const GO_VERSION = '1.26.8';

export const EXAMPLE = join(REPO_ROOT, 'examples/deps');

export class Machine {
  readonly root = mkdtempSync(join(tmpdir(), 'sgg-machine-'));
  readonly home = join(this.root, 'home');
  readonly workspace = join(this.root, 'workspace');
  readonly modcache = join(this.home, 'go', 'pkg', 'mod');
  readonly gocache = join(this.home, '.cache', 'go-build');
  private readonly jobs: RunnerJob[] = [];

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
    const job = new RunnerJob({
      ...options,
      workspace: options.workspace ?? this.workspace,
      toolCache: sharedToolCache(),
      env: {
        ...this.server.env(),
        HOME: this.home,
        XDG_CACHE_HOME: undefined,
        GOPATH: undefined,
        GOCACHE: undefined,
        GOMODCACHE: undefined,
        GOFLAGS: undefined,
        GOENV: undefined,
        ...options.env,
      },
    });
    this.jobs.push(job);
    return job;
  }

  /** A copy of the example at a new path, as a host-mode act runner gives every job. */
  newWorkspace(): string {
    const workspace = mkdtempSync(join(this.root, 'workspace-'));
    cpSync(EXAMPLE, workspace, { recursive: true });
    return workspace;
  }

  /** The setup step; `timeoutMs` kills a step that hangs (its result then has a non-zero code). */
  async runSetup(job: RunnerJob, inputs: Record<string, string> = {}, timeoutMs?: number): Promise<StepResult> {
    return job.runAction({ inputs: { 'go-version': GO_VERSION, 'check-latest': 'false', 'drift-check': 'off', ...inputs }, timeoutMs });
  }

  async close(): Promise<void> {
    for (const job of this.jobs) job.cleanup();
    await makeDirectoriesWritable(this.root);
    rmSync(this.root, { recursive: true, force: true });
    await this.server.close();
  }
}

export function warnings(result: StepResult): string[] {
  return result.annotations.filter((annotation) => annotation.level === 'warning').map((annotation) => annotation.message);
}
