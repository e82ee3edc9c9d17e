// The summary lines on the release files, for each way the archives can be timed and each file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { releaseNotes, type ReleaseFacts } from '../../../src/build/artifacts/release-notes';
import { NO_SOURCE_DATE } from '../../../src/build/artifacts/source-date';
import type { BuiltTarget } from '../../../src/build/artifacts/summary';
import type { BuildOptions } from '../../../src/build/plan/options';

const item = { archive: 'dist/a.tar.gz', sbom: 'dist/a.spdx.json', cyclonedx: undefined } as BuiltTarget;
const options = { reproducible: true, trimpath: true, provenance: 'auto', archive: 'auto' } as BuildOptions;
const date = new Date(Date.UTC(2026, 10, 22, 21, 48, 53));
const facts = (extra: Partial<ReleaseFacts>): ReleaseFacts => ({
  options,
  date: { date, origin: 'commit', commit: 'abcdef0123456789' },
  extras: [],
  built: [item, item],
  provenanceFile: 'dist/a.intoto.json',
  failed: false,
  ...extra,
});

test('archives timed at the commit, SOURCE_DATE_EPOCH or the fixed date of no commit; SBOMs and the statement named', () => {
  assert.deepEqual(releaseNotes(facts({ extras: [{ name: 'LICENSE', path: '/x/LICENSE' }] })), [
    'Archives: reproducible (entries sorted, modes 0755/0644, no owner, all timed 2026-11-22T21:48:53Z, the time of commit abcdef012345); with LICENSE',
    'SBOM: 2 SPDX 2.3 document(s) (.spdx.json), one beside each binary, from its build info (go version -m)',
    'Provenance: dist/a.intoto.json (in-toto Statement v1, SLSA Provenance v1, unsigned: sign it in the workflow, see the README)',
  ]);
  assert.match(
    releaseNotes(facts({ date: { date, origin: 'SOURCE_DATE_EPOCH', commit: undefined } }))[0]!,
    /all timed 2026-11-22T21:48:53Z from SOURCE_DATE_EPOCH\)$/,
  );
  assert.match(
    releaseNotes(facts({ date: { date: NO_SOURCE_DATE, origin: 'none', commit: undefined } }))[0]!,
    /all timed 1980-01-01T00:00:00Z \(not a git checkout: set SOURCE_DATE_EPOCH for a time of your own\)\)$/,
  );
});

test('reproducible off, trimpath off, a failed target', () => {
  assert.equal(
    releaseNotes(facts({ options: { ...options, reproducible: false } }))[0],
    'Archives: timed when built, not reproducible (reproducible: false)',
  );
  assert.equal(
    releaseNotes(facts({ options: { ...options, trimpath: false } }))[1],
    'Binaries hold the build paths of this machine (trimpath: false): another checkout folder gives other bytes',
  );
  assert.equal(releaseNotes(facts({ provenanceFile: undefined, failed: true })).at(-1), 'Provenance: none, as a target failed');
});
