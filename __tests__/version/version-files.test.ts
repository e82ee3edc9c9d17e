import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseGoModDirectives, parseVersionFile, SUPPORTED_VERSION_FILES } from '../../src/version/version-files';
import { resolveVersionSpec } from '../../src/version/spec';
import { RELEASES } from './fixtures/releases';

function resolvedFrom(fileName: string, contents: string): string | undefined {
  return resolveVersionSpec(parseVersionFile(fileName, contents).spec, RELEASES);
}

const GO_MOD = `// A module comment
module example.com/app

go 1.22.3 // the minimum

require (
\tgolang.org/x/sys v0.20.0
\t"golang.org/x/text" v0.15.0 // indirect
)
`;

describe('go.mod and go.work', () => {
  test('the go line is a minimum within its minor line', () => {
    const result = parseVersionFile('go.mod', GO_MOD);
    assert.deepEqual(result, {
      spec: { kind: 'minimum', version: { major: 1, minor: 22, patch: 3 } },
      line: 4,
      text: '1.22.3',
      warnings: [],
    });
    assert.equal(resolveVersionSpec(result.spec, RELEASES), '1.22.10');
  });

  const resolutions: [string, string, string | undefined][] = [
    ['go 1.22', 'go 1.22\n', '1.22.10'],
    ['go 1.21rc2 (a candidate line admits candidates and releases)', 'go 1.21rc2\n', '1.21.13'],
    ['go 1.24rc1 (no release yet)', 'go 1.24rc1\n', '1.24rc2'],
    ['go 1.20 (pre-1.21 line)', 'module m\ngo 1.20\n', '1.20.14'],
    ['toolchain wins', 'go 1.21.0\ntoolchain go1.22.5\n', '1.22.5'],
    ['toolchain candidate', 'go 1.24rc1\ntoolchain go1.24rc1\n', '1.24rc1'],
    ['toolchain default is ignored', 'go 1.21.3\ntoolchain default\n', '1.21.13'],
    ['toolchain go1.20 means 1.20.0', 'go 1.20\ntoolchain go1.20\n', '1.20.0'],
    ['toolchain only', 'module m\ntoolchain go1.23.2\n', '1.23.2'],
    ['block syntax for go', 'go (\n\t1.22.4\n)\n', '1.22.10'],
    ['quoted go version', 'go "1.22.4"\n', '1.22.10'],
  ];
  for (const [name, contents, expected] of resolutions) {
    test(name, () => assert.equal(resolvedFrom('go.mod', contents), expected));
  }

  test('the toolchain line is reported with its own line number and text', () => {
    const result = parseVersionFile('go.mod', 'module m\n\ngo 1.21.0\ntoolchain go1.22.5 // pinned\n');
    assert.deepEqual(result, {
      spec: { kind: 'exact', version: { major: 1, minor: 22, patch: 5 } },
      line: 4,
      text: 'go1.22.5',
      warnings: [],
    });
  });

  test('a toolchain older than the go line loses to it, with a warning', () => {
    const result = parseVersionFile('go.mod', 'go 1.23.1\ntoolchain go1.22.5\n');
    assert.equal(result.spec.kind, 'minimum');
    assert.equal(result.line, 1);
    assert.deepEqual(result.warnings, ['go.mod:2: toolchain go1.22.5 is older than the go line (go 1.23.1, line 1); using the go line']);
  });

  test('CRLF line endings and a byte-order mark', () => {
    const contents = '\uFEFFmodule m\r\n\r\ngo 1.22.3\r\ntoolchain go1.22.6\r\n';
    const result = parseVersionFile('go.mod', contents);
    assert.equal(result.line, 4);
    assert.equal(result.text, 'go1.22.6');
    assert.equal(resolveVersionSpec(result.spec, RELEASES), '1.22.6');
  });

  test('comments never count as directives', () => {
    const contents = '// go 1.19\nmodule m // toolchain go1.19.1\n/* not go syntax */\ngo 1.22 // toolchain go1.19.2\n';
    const result = parseVersionFile('go.mod', contents);
    assert.deepEqual(result.spec, { kind: 'minimum', version: { major: 1, minor: 22 } });
    assert.equal(result.line, 4);
  });

  test('go.work with use blocks', () => {
    const contents = 'go 1.23.0\n\nuse (\n\t./api\n\t"./cmd tool" // spaced\n)\nuse ./lib\n';
    const result = parseVersionFile('repo/go.work', contents);
    assert.equal(result.line, 1);
    assert.equal(resolveVersionSpec(result.spec, RELEASES), '1.23.4');
  });

  const errors: [string, string, RegExp][] = [
    ['no go line', 'module m\nrequire x v1.0.0\n', /^Error: go\.mod: no go or toolchain line names a Go version$/],
    ['empty file', '', /^Error: go\.mod: no go or toolchain line/],
    ['go line with a go prefix', 'module m\n\ngo go1.22\n', /^Error: go\.mod:3: go line "go1\.22" is not a Go version/],
    ['go line with an x', 'go 1.22.x\n', /^Error: go\.mod:1: go line "1\.22\.x" is not a Go version/],
    ['go line without minor', 'go 1\n', /^Error: go\.mod:1: go line "1" is not a Go version/],
    ['go line without a version', 'module m\ngo\n', /^Error: go\.mod:2: expected exactly one argument: go <version>/],
    ['go line with two versions', 'go 1.22 1.23\n', /^Error: go\.mod:1: expected exactly one argument/],
    ['repeated go line', 'go 1.22\nmodule m\ngo 1.23\n', /^Error: go\.mod:3: repeated go line \(the first is on line 1\)/],
    ['toolchain without go prefix', 'go 1.22\ntoolchain 1.22.5\n', /^Error: go\.mod:2: toolchain "1\.22\.5" is not a Go release/],
    [
      'toolchain language version',
      'go 1.22\ntoolchain go1.22\n',
      /^Error: go\.mod:2: toolchain go1\.22 names a language version, not a release; write go1\.22\.0/,
    ],
    ['unterminated string', 'module "m\n', /^Error: go\.mod:1: unterminated quoted string/],
    ['unclosed block', 'go 1.22\nrequire (\n\tx v1.0.0\n', /^Error: go\.mod:2: require block is never closed/],
  ];
  for (const [name, contents, message] of errors) {
    test(`error: ${name}`, () => assert.throws(() => parseVersionFile('go.mod', contents), message));
  }
  test('errors name the path as given', () => {
    assert.throws(() => parseVersionFile('sub/dir/go.work', 'go 1.x\n'), /^Error: sub\/dir\/go\.work:1: /);
  });
});

describe('parseGoModDirectives', () => {
  test('positions of go, toolchain and use, 1-based, value columns', () => {
    const contents = '\uFEFFgo 1.22.3\r\n  toolchain   go1.22.5 // c\r\nuse (\r\n\t./a\r\n    "./b c"\r\n)\r\nuse `./d`\r\n';
    assert.deepEqual(parseGoModDirectives(contents, 'go.work'), {
      go: { value: '1.22.3', line: 1, column: 4 },
      toolchain: { value: 'go1.22.5', line: 2, column: 15 },
      use: [
        { value: './a', line: 4, column: 2 },
        { value: './b c', line: 5, column: 5 },
        { value: './d', line: 7, column: 5 },
      ],
    });
  });
  test('a file without directives', () => {
    assert.deepEqual(parseGoModDirectives('module m\n'), { use: [] });
  });
  test('an empty block on one line', () => {
    assert.deepEqual(parseGoModDirectives('use ()\ngo 1.21.0\n'), { go: { value: '1.21.0', line: 2, column: 4 }, use: [] });
  });
  test('errors use the file name given', () => {
    assert.throws(() => parseGoModDirectives('toolchain a\ntoolchain b\n', 'x/go.work'), /^Error: x\/go\.work:2: repeated toolchain line/);
  });
});

describe('.go-version', () => {
  const cases: [string, string, number, string | undefined][] = [
    ['bare', '1.22.5\n', 1, '1.22.5'],
    ['go prefix', 'go1.22.5', 1, '1.22.5'],
    ['whitespace and CRLF', '\uFEFF\r\n  1.21.4  \r\n', 2, '1.21.4'],
    ['comments', '# pinned for the release branch\n1.20 # the line\n', 2, '1.20.14'],
    ['minor line', '1.22\n', 1, '1.22.10'],
    ['a candidate', '1.24rc1\n', 1, '1.24rc1'],
  ];
  for (const [name, contents, line, expected] of cases) {
    test(name, () => {
      const result = parseVersionFile('.go-version', contents);
      assert.equal(result.line, line);
      assert.equal(resolveVersionSpec(result.spec, RELEASES), expected);
    });
  }
  test('no YAML lost-zero warning in a plain file', () => {
    assert.deepEqual(parseVersionFile('.go-version', '1.2\n').warnings, []);
  });
  test('extra lines are ignored with a warning', () => {
    const result = parseVersionFile('.go-version', '1.22.5\n1.21.0\n');
    assert.deepEqual(result.warnings, ['.go-version:2: ignoring everything after the version on line 1']);
    assert.equal(resolveVersionSpec(result.spec, RELEASES), '1.22.5');
  });
  test('errors name the file and line', () => {
    assert.throws(() => parseVersionFile('ci/.go-version', '\n\n1.22.x.1\n'), /^Error: ci\/\.go-version:3: cannot read "1\.22\.x\.1"/);
    assert.throws(() => parseVersionFile('.go-version', '# nothing\n\n'), /^Error: \.go-version: the file names no Go version$/);
  });
});

describe('.tool-versions', () => {
  const cases: [string, string, number, string, string | undefined][] = [
    ['golang line', 'golang 1.22.5\n', 1, '1.22.5', '1.22.5'],
    [
      'other tools and comments',
      '# tools\nnodejs 20.11.0\npython 3.12.1 # py\ngolang 1.21.3 # go\nterraform 1.7.0\n',
      4,
      '1.21.3',
      '1.21.3',
    ],
    ['several versions: the first is used', 'golang 1.22.5 1.21.13 system\n', 1, '1.22.5', '1.22.5'],
    ['extra blanks and tabs', 'golang\t  1.23.2  \r\n', 1, '1.23.2', '1.23.2'],
    ['mise-style go name', 'go 1.22.1\n', 1, '1.22.1', '1.22.1'],
    ['a minor line', 'golang 1.20\n', 1, '1.20', '1.20.14'],
  ];
  for (const [name, contents, line, text, expected] of cases) {
    test(name, () => {
      const result = parseVersionFile('.tool-versions', contents);
      assert.equal(result.line, line);
      assert.equal(result.text, text);
      assert.equal(resolveVersionSpec(result.spec, RELEASES), expected);
    });
  }
  const errors: [string, string, RegExp][] = [
    ['no golang line', 'nodejs 20\n', /^Error: \.tool-versions: no "golang <version>" line$/],
    ['a golang line without version', 'nodejs 20\ngolang\n', /^Error: \.tool-versions:2: the golang line lists no version$/],
    ['system', 'golang system\n', /^Error: \.tool-versions:1: golang system is not a Go version this action can install$/],
    ['ref', 'golang ref:abc123\n', /^Error: \.tool-versions:1: golang ref:abc123 is not a Go version/],
    ['garbage version', '\ngolang banana\n', /^Error: \.tool-versions:2: cannot read "banana"/],
  ];
  for (const [name, contents, message] of errors) {
    test(`error: ${name}`, () => assert.throws(() => parseVersionFile('.tool-versions', contents), message));
  }
});

test('unknown version files list the supported ones', () => {
  for (const name of ['package.json', 'go.sum', 'GO.MOD', 'dir/.nvmrc']) {
    assert.throws(
      () => parseVersionFile(name, 'go 1.22\n'),
      (error: Error) => {
        assert.equal(error.message, `${name}: unsupported version file; supported: go.mod, go.work, .go-version, .tool-versions`);
        return true;
      },
    );
  }
  assert.deepEqual([...SUPPORTED_VERSION_FILES], ['go.mod', 'go.work', '.go-version', '.tool-versions']);
});

describe('messages about a version file quote the token, never a long line', () => {
  test('a value far longer than a version is named by its length only', () => {
    const line = `SECRET=${'x'.repeat(200)}`;
    assert.throws(
      () => parseVersionFile('.go-version', `${line}\n`),
      (error: Error) =>
        error.message === '.go-version:1: a value of 207 characters is not a Go version' && !error.message.includes('SECRET'),
    );
    assert.throws(() => parseVersionFile('.tool-versions', `golang ${line}\n`), /^Error: \.tool-versions:1: a value of 207 characters/);
  });
});
