// Class 5 of issue 28: a composite action under .github/actions/ that no workflow calls is still
// read, as if called with no inputs, so the defaults it would install are judged. The walk lists
// action files in sources.ts; this test calls readUncalledActions directly.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { MatrixBudget } from '../../src/drift/matrix';
import { ModuleIndex, readModule } from '../../src/drift/modules';
import { applyRules } from '../../src/drift/rule-table';
import { calledLocalActions, readUncalledActions, readWorkflow, type LocalFiles } from '../../src/drift/workflow';
import { parseYamlFile } from '../../src/drift/yaml-source';
import type { FileLookup } from '../../src/drift/types';

const REPOSITORY: Record<string, string> = {
  'go.mod': 'module example.com/uncalled\n\ngo 1.23\n',
  '.github/actions/setup/action.yml':
    "# Left behind when the workflows moved to go-version-file: no workflow calls it any more.\nname: Set up Go\ndescription: Installs the Go this repository builds with\ninputs:\n  go-version:\n    description: Go version\n    default: '1.21' # expect: ci-below-minimum\nruns:\n  using: composite\n  steps:\n    - uses: actions/setup-go@v6\n      with:\n        go-version: ${{ inputs.go-version }}\n    - run: go mod download\n      shell: bash\n",
  '.github/actions/lint/action.yml':
    "name: Lint\ndescription: Runs the organisation's Go lint action\ninputs:\n  go:\n    description: Go version\n    default: '1.22' # expect: ci-below-minimum\nruns:\n  using: composite\n  steps:\n    - uses: example-org/go-lint-action@v2 # expect: unverified\n      with:\n        go-version: ${{ inputs.go }}\n",
  '.github/workflows/ci.yml':
    'name: ci\non: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-go@v6\n        with:\n          go-version-file: go.mod\n      - run: go test ./...\n',
};
const SETUP = '.github/actions/setup/action.yml';
const LINT = '.github/actions/lint/action.yml';
const CI = '.github/workflows/ci.yml';

function repository(extra: Record<string, string> = {}): { files: LocalFiles; lookup: FileLookup } {
  const texts = new Map<string, string>(Object.entries(REPOSITORY));
  for (const [path, contents] of Object.entries(extra)) texts.set(path, contents);
  const lookup: FileLookup = (path) => texts.get(path);
  const files: LocalFiles = {
    text: (path) => texts.get(path),
    yaml: (path) => {
      const contents = texts.get(path);
      const parsed = contents === undefined ? undefined : parseYamlFile(path, contents);
      return parsed?.ok ? parsed.file : undefined;
    },
    matrixBudget: new MatrixBudget(),
    forget: () => {},
  };
  return { files, lookup };
}

function findingsOf(files: LocalFiles, lookup: FileLookup, workflows: string[]) {
  const usages = workflows.flatMap((path) => readWorkflow(files.yaml(path)!, files));
  usages.push(...readUncalledActions([LINT, SETUP], files, calledLocalActions(files)));
  const module = readModule('go.mod', lookup('go.mod') as string, [], [])!;
  const sources = {
    modules: new ModuleIndex([module], ['.']),
    versionFiles: [],
    usages,
    dockerfiles: [],
    findings: [],
    sites: [],
    otherCi: [],
  };
  return applyRules(sources, lookup, new Date('2026-12-07')).findings;
}

describe('local actions no workflow calls', () => {
  test('their input defaults are pins; a remote action they call is named', () => {
    const { files, lookup } = repository();
    const findings = findingsOf(files, lookup, [CI]);
    const below = findings.find((f) => f.rule === 'ci-below-minimum' && f.file === SETUP);
    assert.deepEqual([below?.file, below?.line, below?.found], [SETUP, 7, '1.21']);
    assert.match(below!.message, /^action \.github\/actions\/setup \(called by no workflow here\) uses 1\.21, .* below the go 1\.23/);
    const remote = findings.find((f) => f.rule === 'unverified');
    assert.deepEqual([remote?.file, remote?.line], [LINT, 10]);
    assert.match(
      remote!.message,
      /action \.github\/actions\/lint \(called by no workflow here\): .*go-version '1\.22' is handed to example-org\/go-lint-action@v2/,
    );
    // The default handed to the remote action is a pin too: below the line, a warning whatever it does.
    const handed = findings.find((f) => f.rule === 'ci-below-minimum' && f.file === LINT);
    assert.deepEqual([handed?.line, handed?.severity, handed?.found], [6, 'warning', '1.22']);
    assert.match(handed!.message, /example-org\/go-lint-action@v2 decides how it installs and runs Go: the job either fails/);
    assert.equal(findings.length, 3, findings.map((f) => f.message).join('\n'));
  });

  test('an action a workflow calls is read through that workflow only, with what it passes', () => {
    const caller =
      'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ./.github/actions/setup\n        with:\n          go-version: "1.23"\n      - run: go test ./...\n';
    const { files, lookup } = repository({ '.github/workflows/setup.yml': caller });
    const findings = findingsOf(files, lookup, [CI, '.github/workflows/setup.yml']);
    assert.ok(calledLocalActions(files).has(SETUP));
    assert.deepEqual(
      findings.map((f) => [f.file, f.rule]),
      [
        [LINT, 'unverified'],
        [LINT, 'ci-below-minimum'],
      ],
    );
  });

  test('an action another uncalled action calls is read through it', () => {
    const outer = 'runs:\n  using: composite\n  steps:\n    - uses: ./.github/actions/setup\n      with:\n        go-version: "1.23"\n';
    const { files } = repository({ '.github/actions/all/action.yml': outer });
    const usages = readUncalledActions(['.github/actions/all/action.yml', SETUP], files, new Set());
    assert.deepEqual(
      usages.map((usage) => [usage.workflow, usage.through, usage.resolution.values.map((value) => value.text)]),
      [['.github/actions/all', ['./.github/actions/setup'], ['1.23']]],
    );
  });
});
