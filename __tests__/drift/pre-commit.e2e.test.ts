// The pre-commit hook, run the way pre-commit runs it: `pre-commit try-repo` (pre-commit from PyPI
// when it is not installed) against a hook repository that holds .pre-commit-hooks.yaml and the
// bundles, in a user repository with drift and one without. Where pre-commit cannot be had, the
// hook's entry is run exactly as the file declares it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT, spawnCollect } from '../harness/runner';
import { classifyFile } from '../../src/drift/sources';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const HOOKS_FILE = join(REPO_ROOT, '.pre-commit-hooks.yaml');
const GIT_IDENTITY = {
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com',
};

assert.ok(existsSync(join(REPO_ROOT, 'dist', 'cli.js')), 'run `npm run bundle` first');

interface Hook {
  id: string;
  entry: string;
  language: string;
  pass_filenames?: boolean;
  files?: string;
}

const hooks = parse(readFileSync(HOOKS_FILE, 'utf8')) as Hook[];
const hook = hooks.find((h) => h.id === 'go-version-drift')!;
const scratch: string[] = [];

function scratchDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `sgg-${name}-`));
  scratch.push(dir);
  return dir;
}

async function git(cwd: string, ...args: string[]): Promise<void> {
  const result = await spawnCollect('git', args, { cwd, env: { ...process.env, ...GIT_IDENTITY } });
  assert.equal(result.code, 0, result.stderr);
}

/** A git repository holding a copy of `files` (paths relative to `from`), committed. */
async function repository(name: string, from: string, files: string[]): Promise<string> {
  const dir = scratchDir(name);
  for (const file of files) cpSync(join(from, file), join(dir, file), { recursive: true });
  await git(dir, 'init', '-q');
  await git(dir, 'add', '-A');
  await git(dir, 'commit', '-q', '-m', 'fixture');
  return dir;
}

/** pre-commit on PATH, in the user site, or installed from PyPI into a cached venv; undefined when none can be had. */
async function findPreCommit(): Promise<string | undefined> {
  const userBase = (await spawnCollect('python3', ['-m', 'site', '--user-base'])).stdout.trim();
  const venv = join(tmpdir(), 'setup-go-golden-pre-commit');
  for (const candidate of ['pre-commit', join(userBase, 'bin', 'pre-commit'), join(venv, 'bin', 'pre-commit')]) {
    const probe = await spawnCollect(candidate, ['--version']).catch(() => undefined);
    if (probe?.code === 0) return candidate;
  }
  const created = await spawnCollect('python3', ['-m', 'venv', venv]);
  if (created.code !== 0) return undefined;
  const installed = await spawnCollect(join(venv, 'bin', 'pip'), ['install', '--quiet', 'pre-commit'], { timeoutMs: 300_000 });
  return installed.code === 0 ? join(venv, 'bin', 'pre-commit') : undefined;
}

describe('pre-commit hook', () => {
  let hookRepo: string;
  let preCommit: string | undefined;

  before(async () => {
    hookRepo = await repository('hook-repo', REPO_ROOT, ['.pre-commit-hooks.yaml', 'dist']);
    preCommit = await findPreCommit();
  });
  after(() => {
    for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
  });

  /** Runs the hook in a copy of a fixture, as pre-commit does (or by its declared entry). */
  async function runHook(fixture: string): Promise<{ code: number; output: string; via: string }> {
    const user = await repository(fixture, join(FIXTURES, fixture), ['.']);
    if (preCommit) {
      const env = { ...process.env, ...GIT_IDENTITY, PRE_COMMIT_HOME: scratchDir('pre-commit-home') };
      const result = await spawnCollect(preCommit, ['try-repo', hookRepo, hook.id, '--all-files'], { cwd: user, env, timeoutMs: 300_000 });
      return { code: result.code, output: result.stdout + result.stderr, via: 'pre-commit try-repo' };
    }
    assert.equal(hook.language, 'script');
    const [script, ...args] = hook.entry.split(/\s+/);
    const result = await spawnCollect(join(hookRepo, script!), args, { cwd: user });
    return { code: result.code, output: result.stdout + result.stderr, via: 'the declared entry' };
  }

  test('drift fails the commit with the finding at its line', async (t) => {
    const { code, output, via } = await runHook('below-minimum');
    t.diagnostic(`run through ${via}`);
    assert.equal(code, 1, output);
    assert.match(output, /\.github\/workflows\/ci\.yml:10:23 error ci-below-minimum/);
    if (preCommit) assert.match(output, /Go version drift\.+Failed/);
  });

  test('a repository that agrees passes', async () => {
    const { code, output } = await runHook('aligned');
    assert.equal(code, 0, output);
    if (preCommit) assert.match(output, /Go version drift\.+Passed/);
  });

  test('the hook runs the whole-repository check on the files the check reads, and only those', () => {
    assert.equal(hook.pass_filenames, false);
    const files = new RegExp(hook.files!);
    for (const path of [
      'go.mod',
      'tools/go.mod',
      'go.work',
      '.go-version',
      '.tool-versions',
      'Dockerfile',
      'build/tools.Dockerfile',
      '.github/workflows/ci.yml',
      '.github/actions/setup/action.yml',
      '.github/env',
    ]) {
      assert.ok(files.test(path), path);
    }
    for (const path of ['README.md', 'main.go', 'docs/index.md']) assert.ok(!files.test(path), path);
    // Everything the scan classifies (but Go sources, which it only counts) triggers the hook.
    for (const path of [
      'go.mod',
      'Containerfile',
      'deploy/api.dockerfile',
      '.github/workflows/a.yaml',
      'compose.yaml',
      'deploy/docker-compose.yml',
      'docker-bake.hcl',
      'Makefile',
      'build/image.mk',
      '.travis.yml',
      '.circleci/config.yml',
      '.semaphore/semaphore.yml',
      'Jenkinsfile',
      '.teamcity/settings.kts',
    ])
      assert.ok(classifyFile(path) !== undefined && files.test(path), path);
  });
});
