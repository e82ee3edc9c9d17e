// `npm run demo`: the action's main job, end to end, on the embedded example project, on a machine
// that cannot reach go.dev. A local go.dev-like server serves a real Go archive made from the Go
// installed here, signed with a key made for the demo; a local Actions cache service stores the
// caches. The job is what a workflow would run:
//
//   - uses: setup-go-golden          (install + verify Go, restore caches, env report, cross-build, drift)
//   - run: go vet ./... && go test ./...
//   - post: setup-go-golden          (trim and save the caches)
//
// then a second job on a fresh runner shows the warm path (tool cache and cache hits).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CacheServer } from '../__tests__/harness/cache-server';
import { DlServer } from '../__tests__/harness/dl-server';
import { goArchive } from '../__tests__/harness/go-archives';
import { testKeys } from '../__tests__/harness/gpg';
import { REPO_ROOT, RunnerJob, type StepResult } from '../__tests__/harness/runner';
import { makeDirectoriesWritable } from '../src/cache/files';
// @ts-expect-error: a plain .mjs script without type declarations
import { provideActionNode } from './action-node.mjs';

// The bundles run under Node 24, as action.yml declares and the runner does.
provideActionNode();

const example = process.argv[2] ?? 'examples/hello';
const [archive, keys] = await Promise.all([goArchive(), testKeys()]);
const dl = await DlServer.start({ archives: [archive], signingKey: keys.release });
const cache = await CacheServer.start();
const machine = mkdtempSync(join(tmpdir(), 'sgg-demo-'));
const workspace = join(machine, 'workspace');
cpSync(join(REPO_ROOT, example), workspace, { recursive: true });
const toolCache = join(machine, 'toolcache');

const inputs = {
  'go-version': '>=1.22',
  'go-download-base-url': dl.url,
  'go-signing-key': keys.release.armoredPublicKey,
  targets: 'linux/amd64,linux/arm64,linux/arm/v7,linux/s390x,windows/amd64,darwin/arm64',
  qemu: 'smoke',
  'smoke-args': '--version',
  'cache-save': 'always',
};

function show(title: string, result: StepResult): void {
  console.log(`\n===== ${title}: exit ${result.code}`);
  for (const annotation of result.annotations) console.log(`  ${annotation.level}: ${annotation.message.split('\n')[0]}`);
  for (const [name, value] of Object.entries(result.outputs))
    console.log(`  output ${name} = ${value.length > 160 ? `${value.slice(0, 160)}…` : value}`);
  if (result.code !== 0) {
    console.log(result.stdout);
    console.log(result.stderr);
  }
}

async function runJob(name: string): Promise<boolean> {
  // A fresh runner: same home path as the last job (cache paths are part of the cache version), emptied.
  const home = join(machine, 'home');
  await makeDirectoriesWritable(home).catch(() => undefined);
  rmSync(home, { recursive: true, force: true });
  const job = new RunnerJob({
    toolCache,
    workspace,
    env: {
      ...cache.env(),
      HOME: home,
      GOTOOLCHAIN: undefined,
      GOFLAGS: undefined,
      GOCACHE: undefined,
      GOMODCACHE: undefined,
      GOPATH: undefined,
      XDG_CACHE_HOME: undefined,
    },
  });
  const started = Date.now();
  const setup = await job.runAction({ inputs });
  show(`${name} job: setup-go-golden`, setup);
  let ok = setup.code === 0;
  if (ok) {
    const test = await job.run('sh', ['-c', 'go version && go vet ./... && go test ./...']);
    console.log(`\n===== ${name} job: go vet + go test: exit ${test.code}\n${test.stdout}${test.stderr}`);
    ok = test.code === 0;
  }
  for (const post of await job.runPosts()) {
    show(`${name} job: post (cache save)`, post);
    ok &&= post.code === 0;
  }
  console.log(`\n===== ${name} job took ${((Date.now() - started) / 1000).toFixed(1)} s; its job summary:\n`);
  console.log(setup.summary);
  return ok;
}

let ok = false;
try {
  ok = (await runJob('cold')) && (await runJob('warm'));
} finally {
  await dl.close();
  await cache.close();
  await makeDirectoriesWritable(machine).catch(() => undefined);
  rmSync(machine, { recursive: true, force: true });
}
console.log(ok ? '\ndemo: both jobs passed' : '\ndemo: FAILED');
process.exit(ok ? 0 : 1);
