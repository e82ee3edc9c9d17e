// The one input vocabulary: booleans as the runner documents them, choices, lists with comments,
// whole numbers, paths and length limits; every error names the input.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { InputReader, MAX_INPUT_LENGTH } from '../../src/inputs/reader';

const reader = (values: Record<string, string>) => new InputReader((name) => values[name] ?? '');

describe('booleans', () => {
  test('true/True/TRUE and false/False/FALSE, as core.getBooleanInput; empty is the default', () => {
    for (const word of ['true', 'True', 'TRUE', ' true ']) assert.equal(reader({ b: word }).boolean('b', false), true);
    for (const word of ['false', 'False', 'FALSE']) assert.equal(reader({ b: word }).boolean('b', true), false);
    assert.equal(reader({}).boolean('b', true), true);
  });
  test('yes, on, 1 and tRuE are not booleans', () => {
    for (const word of ['yes', 'on', '1', 'tRuE', 'no'])
      assert.throws(
        () => reader({ cache: word }).boolean('cache', true),
        new RegExp(`^InputError: input cache: "${word}" is not a boolean`),
      );
  });
});

describe('choices', () => {
  test('one of the listed values, in any case; empty is the default', () => {
    assert.equal(reader({ m: 'Always' }).choice('m', ['auto', 'always', 'never'] as const, 'auto'), 'always');
    assert.equal(reader({}).choice('m', ['auto', 'always'] as const, 'auto'), 'auto');
    assert.throws(
      () => reader({ 'cache-save': 'sometimes' }).choice('cache-save', ['auto', 'always', 'never'] as const, 'auto'),
      /input cache-save: "sometimes" is not one of auto, always, never/,
    );
  });
});

describe('lists', () => {
  test('newlines and commas split; blanks and # comments go', () => {
    const text = 'linux/amd64, linux/arm64\n\n  windows/amd64 # the one with .exe\n#darwin/arm64\n';
    assert.deepEqual(reader({ targets: text }).list('targets'), ['linux/amd64', 'linux/arm64', 'windows/amd64']);
  });
  test('a line-based list keeps commas (globs like {a,b})', () => {
    assert.deepEqual(reader({ p: '**/{go,tools}.sum # both\n!vendor/**' }).list('p', { lines: true }), ['**/{go,tools}.sum', '!vendor/**']);
  });
  test('# inside a word is not a comment', () => {
    assert.deepEqual(reader({ p: 'dir#1/go.sum' }).list('p', { lines: true }), ['dir#1/go.sum']);
  });
  test('a 100 KB list or a long entry is refused by name', () => {
    assert.throws(
      () => reader({ ignore: 'x'.repeat(100_000) }).list('ignore', { max: 16384 }),
      /input ignore: 100000 characters is too long \(at most 16384\)/,
    );
    assert.throws(
      () => reader({ ignore: `a,${'y'.repeat(2000)}` }).list('ignore'),
      /input ignore: the entry "y{60}… \(2000 characters\)" is too long/,
    );
  });
});

describe('text, numbers and paths', () => {
  test('every input has a length limit', () => {
    assert.throws(
      () => reader({ goprivate: 'a'.repeat(100_000) }).text('goprivate'),
      new RegExp(`input goprivate: 100000 characters is too long \\(at most ${MAX_INPUT_LENGTH}\\)`),
    );
  });
  test('single-line values refuse line breaks and control characters', () => {
    assert.throws(
      () => reader({ 'output-dir': 'out\n::error::x' }).path('output-dir'),
      /input output-dir: "out\\n::error::x" must be a single line/,
    );
    assert.throws(() => reader({ tags: 'a\u001bb' }).text('tags'), /input tags: "a\\u001bb" holds control characters/);
    assert.equal(reader({ key: 'line 1\nline 2\n' }).text('key', { multiline: true }), 'line 1\nline 2');
  });
  test('whole numbers', () => {
    assert.equal(reader({ n: '12' }).integer('n'), 12);
    assert.equal(reader({}).integer('n'), undefined);
    for (const bad of ['0', '-1', '1.5', 'many', '99999999999999999999'])
      assert.throws(() => reader({ n: bad }).integer('n'), /input n: .* is not a whole number >= 1/);
  });
  test('paths within PATH_MAX and NAME_MAX, file names without a directory', () => {
    assert.equal(reader({}).path('working-directory', '.'), '.');
    assert.throws(
      () => reader({ 'working-directory': `${'a/'.repeat(2047)}ab` }).path('working-directory'),
      /input working-directory: the path is too long \(4096 bytes; at most 4095\)/,
    );
    assert.throws(
      () => reader({ 'output-dir': `out/${'n'.repeat(256)}` }).path('output-dir'),
      /input output-dir: the path element "n{60}… \(256 characters\)" is too long \(256 bytes; at most 255\)/,
    );
    assert.throws(
      () => reader({ checksums: 'sub/SUMS' }).fileName('checksums', 'SHA256SUMS'),
      /input checksums: "sub\/SUMS" must be a plain file name/,
    );
  });
  test('the reader remembers every name it read', () => {
    const read = reader({});
    read.text('a');
    read.list('b');
    read.boolean('c', false);
    assert.deepEqual([...read.read], ['a', 'b', 'c']);
  });
});
