// The repository the act tests push: examples/deps (a module with real third-party dependencies),
// the action under test at its root (so `uses: ./`, `./build` and `./drift` resolve to the working
// tree's bundles), and two workflows: the one act runs, and one it never runs whose Go pin sits
// below go.mod's go line, so the drift check has something to report.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { actionUnderTest } from '../harness/action-under-test';
import { REPO_ROOT } from '../harness/runner';

export const WORKFLOW = '.github/workflows/ci.yml';
/** Where the report step writes what later steps saw; passed to act with --env. */
export const OUT_VARIABLE = 'SGG_ACT_OUT';
export const TARGETS = ['linux/amd64', 'linux/arm64'];

// The report step passes outputs through env, never through the script text: drift messages hold quotes.
const CI_WORKFLOW = `name: ci
on: push
jobs:
  go:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - id: setup
        uses: ./
        with:
          go-version: '1.26'
          go-download-source: proxy
      - id: build
        uses: ./build
        with:
          targets: ${TARGETS.join(',')}
      - id: drift
        uses: ./drift
        with:
          mode: warn
      - name: report
        env:
          SETUP: \${{ toJSON(steps.setup.outputs) }}
          BUILD: \${{ toJSON(steps.build.outputs) }}
          DRIFT: \${{ steps.drift.outputs.drift }}
        run: |
          out="$${OUT_VARIABLE}"
          mkdir -p "$out"
          printf '%s' "$SETUP" > "$out/setup.json"
          printf '%s' "$BUILD" > "$out/build.json"
          printf '%s' "$DRIFT" > "$out/drift.json"
          printf '%s' "$PATH" > "$out/path.txt"
          go version > "$out/go-version.txt"
          go env -json GOTOOLCHAIN GOPROXY GOCACHE GOMODCACHE GOROOT > "$out/go-env.json"
          node --version > "$out/node-version.txt"
          cp -R dist "$out/dist"
`;

export const WORKSPACE_CACHE_WORKFLOW = '.github/workflows/workspace-cache.yml';
/** A module cache inside the workspace, which act's host mode puts at a new path for every job. */
const WORKSPACE_CACHE = `name: workspace cache
on: push
jobs:
  go:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - uses: ./
        with:
          go-version: '1.26'
          go-download-source: proxy
          gomodcache: .gomodcache
      - run: go mod download
`;

/** Never run by the test (act runs only the workflow it names); read by the drift check. */
const STALE_WORKFLOW = `name: lint
on: workflow_dispatch
jobs:
  lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/setup-go@v6
        with:
          go-version: '1.25'
`;
/** The stale pin's position in STALE_WORKFLOW, as annotations name it. */
export const STALE_PIN = { file: '.github/workflows/lint.yml', line: 9, col: 23 };

export async function writeRepository(dir: string): Promise<void> {
  cpSync(join(REPO_ROOT, 'examples', 'deps'), dir, { recursive: true });
  cpSync(await actionUnderTest(), dir, { recursive: true });
  mkdirSync(join(dir, '.github', 'workflows'), { recursive: true });
  writeFileSync(join(dir, WORKFLOW), CI_WORKFLOW);
  writeFileSync(join(dir, WORKSPACE_CACHE_WORKFLOW), WORKSPACE_CACHE);
  writeFileSync(join(dir, STALE_PIN.file), STALE_WORKFLOW);
  // act reads the commit and branch of the repository it runs in.
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=act test', '-c', 'user.email=act@test.invalid', ...args], { cwd: dir, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'fixture');
}
