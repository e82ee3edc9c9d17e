// Log text from outside cannot become a runner command: checked with the emulator's reading of
// stdout, which follows the runner's (ActionCommand.cs).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeCommandData, neutralizeCommands } from '../../src/shared/log-text';
import { parseCommandLine, parseWorkflowCommands } from '../harness/runner';

const HOSTILE = [
  'out\n::error::INJECTED',
  'out\r::add-mask::INJECTED',
  'out\r\n   ::set-output name=x::INJECTED',
  '::stop-commands::INJECTED',
  'file ##[error]INJECTED',
  'x\n\t::warning file=a,line=1::INJECTED',
];

describe('plain log lines', () => {
  test('the emulator reads these as commands when written raw (the test can fail)', () => {
    for (const text of HOSTILE) assert.ok(parseWorkflowCommands(`${text}\n`).commands.length > 0, text);
  });
  test('neutralized, no line is a command, and the text stays readable', () => {
    for (const text of HOSTILE) {
      const written = neutralizeCommands(text);
      assert.deepEqual(parseWorkflowCommands(`${written}\n`).commands, [], written);
      assert.ok(written.includes('INJECTED'));
    }
    assert.equal(neutralizeCommands('out\n::error::x'), 'out\n%3A:error::x');
    assert.equal(neutralizeCommands('plain text: a::b'), 'plain text: a::b');
  });
});

describe('command data', () => {
  test('escaped as the runner unescapes them: % first, then CR and LF', () => {
    assert.equal(escapeCommandData('50%\r\n::error::x'), '50%25%0D%0A::error::x');
    const line = `::add-matcher::${escapeCommandData('/tmp/m%0A\n::error::INJECTED.json')}`;
    assert.deepEqual(parseCommandLine(line), { command: 'add-matcher', properties: {}, data: '/tmp/m%0A\n::error::INJECTED.json' });
  });
});
