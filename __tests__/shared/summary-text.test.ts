// Untrusted text in the job summary: nothing of it can become Markdown or HTML structure.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { summaryCode, summaryText } from '../../src/shared/summary-text';

describe('summary text', () => {
  test('HTML, comments, table pipes, code-span backticks and line breaks come out inert', () => {
    const hostile = '1.22<!--\n<h1>x</h1>|`a`[l](u)*_#~\\';
    const inert = summaryText(hostile);
    for (const structural of ['<', '>', '|', '`', '\n', '[', '*', '_', '~', '\\']) {
      assert.ok(!inert.includes(structural), `${JSON.stringify(structural)} survives in ${inert}`);
    }
    assert.equal(inert, '1.22&lt;!-- &lt;h1&gt;x&lt;/h1&gt;&#124;&#96;a&#96;&#91;l&#93;(u)&#42;&#95;#&#126;&#92;');
  });

  test('an ampersand is escaped first, so an entity in the input stays literal text', () => {
    assert.equal(summaryText('&lt;'), '&amp;lt;');
  });

  test('plain version text and paths read as they are', () => {
    assert.equal(summaryText('go1.22.3 /home/runner/go'), 'go1.22.3 /home/runner/go');
    assert.equal(summaryCode('1.22'), '<code>1.22</code>');
  });
});
