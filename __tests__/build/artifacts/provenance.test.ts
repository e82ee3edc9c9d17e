// The provenance statement as provenance.ts makes it: valid for the in-toto framework's own
// bindings (PyPI in-toto-attestation) and for the JSON schema written from the specifications;
// subjects sorted; the builder named by the action's ref when the runner gives one.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builderOf, provenanceStatement, type ProvenanceFacts } from '../../../src/build/artifacts/provenance';
import { provenanceSchemaErrors, provenanceVerdict } from '../release/validators';

const work = mkdtempSync(join(tmpdir(), 'sgg-provenance-'));
after(() => rmSync(work, { recursive: true, force: true }));

const facts: ProvenanceFacts = {
  subjects: [
    { name: 'hello-linux-amd64.tar.gz', sha256: 'b'.repeat(64) },
    { name: 'SHA256SUMS', sha256: 'a'.repeat(64) },
  ],
  builder: builderOf({ repository: 'acme/setup-go-golden', ref: 'v1' }, '0.1.0'),
  externalParameters: { targets: ['linux/amd64'], ldflags: '-s -w' },
  internalParameters: { go: 'go1.26.8' },
  resolvedDependencies: [
    { uri: 'git+https://github.com/acme/hello@refs/heads/main', digest: { gitCommit: 'c'.repeat(40) } },
    {
      name: 'go',
      uri: 'https://go.dev/dl/go1.26.8.linux-amd64.tar.gz',
      digest: { sha256: 'd'.repeat(64) },
      annotations: { trustAnchors: ['sha256:go.dev'] },
    },
  ],
  invocationId: 'https://github.com/acme/hello/actions/runs/1/attempts/1',
  startedOn: new Date(Date.UTC(2026, 0, 1, 0, 0, 0, 250)),
  finishedOn: new Date(Date.UTC(2026, 0, 1, 0, 1, 0)),
};

test('valid for in-toto-attestation and the schema; subjects sorted; times in whole seconds', () => {
  const statement = provenanceStatement(facts);
  assert.deepEqual(provenanceSchemaErrors(statement), []);
  const path = join(work, 'hello.intoto.json');
  writeFileSync(path, JSON.stringify(statement));
  const verdict = provenanceVerdict(path);
  assert.equal(verdict.code, 0, verdict.output);
  assert.equal(
    verdict.output,
    'valid: in-toto Statement v1 with 2 subjects, SLSA Provenance v1 predicate, builder https://github.com/acme/setup-go-golden@v1',
  );
  assert.deepEqual(
    (statement.subject as { name: string }[]).map((subject) => subject.name),
    ['SHA256SUMS', 'hello-linux-amd64.tar.gz'],
  );
  assert.deepEqual((statement.predicate as { runDetails: { metadata: unknown } }).runDetails.metadata, {
    invocationId: 'https://github.com/acme/hello/actions/runs/1/attempts/1',
    startedOn: '2026-01-01T00:00:00Z',
    finishedOn: '2026-01-01T00:01:00Z',
  });
});

test('both validators really judge: a misspelt field and a subject without digest fail', () => {
  const statement = provenanceStatement(facts) as { predicate: { runDetails: Record<string, unknown> }; subject: unknown[] };
  const misspelt = {
    ...statement,
    predicate: { ...statement.predicate, runDetails: { ...statement.predicate.runDetails, byProducts: [] } },
  };
  assert.deepEqual(provenanceSchemaErrors(misspelt), ['/predicate/runDetails must NOT have additional properties']);
  const path = join(work, 'misspelt.intoto.json');
  writeFileSync(path, JSON.stringify(misspelt));
  assert.notEqual(provenanceVerdict(path).code, 0);
  assert.deepEqual(provenanceSchemaErrors({ ...statement, subject: [{ name: 'x' }] }), ["/subject/0 must have required property 'digest'"]);
});

test('builder: the action repository at the ref the workflow used, else this package at its version', () => {
  assert.deepEqual(builderOf({ repository: 'acme/setup-go-golden', ref: 'v1.2.3' }, '0.1.0'), {
    id: 'https://github.com/acme/setup-go-golden@v1.2.3',
    version: { 'setup-go-golden': '0.1.0', ref: 'v1.2.3' },
  });
  assert.deepEqual(builderOf({ repository: undefined, ref: undefined }, '0.1.0'), {
    id: 'pkg:generic/setup-go-golden@0.1.0',
    version: { 'setup-go-golden': '0.1.0' },
  });
});
