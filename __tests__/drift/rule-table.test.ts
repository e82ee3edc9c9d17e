// README.md's table of drift rules is the rule table's: the same ids, in the same order, with the
// same severity and sentence. A rule added, renamed or re-rated in one place fails here until the
// other says the same.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DRIFT_RULES } from '../../src/drift/rule-table';

/** The rows of the first table under `## Drift rules`, as [id, severity, text]. */
function readmeRules(): string[][] {
  const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
  const section = readme.split(/^## /m).find((part) => part.startsWith('Drift rules\n'));
  assert.ok(section, 'README.md has no "## Drift rules" section');
  const lines = section.split('\n');
  const header = lines.findIndex((line) => /^\| rule \| severity \|/.test(line));
  assert.notEqual(header, -1, 'the Drift rules section has no table with rule and severity columns');
  const rows: string[][] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    const cells = line
      .slice(1, -1)
      .split(' | ')
      .map((cell) => cell.trim());
    assert.equal(cells.length, 3, `README row with other than three cells: ${line}`);
    const [id = '', severity = '', text = ''] = cells;
    assert.match(id, /^`[a-z-]+`$/, `README row names no single rule id: ${line}`);
    rows.push([id.slice(1, -1), severity, text]);
  }
  return rows;
}

describe('drift rule table', () => {
  test('every rule id is distinct', () => {
    const ids = DRIFT_RULES.map((rule) => rule.id);
    assert.equal(new Set(ids).size, ids.length);
  });

  test('README.md lists exactly the table, with the same severity and sentence', () => {
    assert.deepEqual(
      readmeRules(),
      DRIFT_RULES.map((rule) => [rule.id, rule.severity, rule.readme]),
    );
  });
});
