// The drift-precision bench's committed facts (bench/drift-precision/): the sample's pins and
// halves, and the judgments made by reading the modules' files. A half is a hash of the module
// path, so a module can never move to the half its judgments were not made for.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readJudgments } from '../../bench/drift-precision/judgments';
import { halfOf, readSample } from '../../bench/drift-precision/sample';
import { RULE_IDS } from '../../src/drift/rule-ids';

const SEVERITIES = new Set(['error', 'warning', 'notice']);

describe('drift precision data', () => {
  const sample = readSample();
  const judgments = readJudgments();

  test('the sample pins each module once, with a checksum-database sum, in the half its path hashes to', () => {
    assert.ok(sample.length >= 200, `${sample.length} modules`);
    assert.equal(new Set(sample.map((entry) => entry.module)).size, sample.length);
    for (const entry of sample) {
      assert.match(entry.version, /^v\d+\.\d+\.\d+/, entry.module);
      assert.match(entry.sum, /^h1:[A-Za-z0-9+/]{43}=$/, entry.module);
      assert.equal(entry.half, halfOf(entry.module), entry.module);
    }
    for (const half of ['tuning', 'held-out'] as const) assert.ok(sample.filter((entry) => entry.half === half).length >= 100, half);
  });

  test('every judgment names a pinned module, a rule and a severity', () => {
    const pinned = new Set(sample.map((entry) => `${entry.module}@${entry.version}`));
    assert.ok(judgments.length >= 100);
    for (const judgment of judgments) {
      const where = `${judgment.module} ${judgment.file}:${judgment.line}`;
      assert.ok(pinned.has(judgment.module), where);
      assert.ok(Number.isInteger(judgment.line) && judgment.line > 0, where);
      if (judgment.rule === 'missed') assert.deepEqual([judgment.severity, judgment.verdict, judgment.drift], ['-', 'drift', true], where);
      else {
        assert.ok((RULE_IDS as readonly string[]).includes(judgment.rule), `${where}: ${judgment.rule}`);
        assert.ok(SEVERITIES.has(judgment.severity), where);
      }
      assert.ok(judgment.reason.length > 0 && judgment.reason.length <= 300, where);
    }
  });

  test('the judgments of repositories outside the sample read the same way', () => {
    const outside = readJudgments(join(import.meta.dirname, '../../bench/drift-precision/outside-sample.tsv'));
    const sampled = new Set(sample.map((entry) => entry.module));
    assert.ok(outside.length > 0);
    for (const judgment of outside) assert.ok(!sampled.has(judgment.module.replace(/@.*$/, '')), judgment.module);
  });
});
