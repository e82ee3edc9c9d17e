// Runs a workflow under act in host mode (`-P ubuntu-latest=-self-hosted`: steps run on this machine)
// with act's own cache server on 127.0.0.1, the way a Gitea or Forgejo runner would run it.
import { dirname, join } from 'node:path';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { ACTION_NODE } from '../harness/action-under-test';
import { spawnCollect } from '../harness/runner';

export const ACT_SCRIPT = join(import.meta.dirname, '..', 'harness', 'act.sh');

export type ActName = 'nektos' | 'gitea';

/** The act binary, built by act.sh on first use (minutes on a cold machine; parallel callers wait). */
export async function actBinary(name: ActName): Promise<string> {
  const run = await spawnCollect('bash', [ACT_SCRIPT, 'path', name], { timeoutMs: 30 * 60_000 });
  if (run.code !== 0) throw new Error(`act.sh path ${name} failed (exit ${run.code}):\n${run.stderr}`);
  return run.stdout.trim();
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Folders of one simulated runner; the same paths across runs, as on a real runner. */
export interface RunnerDirs {
  repo: string;
  home: string;
  /** act's --action-cache-path: its host workspaces and the tool cache (tool_cache/) live here. */
  actionCache: string;
  cacheServer: string;
  event: string;
  out: string;
}

export interface ActRun {
  code: number;
  /** stdout and stderr together, as a person would read them. */
  log: string;
  seconds: number;
}

// Only what a runner's own environment would hold passes through: the machine's network settings
// (proxy, CA bundles, GOPROXY and its checksum database) do, this machine's Go setup and any
// runner variables of an outer CI do not.
const DROPPED = /^(GITHUB_|RUNNER_|ACTIONS_|INPUT_|STATE_|SETUP_GO_GOLDEN_|XDG_|ImageOS$|ImageVersion$)/;
const KEPT_GO = new Set(['GOPROXY', 'GOSUMDB', 'GOPRIVATE', 'GONOPROXY', 'GONOSUMDB', 'GOINSECURE']);

function runnerEnv(home: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (DROPPED.test(key) || (key.startsWith('GO') && !KEPT_GO.has(key))) continue;
    env[key] = value;
  }
  env.HOME = home;
  // act's host mode runs JavaScript actions with the `node` first on PATH: Node 24, as action.yml declares.
  env.PATH = [dirname(ACTION_NODE), '/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'].join(':');
  return env;
}

export async function runAct(binary: string, workflow: string, dirs: RunnerDirs, outVariable: string): Promise<ActRun> {
  const port = await freePort();
  const args = [
    'push',
    '-W',
    workflow,
    '-P',
    'ubuntu-latest=-self-hosted',
    '-e',
    dirs.event,
    '--cache-server-addr',
    '127.0.0.1',
    '--cache-server-port',
    String(port),
    '--cache-server-path',
    dirs.cacheServer,
    '--action-cache-path',
    dirs.actionCache,
    '--env',
    `${outVariable}=${dirs.out}`,
  ];
  const started = Date.now();
  const run = await spawnCollect(binary, args, { cwd: dirs.repo, env: runnerEnv(dirs.home), timeoutMs: 10 * 60_000 });
  return { code: run.code, log: `${run.stdout}${run.stderr}`, seconds: (Date.now() - started) / 1000 };
}
