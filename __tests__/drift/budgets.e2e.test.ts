// Resource budgets through the bundles: a pull request whose workflow is a YAML alias bomb, whose
// Dockerfile chains ARGs that expand each other, and whose other Dockerfile holds a 100 KB
// `RUN ((((` and a RUN of thousands of continuation lines. The drift/ sub-action, run under the
// runner emulator, must end with an over-budget finding at each of them and still judge the
// ordinary workflow beside them. Without the budgets this step ran out of memory or took minutes;
// the timeout only stops a run that would otherwise never end (speed is measured by drift.bench).
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { REPO_ROOT, RunnerJob } from '../harness/runner';
import type { Finding } from '../../src/drift/types';
import { aliasBombWorkflow, argChainDockerfile } from './hostile-shapes';

const DRIFT_ACTION = join(REPO_ROOT, 'drift');
const STEP_TIMEOUT_MS = 60_000;

const jobs: RunnerJob[] = [];
after(() => {
  for (const job of jobs) job.cleanup();
});

function write(root: string, path: string, contents: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), contents);
}

/** Shapes a quadratic scanner chokes on: 100 KB of `(`, and 40,000 continuation lines. */
function quadraticDockerfile(): string {
  const continued = Array.from({ length: 40_000 }, () => '  echo x \\').join('\n');
  return `FROM golang:1.22\nRUN ${'('.repeat(100_000)}\nRUN true \\\n${continued}\n  && go build ./...\n`;
}

const ORDINARY_WORKFLOW = `on: pull_request
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/setup-go@v6
        with:
          go-version: '1.21'
      - run: go test ./...
`;

describe('drift sub-action: expansions and scanners of a pull request stay within budgets', () => {
  test('an alias bomb, an ARG chain and quadratic shapes end as over-budget findings; the rest is judged', async () => {
    const job = new RunnerJob({ eventName: 'pull_request' });
    jobs.push(job);
    write(job.workspace, 'go.mod', 'module example.com/app\n\ngo 1.22\n');
    write(job.workspace, 'main.go', 'package main\n\nfunc main() {}\n');
    write(job.workspace, '.github/workflows/bomb.yml', aliasBombWorkflow());
    write(job.workspace, '.github/workflows/ci.yml', ORDINARY_WORKFLOW);
    write(job.workspace, 'Dockerfile', argChainDockerfile());
    write(job.workspace, 'build/Dockerfile', quadraticDockerfile());

    const step = await job.runAction({ actionDir: DRIFT_ACTION, timeoutMs: STEP_TIMEOUT_MS });
    const findings = JSON.parse(step.outputs.drift ?? 'null') as Finding[] | null;
    assert.ok(findings, `no drift output: ${step.stderr.slice(-2000)}`);
    const overBudget = findings.filter((f) => f.rule === 'over-budget').map((f) => f.file);
    assert.deepEqual(overBudget.sort(), ['.github/workflows/bomb.yml', 'Dockerfile']);
    // The quadratic shapes are read, linearly, and judged like any Dockerfile: 1.22 meets go 1.22.
    assert.deepEqual(
      findings.filter((f) => f.file === 'build/Dockerfile'),
      [],
    );
    assert.deepEqual(
      findings.filter((f) => f.rule === 'ci-below-minimum').map((f) => `${f.file}:${f.line}`),
      ['.github/workflows/ci.yml:8'],
      'the ordinary workflow beside the attacks is still judged',
    );
    assert.equal(step.code, 1);
  });
});
