// Every expansion of a pull request's text has a budget and every scanner is linear: each input
// below is small and would explode (exponentially or quadratically) without its budget. Each must
// end as a clear finding naming the file and line, with the rest of the repository still judged.
// A quadratic scanner still ends, only late, and a test's timeout cannot stop synchronous code:
// so the scanner tests check afterwards that the check took less than a generous guard (the
// inputs are sized to take tens of seconds when scanned quadratically, milliseconds when
// linearly). The timing goal itself is measured by bench/drift.bench.ts.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReadBudget } from '../../src/shared/repo-file';
import { CheckReads, scanTree } from '../../src/drift/scan';
import { checkDrift } from '../../src/drift/check';
import { MAX_EXPANDED_LENGTH, MAX_SUBSTITUTIONS } from '../../src/drift/dockerfile';
import { parseTemplate } from '../../src/drift/expressions';
import { MatrixBudget, readJobMatrix } from '../../src/drift/matrix';
import { AliasBudget, mapValue, parseYamlFile } from '../../src/drift/yaml-source';
import type { Finding, RepoFile } from '../../src/drift/types';
import { aliasBombWorkflow, argChainDockerfile } from './hostile-shapes';

const GUARD = { timeout: 20_000 };
const GUARD_MS = 5000;

function linear<T>(check: () => T): T {
  const start = performance.now();
  const result = check();
  const ms = performance.now() - start;
  assert.ok(ms < GUARD_MS, `took ${Math.round(ms)} ms: the scan is not linear`);
  return result;
}
const GO_MOD: RepoFile = { path: 'go.mod', contents: 'module example.com/m\n\ngo 1.22\n' };
/** An ordinary workflow beside the attack: its finding shows the rest is still judged. */
const BELOW_MINIMUM: RepoFile = {
  path: '.github/workflows/ok.yml',
  contents:
    "on: push\njobs:\n  t:\n    runs-on: x\n    steps:\n      - uses: actions/setup-go@v6\n        with:\n          go-version: '1.21'\n",
};

/** The findings, less the warning that the go line is untested (no workflow here tests 1.22). */
function rules(findings: Finding[]): string[] {
  return findings.filter((f) => f.rule !== 'minimum-untested').map((f) => `${f.rule} ${f.file}:${f.line}`);
}

describe('YAML aliases', () => {
  test('an alias bomb in strategy.matrix.exclude is an over-budget finding at its line; the rest is judged', GUARD, () => {
    const bomb = { path: '.github/workflows/bomb.yml', contents: aliasBombWorkflow() };
    assert.ok(bomb.contents.length < 900, `${bomb.contents.length} bytes`);
    const { findings } = checkDrift([GO_MOD, bomb, BELOW_MINIMUM]);
    assert.deepEqual(rules(findings), ['over-budget .github/workflows/bomb.yml:14', 'ci-below-minimum .github/workflows/ok.yml:8']);
    assert.match(findings[0]!.message, /bomb\.yml was not read: its aliases expand to more than 100000 nodes/);
  });

  test('aliases that stay within the budget read as before', () => {
    const parsed = parseYamlFile('a.yml', aliasBombWorkflow(4));
    assert.ok(parsed.ok);
  });

  test('the budget is shared: many files of moderate aliases stop at the total', GUARD, () => {
    const budget = new AliasBudget(100_000, 250_000);
    const results = Array.from({ length: 10 }, (_, i) => parseYamlFile(`w${i}.yml`, aliasBombWorkflow(6), budget));
    // 9^6 = 531441 nodes is past the per-file cap already; 9^5 per file: 59049 fits one file, not ten.
    assert.ok(results.every((result) => !result.ok));
    // 9^5 nodes and the levels below it: a few files fit the total, the rest are refused.
    const moderate = new AliasBudget(100_000, 250_000);
    const fives = Array.from({ length: 10 }, (_, i) => parseYamlFile(`w${i}.yml`, aliasBombWorkflow(5), moderate).ok);
    const read = fives.indexOf(false);
    assert.ok(read >= 2, fives.join());
    assert.deepEqual(fives.slice(read), Array(10 - read).fill(false));
  });
});

describe('Dockerfile ARG substitution', () => {
  test('a chain of ARGs that expand each other is an over-budget finding at the ARG', GUARD, () => {
    const contents = argChainDockerfile();
    assert.ok(contents.length < 600);
    const { findings } = checkDrift([GO_MOD, { path: 'Dockerfile', contents }, BELOW_MINIMUM]);
    assert.deepEqual(rules(findings), ['ci-below-minimum .github/workflows/ok.yml:8', 'over-budget Dockerfile:7']);
    assert.match(findings.find((f) => f.rule === 'over-budget')!.message, new RegExp(`longer than ${MAX_EXPANDED_LENGTH} characters`));
  });

  test('many short substitutions stop at the count budget', GUARD, () => {
    const uses = Array.from({ length: MAX_SUBSTITUTIONS + 1 }, () => 'ARG X=${A}').join('\n');
    const { findings } = checkDrift([GO_MOD, { path: 'Dockerfile', contents: `ARG A=1\n${uses}\nFROM golang:1.22\n` }]);
    assert.deepEqual(rules(findings), [`over-budget Dockerfile:${MAX_SUBSTITUTIONS + 2}`]);
  });

  test('a word of unclosed ${A:- is refused by its length, not scanned once per $', GUARD, () => {
    const contents = `ARG A=1\nFROM golang:${'${A:-'.repeat(30_000)}\nRUN go build\n`;
    const { findings } = checkDrift([GO_MOD, { path: 'Dockerfile', contents }]);
    assert.deepEqual(rules(findings), ['over-budget Dockerfile:2']);
    assert.ok(findings[0]!.message.length < 200, 'the word itself is not quoted');
  });
});

describe('linear scanners', () => {
  test('RUN (((( of 200 KB', GUARD, () => {
    const contents = `FROM golang:1.21\nCOPY . .\nRUN ${'('.repeat(200_000)}\nRUN go build ./...\n`;
    const { findings } = linear(() => checkDrift([GO_MOD, { path: 'Dockerfile', contents }]));
    assert.deepEqual(rules(findings), ['dockerfile-below-minimum Dockerfile:1']);
  });

  test('a RUN of 40,000 continuation lines', GUARD, () => {
    const contents = `FROM golang:1.21\nRUN echo \\\n${'a b c d \\\n'.repeat(40_000)}  && go build ./...\n`;
    const { findings } = linear(() => checkDrift([GO_MOD, { path: 'Dockerfile', contents }]));
    assert.deepEqual(rules(findings), ['dockerfile-below-minimum Dockerfile:1']);
  });

  test('a value of 200,000 unclosed ${{ is split in one pass', GUARD, () => {
    const parts = linear(() => parseTemplate(`1.${'${{ '.repeat(200_000)}`));
    assert.deepEqual(
      parts.map((part) => part.kind),
      ['text'],
    );
    assert.deepEqual(parseTemplate('a${{ matrix.go }}b${{ env.X }}'), [
      { kind: 'text', text: 'a' },
      { kind: 'matrix', name: 'go', expression: 'matrix.go' },
      { kind: 'text', text: 'b' },
      { kind: 'env', name: 'X', expression: 'env.X' },
    ]);
  });

  test('thousands of env references to a value a step loads read the env file once', GUARD, () => {
    const steps = Array.from(
      { length: 3000 },
      () => `      - uses: actions/setup-go@v6\n        with:\n          go-version: \${{ env.GO }}`,
    ).join('\n');
    const contents = `on: push\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: cat .github/go.env >> "$GITHUB_ENV"\n${steps}\n`;
    const env = { path: '.github/go.env', contents: `${'OTHER=1\n'.repeat(50_000)}GO=1.21\n` };
    const { findings } = linear(() => checkDrift([GO_MOD, { path: '.github/workflows/ci.yml', contents }, env]));
    assert.equal(findings.filter((f) => f.rule === 'ci-below-minimum').length, 1, 'one finding at the env file line');
    assert.equal(findings[0]!.file, '.github/go.env');
  });
});

describe('matrix products', () => {
  /** go and 4 dimensions of 8 (4096 combinations for each go) and `excludes` entries that all name go: '1.21'. */
  function wideMatrix(excludes: number): string {
    const dimension = (name: string) => `        ${name}: [${Array.from({ length: 8 }, (_, i) => `${name}${i}`).join(', ')}]`;
    const entries = Array.from({ length: excludes }, (_, i) => `          - {go: '1.21', a: a${i % 8}, b: b${(i >> 3) % 8}}`);
    return `on: push
jobs:
  t:
    runs-on: x
    strategy:
      matrix:
        go: ['1.21']
${['a', 'b', 'c', 'd'].map(dimension).join('\n')}
        exclude:
${entries.join('\n')}
    steps:
      - uses: actions/setup-go@v6
        with:
          go-version: \${{ matrix.go }}
`;
  }

  test('a matrix past the comparison budget is reported as not judged, at the matrix', GUARD, () => {
    const parsed = parseYamlFile('.github/workflows/m.yml', wideMatrix(600));
    assert.ok(parsed.ok);
    const job = mapValue(mapValue(parsed.file.root, 'jobs'), 't');
    const matrix = readJobMatrix(
      parsed.file,
      mapValue(job, 'strategy'),
      { file: 'm.yml', line: 3, column: 3 },
      new MatrixBudget(1_000_000),
    );
    const lookup = matrix.lookup('go');
    assert.equal(lookup.kind, 'unknown');
    assert.match(lookup.kind === 'unknown' ? lookup.reason : '', /too many combinations and exclude entries to judge/);
    assert.equal(lookup.kind === 'unknown' ? lookup.at?.line : 0, 7);
  });

  test('through the whole check: an unverified notice at the matrix, the rest judged', GUARD, () => {
    const files = Array.from({ length: 3 }, (_, i) => ({ path: `.github/workflows/m${i}.yml`, contents: wideMatrix(600) }));
    const { findings } = checkDrift([GO_MOD, ...files, BELOW_MINIMUM]);
    const notJudged = findings.filter((f) => /too many combinations/.test(f.message));
    assert.ok(notJudged.length >= 1, rules(findings).join('\n'));
    assert.ok(notJudged.every((f) => f.rule === 'unverified' && f.line === 7));
    assert.ok(findings.some((f) => f.rule === 'ci-below-minimum' && f.file === '.github/workflows/ok.yml'));
  });
});

describe('what one check reads', () => {
  test("a monorepo's go.mod files have bytes of their own: its workflows are still read and judged", () => {
    const root = mkdtempSync(join(tmpdir(), 'sgg-monorepo-'));
    try {
      writeFileSync(join(root, 'go.mod'), GO_MOD.contents);
      // 400 modules of 20 KB: 8 MB of go.mod files, twice what the rest of the check may read.
      const requires = Array.from({ length: 400 }, (_, i) => `\texample.com/dependency${i} v1.${i}.0 // indirect`).join('\n');
      for (let i = 0; i < 400; i++) {
        mkdirSync(join(root, `components/c${i}`), { recursive: true });
        writeFileSync(join(root, `components/c${i}/go.mod`), `module example.com/c${i}\n\ngo 1.22.0\n\nrequire (\n${requires}\n)\n`);
      }
      mkdirSync(join(root, '.github/workflows'), { recursive: true });
      writeFileSync(join(root, '.github/workflows/ok.yml'), BELOW_MINIMUM.contents);
      const { files, refused } = scanTree(root);
      assert.deepEqual(refused, []);
      assert.ok(files.some((f) => f.path === '.github/workflows/ok.yml'));
      const { findings } = checkDrift(files, { refused });
      assert.ok(findings.some((f) => f.rule === 'ci-below-minimum' && f.file === '.github/workflows/ok.yml'));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('past the budget of files, one over-budget finding names the first file left out and counts the rest', () => {
    const root = mkdtempSync(join(tmpdir(), 'sgg-read-budget-'));
    try {
      writeFileSync(join(root, 'go.mod'), GO_MOD.contents);
      mkdirSync(join(root, '.github/workflows'), { recursive: true });
      for (let i = 0; i < 6; i++) writeFileSync(join(root, `.github/workflows/w${i}.yml`), BELOW_MINIMUM.contents);
      const { files, refused } = scanTree(root, [], new CheckReads(new ReadBudget(4, 1 << 20)));
      // go.mod first (the go line every pin is judged against), then the workflows by name.
      assert.deepEqual(
        files.map((f) => f.path),
        ['go.mod', '.github/workflows/w0.yml', '.github/workflows/w1.yml', '.github/workflows/w2.yml'],
      );
      assert.deepEqual(
        refused.map((f) => [f.rule, f.file, f.message]),
        [
          [
            'over-budget',
            '.github/workflows/w3.yml',
            '.github/workflows/w3.yml was not read: the check reads at most 4 files, nor 2 more file(s) after it; no Go version in it was checked.',
          ],
        ],
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
