// A repository's own reusable workflows and actions called by their full name
// (`owner/name/.github/workflows/x.yml@main`) are read from the tree when the check knows which
// repository it checks (GITHUB_REPOSITORY in the action, --repository on the command line).
import { afterEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDrift } from '../../src/drift/check';
import { runningRepository } from '../../src/inputs/action';
import type { RepoFile } from '../../src/drift/types';

const FILES: RepoFile[] = [
  { path: 'go.mod', contents: 'module github.com/example/widget\n\ngo 1.23.0\n' },
  { path: 'widget.go', contents: '' },
  {
    path: '.github/workflows/pr.yml',
    contents:
      'on: pull_request\njobs:\n  tests:\n    uses: Example/Widget/.github/workflows/tests.yml@main\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: example/widget/.github/actions/setup@v2\n      - run: go vet ./...\n',
  },
  {
    path: '.github/workflows/tests.yml',
    contents:
      "on:\n  workflow_call:\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/setup-go@v6\n        with:\n          go-version: '1.22'\n      - run: go test ./...\n",
  },
  {
    path: '.github/actions/setup/action.yml',
    contents: "runs:\n  using: composite\n  steps:\n    - uses: actions/setup-go@v6\n      with:\n        go-version: '1.21'\n",
  },
];

const rules = (repository?: string) =>
  checkDrift(FILES, { repository, today: new Date('2026-12-07') }).findings.map((f) => `${f.rule} ${f.file}:${f.line}`);

describe("the repository's own workflows and actions by full name", () => {
  test('are read from the tree when the repository is known (any case), and judged', () => {
    assert.deepEqual(rules('example/widget'), [
      'ci-below-minimum .github/actions/setup/action.yml:6',
      'ci-below-minimum .github/workflows/tests.yml:9',
      'minimum-untested go.mod:3',
    ]);
  });

  test('are remote calls otherwise: the call is a notice (the files are still read as called by no one)', () => {
    const remoteCall = 'unverified .github/workflows/pr.yml:4';
    assert.ok(rules().includes(remoteCall));
    assert.ok(rules('example/other').includes(remoteCall));
    assert.ok(!rules('example/widget').includes(remoteCall));
  });
});

describe('GITHUB_REPOSITORY', () => {
  const saved = process.env.GITHUB_REPOSITORY;
  afterEach(() => {
    if (saved === undefined) delete process.env.GITHUB_REPOSITORY;
    else process.env.GITHUB_REPOSITORY = saved;
  });

  test('is taken only when it reads as owner/name', () => {
    process.env.GITHUB_REPOSITORY = 'example/widget';
    assert.equal(runningRepository(), 'example/widget');
    for (const value of ['example', 'example/widget/extra', '../etc/passwd', 'a b/c', '']) {
      process.env.GITHUB_REPOSITORY = value;
      assert.equal(runningRepository(), undefined, value);
    }
  });
});
