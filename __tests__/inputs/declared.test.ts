// Every input an action.yml declares is read by its entry point's parser, and nothing else is:
// a declared input nobody reads is a silent no-op, a read input nobody declared is always empty.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseBuildInputs } from '../../src/inputs/build';
import { parseCacheSave } from '../../src/inputs/cache';
import { parseDriftInputs } from '../../src/inputs/drift';
import { parseEnvPolicy } from '../../src/inputs/environment';
import { InputReader } from '../../src/inputs/reader';
import { parseSetupInputs } from '../../src/inputs/setup';
import { REPO_ROOT } from '../harness/runner';

function declaredInputs(actionDir: string): { names: string[]; defaults: Record<string, string> } {
  const doc = parseYaml(readFileSync(join(REPO_ROOT, actionDir, 'action.yml'), 'utf8')) as {
    inputs?: Record<string, { default?: unknown }>;
  };
  const inputs = doc.inputs ?? {};
  const defaults = Object.fromEntries(
    Object.entries(inputs)
      .filter(([, spec]) => spec?.default !== undefined)
      .map(([name, spec]) => [name, String(spec.default).includes('${{') ? '' : String(spec.default)]),
  );
  return { names: Object.keys(inputs).sort(), defaults };
}

/** A reader over the action's defaults plus `values`, as the runner would pass them. */
function readerFor(actionDir: string, values: Record<string, string>): { reader: InputReader; names: string[] } {
  const { names, defaults } = declaredInputs(actionDir);
  const all: Record<string, string> = { ...defaults, ...values };
  return { reader: new InputReader((name) => all[name] ?? ''), names };
}

describe('declared inputs are exactly the parsed inputs', () => {
  const workspace = mkdtempSync(join(tmpdir(), 'sgg-declared-'));
  const placement = { workspace, outside: [] };

  test('root action: the main step reads every input; the post step reads only declared ones', () => {
    const { reader, names } = readerFor('.', { 'go-version': '1.26', targets: 'linux/amd64' });
    parseSetupInputs(reader, workspace);
    assert.deepEqual([...reader.read].sort(), names);
    const post = readerFor('.', {}).reader;
    parseCacheSave(post);
    for (const name of post.read) assert.ok(names.includes(name), `post reads undeclared input ${name}`);
  });

  test('build/ action', () => {
    const { reader, names } = readerFor('build', { targets: 'linux/amd64' });
    parseBuildInputs(reader, 2, placement);
    // build-main.ts reads the policy beside the build inputs: the build reports a Go that is not the verified one.
    parseEnvPolicy(reader);
    assert.deepEqual([...reader.read].sort(), names);
  });

  test('drift/ action', () => {
    const { reader, names } = readerFor('drift', {});
    parseDriftInputs(reader, workspace);
    assert.deepEqual([...reader.read].sort(), names);
  });

  after(() => rmSync(workspace, { recursive: true, force: true }));
});
