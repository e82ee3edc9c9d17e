// The problem matcher turns Go compiler and vet output into annotations on the right file and line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../harness/runner';

const matcher = JSON.parse(readFileSync(join(REPO_ROOT, 'matchers', 'go.json'), 'utf8'));
const pattern = matcher.problemMatcher[0].pattern[0];
const regexp = new RegExp(pattern.regexp);

function match(line: string) {
  const found = regexp.exec(line);
  if (!found) return undefined;
  return { file: found[pattern.file], line: found[pattern.line], column: found[pattern.column], message: found[pattern.message] };
}

test('compiler errors with and without a column, and vet output, are matched', () => {
  assert.deepEqual(match('./main.go:12:5: undefined: foo'), { file: 'main.go', line: '12', column: '5', message: 'undefined: foo' });
  assert.deepEqual(match('internal/wire/wire.go:7: missing return'), {
    file: 'internal/wire/wire.go',
    line: '7',
    column: undefined,
    message: 'missing return',
  });
  assert.deepEqual(match('  cmd/app/app_test.go:30:2: fmt.Printf format %d has arg x of wrong type string'), {
    file: 'cmd/app/app_test.go',
    line: '30',
    column: '2',
    message: 'fmt.Printf format %d has arg x of wrong type string',
  });
});

test('lines that are not diagnostics are not matched', () => {
  assert.equal(match('ok  \texample.com/hello\t0.005s'), undefined);
  assert.equal(match('# example.com/hello'), undefined);
  assert.equal(match('go: downloading github.com/google/uuid v1.6.0'), undefined);
});
