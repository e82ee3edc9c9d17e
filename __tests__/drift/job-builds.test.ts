// A job that runs no go command on the module (gofmt, go version, release notes) does not build
// it: its Go below the go line is a warning that says so, while a job running a tool that loads
// the module's packages (govulncheck, golangci-lint) stays an error.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { checkDrift } from '../../src/drift/check';
import { scanTree, treeFileReader } from '../../src/drift/scan';

const ROOT = join(import.meta.dirname, 'fixtures', 'no-build-jobs');

describe('jobs that build nothing of the module', () => {
  test('their pins below the go line are warnings naming why; building jobs stay errors', () => {
    const { files, refused } = scanTree(ROOT);
    const below = checkDrift(files, { readFile: treeFileReader(ROOT), refused }).findings.filter((f) => f.rule === 'ci-below-minimum');
    const byLine = Object.fromEntries(below.map((f) => [f.line, f]));
    for (const line of [18, 38, 61]) {
      assert.equal(byLine[line]?.severity, 'warning', `line ${line}`);
      assert.match(byLine[line]!.message, /the job runs no go command that builds the module/i);
    }
    for (const line of [29, 53, 69]) {
      assert.equal(byLine[line]?.severity, 'error', `line ${line}`);
      assert.doesNotMatch(byLine[line]!.message, /no go command/);
    }
  });
});
