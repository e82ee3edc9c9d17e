// The drift check's YAML tree (js-yaml events) held against the `yaml` library's document model:
// the same values and the same offset for every node, on tricky snippets and on every YAML file
// of the fixtures. A finding's line and column come from these offsets.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isAlias, isMap, isScalar, isSeq, parse, parseDocument, type Node } from 'yaml';
import { parseYamlFile, plainValue, scalarText, type YamlFile, type YamlNode } from '../../src/drift/yaml-source';

const SNIPPETS: Record<string, string> = {
  'numbers that lose digits': 'a: 1.20\nb: 1.0\nc: 1e3\nd: 0x1F\ne: 0o17\nf: -1.50\ng: .inf\nh: -.INF\ni: 1_000\nj: 010\n',
  'quoted and typed words': `a: "1.20"\nb: '1.21'\nc: true\nd: False\ne: ~\nf: null\ng: NULL\nh: yes\ni: "it's"\nj: 'it''s'\n`,
  'empty values': 'a:\nb: ~\nc: ""\nd:\n  - \n  -\ne: {x: , y: }\n',
  'block scalars':
    'run: |\n  go test ./...\n  go vet ./...\nkeep: |+\n  text\n\nstrip: >-\n  folded\n  line\nindented: |2\n    two\nafter: x\n',
  'block scalar with a comment and tag': 'a: !!str | # why\n  text\nb: &anchor >\n  more\nc: *anchor\n',
  'flow collections': 'matrix: {go: [1.21, "1.22", 1.20], os: [ubuntu-latest, windows-latest]}\nempty: []\nnone: {}\n',
  'anchors and aliases':
    'base: &base\n  go-version: 1.22\n  cache: true\njob1: *base\nlist: &l [a, b]\njob2:\n  steps: *l\nscalar: &s 1.20\nagain: *s\n',
  'tags and props': 'a: !!str 1.3\nb: !custom value\nc: &x !!str 1.4\nd: *x\n',
  'nested sequences': 'a:\n- - 1\n  - 2\n- [3, [4, 5]]\n- key: value\n  other: 1.10\n',
  'multi-line plain and quoted': 'a: one\n  two\n  three\nb: "line\n  next"\nc: \'x\n\n  y\'\n',
  'complex keys': '? |\n  block key\n: 2\n? plain key\n: 1\n"quoted key": 3\n1.20: number key\n',
  'explicit document markers': '---\non: push\njobs: {}\n...\n',
  'comments everywhere':
    '# top\non: # trigger\n  push: # event\n    branches: [main] # list\n# between\njobs:\n  # job\n  test: {} # empty\n',
  'duplicate keys': 'a: 1\na: 2\nb: {x: 1, x: 2}\n',
  'CRLF line ends':
    'on: push\r\njobs:\r\n  test:\r\n    steps:\r\n      - uses: actions/setup-go@v5\r\n        with:\r\n          go-version: 1.20\r\n',
  'a byte order mark': '\uFEFFon: push\njobs:\n  test: {go: "1.20"}\n',
  'unicode before values': 'name: "café ☕"\nemoji: 🚀 go\nafter: 1.21\n',
  'a scalar document': '1.20\n',
  'an empty document': '# nothing here\n',
};

/** The js-yaml tree beside the `yaml` document: same shape, and each node at the same offset. */
function compareOffsets(
  ours: YamlNode | undefined,
  theirs: Node | null | undefined,
  document: ReturnType<typeof parseDocument>,
  where: string,
): void {
  const resolved = isAlias(theirs) ? (theirs.resolve(document) as Node | undefined) : theirs;
  if (resolved === null || resolved === undefined) {
    assert.ok(ours === undefined || (ours.kind === 'scalar' && ours.value === null), `${where}: yaml has no node, ours is ${ours?.kind}`);
    return;
  }
  assert.ok(ours, `${where}: ours has no node`);
  if (isScalar(resolved) && resolved.value === null && resolved.source === '') {
    // An empty value has no text of its own; where it "starts" is a convention, not a position to report.
    assert.equal(ours.kind, 'scalar', where);
    return;
  }
  assert.equal(ours.offset, resolved.range?.[0], `${where}: offset`);
  if (isMap(resolved)) {
    assert.equal(ours.kind, 'map', where);
    if (ours.kind !== 'map') return;
    assert.equal(ours.items.length, resolved.items.length, `${where}: pairs`);
    resolved.items.forEach((pair, index) => {
      compareOffsets(ours.items[index]!.key, pair.key as Node, document, `${where}.key[${index}]`);
      compareOffsets(ours.items[index]!.value, pair.value as Node, document, `${where}.value[${index}]`);
    });
  } else if (isSeq(resolved)) {
    assert.equal(ours.kind, 'seq', where);
    if (ours.kind !== 'seq') return;
    assert.equal(ours.items.length, resolved.items.length, `${where}: items`);
    resolved.items.forEach((item, index) => {
      compareOffsets(ours.items[index], item as Node, document, `${where}[${index}]`);
    });
  } else assert.equal(ours.kind, 'scalar', where);
}

function parsed(path: string, text: string): YamlFile {
  const result = parseYamlFile(path, text);
  assert.ok(result.ok, `${path} did not parse: ${result.ok ? '' : result.finding.message}`);
  return result.file;
}

function agreesWithYaml(path: string, text: string): void {
  const file = parsed(path, text);
  assert.deepEqual(plainValue(file.root), parse(text, { uniqueKeys: false, logLevel: 'error' }) ?? null, `${path}: values`);
  const document = parseDocument(text, { uniqueKeys: false, logLevel: 'error' });
  compareOffsets(file.root, document.contents, document, path);
}

function yamlFilesUnder(directory: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('drift YAML tree', () => {
  for (const [name, text] of Object.entries(SNIPPETS)) test(`agrees with the yaml library: ${name}`, () => agreesWithYaml(name, text));

  test('agrees with the yaml library on every valid YAML file of the drift fixtures', () => {
    const files = yamlFilesUnder(join(import.meta.dirname, 'fixtures')).filter(
      (path) => parseDocument(readFileSync(path, 'utf8')).errors.length === 0,
    );
    assert.ok(files.length >= 50, `only ${files.length} fixture YAML files were found`);
    for (const path of files) agreesWithYaml(path, readFileSync(path, 'utf8'));
  });

  test('keeps what was written beside what the runner reads', () => {
    const file = parsed('w.yml', 'a: 1.20\nb: "1.20"\nc: 1.21\nd: !!str 1.30\n');
    const texts = ['a', 'b', 'c', 'd'].map((key) =>
      scalarText(file.root?.kind === 'map' ? file.root.items.find((pair) => plainValue(pair.key) === key)?.value : undefined),
    );
    assert.deepEqual(texts, [
      { value: '1.2', written: '1.20', lostDigits: true },
      { value: '1.20', written: '1.20', lostDigits: false },
      { value: '1.21', written: '1.21', lostDigits: false },
      { value: '1.30', written: '1.30', lostDigits: false },
    ]);
  });

  test('an alias inside the node it names ends as null instead of a cycle', () => {
    const file = parsed('cycle.yml', 'a: &x\n  b: *x\n');
    assert.deepEqual(plainValue(file.root), { a: { b: null } });
  });

  test('a syntax error is a parse-error finding at the line and column the parser names', () => {
    const result = parseYamlFile('bad.yml', 'jobs:\n  test:\n    steps: [a, b\n    runs-on: x\n');
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.equal(result.finding.rule, 'parse-error');
    assert.equal(result.finding.file, 'bad.yml');
    // The flow sequence opened on line 3 is still open where line 4 starts a key.
    assert.deepEqual([result.finding.line, result.finding.column], [4, 5]);
    assert.match(result.finding.message, /^bad\.yml is not valid YAML: .+; no Go version in it was checked\.$/);
  });

  test('a file of two documents is refused at the second one', () => {
    const result = parseYamlFile('two.yml', 'on: push\n---\njobs: {}\n');
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.deepEqual([result.finding.line, result.finding.column], [2, 1]);
    assert.match(result.finding.message, /more than one YAML document/);
  });
});
