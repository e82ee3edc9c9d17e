import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { isOtherCiFile, otherCiGoLines as named } from '../../src/drift/other-ci';

const otherCiGoLines = (text: string) => named(text).map((entry) => entry.line);

describe('CI outside GitHub Actions', () => {
  test('is recognised by its configuration file', () => {
    for (const path of [
      '.travis.yml',
      '.circleci/config.yml',
      '.gitlab-ci.yml',
      '.semaphore/semaphore.yml',
      'Jenkinsfile',
      '.teamcity/settings.kts',
    ])
      assert.ok(isOtherCiFile(path), path);
    for (const path of ['.github/workflows/ci.yml', 'docs/.travis.yml', 'travis.yml', 'config.yml']) assert.ok(!isOtherCiFile(path), path);
  });

  test('a Travis go: list names its lines', () => {
    const travis = 'language: go\ngo:\n  - 1.20.x\n  - "1.21"\n  - tip\nscript:\n  - make test 1.9\n';
    assert.deepEqual(otherCiGoLines(travis), ['1.20', '1.21']);
    assert.deepEqual(named(travis)[1], { line: '1.21', at: { line: 4, column: 6 } });
    // Jobs allowed to fail are no jobs of their own.
    assert.deepEqual(otherCiGoLines('go:\n  - master\nmatrix:\n  allow_failures:\n    - go: 1.7\n  fast_finish: true\n'), []);
    // A comment inside the list does not end it.
    assert.deepEqual(otherCiGoLines('go:\n  # - 1.6 is disabled\n\n  - 1.8\n  - tip\n'), ['1.8']);
  });

  test('images, version managers and target triples name lines; unrelated numbers do not', () => {
    const circle = 'jobs:\n  test:\n    docker:\n      - image: cimg/go:1.22.5\n      - image: postgres:1.14\n';
    assert.deepEqual(otherCiGoLines(circle), ['1.22']);
    assert.deepEqual(otherCiGoLines('blocks:\n  - task:\n      prologue:\n        commands:\n          - sem-version go 1.21\n'), ['1.21']);
    assert.deepEqual(otherCiGoLines('image: golang:1.23-alpine\nvariables:\n  NODE: 1.18\n'), ['1.23']);
    assert.deepEqual(otherCiGoLines('val targets = listOf("linux/amd64/1.25", "linux/arm64/tip")\n'), ['1.25']);
    // Tools' versions are not Go's.
    assert.deepEqual(
      otherCiGoLines(
        'orbs:\n  go: circleci/go@1.7.3\nsteps:\n  - go install github.com/golangci/golangci-lint/cmd/golangci-lint@v1.18.0\n  - go: 1.22\n',
      ),
      ['1.22'],
    );
    // Comments are prose, not versions CI runs.
    assert.deepEqual(otherCiGoLines('# go 1.12 was dropped\nimage: golang:1.23 # not 1.19\n'), ['1.23']);
  });
});
