// Every fixture repository under fixtures/ is checked and its findings compared with the
// `expect:` markers written on the lines they concern: nothing missing, nothing extra.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkDrift } from '../../src/drift/check';
import { formatFinding } from '../../src/drift/format';
import { DRIFT_RULES } from '../../src/drift/rule-table';
import { scanTree, treeFileReader } from '../../src/drift/scan';
import { compareWithMarkers, readMarkers } from './markers';
import type { RepoFile } from '../../src/drift/types';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const fixtureNames = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

/** Every file of a fixture, markers included where the scan does not look (local action.yml files). */
function allFiles(root: string): RepoFile[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const full = join(entry.parentPath, entry.name);
      return { path: relative(root, full).split('\\').join('/'), contents: readFileSync(full, 'utf8') };
    });
}

describe('drift fixtures', () => {
  let markerCount = 0;
  for (const name of fixtureNames) {
    test(name, () => {
      const root = join(FIXTURES, name);
      const { files, refused, directories } = scanTree(root);
      const expected = readMarkers(allFiles(root));
      markerCount += expected.length;
      const { findings } = checkDrift(files, { readFile: treeFileReader(root), refused, directories });
      const { missing, unexpected } = compareWithMarkers(expected, findings);
      assert.deepEqual(
        {
          missing: missing.map((m) => `${m.file}:${m.line}${m.column ? `:${m.column}` : ''} ${m.rule}`),
          unexpected: unexpected.map(formatFinding),
        },
        { missing: [], unexpected: [] },
      );
    });
  }

  test('the fixtures carry enough markers to mean something', () => {
    // Guards the marker reader itself: if it stopped finding markers, every fixture would pass.
    assert.ok(markerCount >= 40, `only ${markerCount} expect markers were read`);
    // A not-followed finding sits on a link, which can hold no marker: links.e2e.test.ts covers it.
    for (const { id: rule } of DRIFT_RULES.filter((r) => r.id !== 'not-followed')) {
      const files = fixtureNames.flatMap((name) => allFiles(join(FIXTURES, name)));
      assert.ok(
        readMarkers(files).some((m) => m.rule === rule),
        `no fixture expects ${rule}`,
      );
    }
  });
});
