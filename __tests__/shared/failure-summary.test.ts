// A failed step's section in the job summary: the error, inert, and the instruction it ends with on a line of its own.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { failureSummaryMarkdown, splitFailure } from '../../src/shared/failure-summary';

describe('failure summary', () => {
  test("the instruction after the message's last '; ' gets a line of its own", () => {
    const message =
      "input go-version: 1.2 is older than Go 1.9, the oldest this action supports; did you mean '1.20'? (YAML reads an unquoted 1.20 as 1.2)";
    assert.deepEqual(splitFailure(message), {
      problem: 'input go-version: 1.2 is older than Go 1.9, the oldest this action supports',
      whatToDo: "did you mean '1.20'? (YAML reads an unquoted 1.20 as 1.2)",
    });
    const text = failureSummaryMarkdown('setup-go-golden failed', message);
    assert.match(text, /^### ❌ setup-go-golden failed$/m);
    assert.match(text, /^\*\*What to do:\*\* did you mean &#39;1\.20&#39;\? \(YAML reads an unquoted 1\.20 as 1\.2\)$/m);
    for (const tail of [
      'to cross-compile, leave input architecture unset',
      'if this runner cannot reach x, set go-download-source: proxy',
      'run actions/checkout before this step',
    ])
      assert.equal(splitFailure(`problem; ${tail}`).whatToDo, tail);
  });

  test('a clause that is no instruction stays part of the problem', () => {
    const message = 'the verified go1.26.8 tree does not run: exit 1; it was not installed';
    assert.deepEqual(splitFailure(message), { problem: message });
    assert.doesNotMatch(failureSummaryMarkdown('setup-go-golden failed', message), /What to do/);
  });

  test('a message carrying outside text is inert, on one line', () => {
    const text = failureSummaryMarkdown('setup-go-golden failed', 'bad value "<!--x" | `y`\n## heading');
    for (const raw of ['<!--', '`y`', '\n## heading']) assert.ok(!text.includes(raw), text);
  });
});
