// Bad inputs through the bundled actions under the runner emulator: each fails the step with an
// error that names the input, before anything is written (no PATH, env, output or download).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Machine } from '../cache/helpers';
import { actionUnderTest } from '../harness/action-under-test';
import type { StepResult } from '../harness/runner';

const HUGE = 100_000;

/** The step failed on `input` before any side effect, with an error saying what is wrong. */
function assertRefused(step: StepResult, input: string, problem: RegExp): void {
  const errors = step.annotations.filter((annotation) => annotation.level === 'error').map((annotation) => annotation.message);
  assert.notEqual(step.code, 0, step.stdout);
  assert.equal(errors.length, 1, errors.join('\n'));
  assert.match(errors[0]!, new RegExp(`^input ${input}: `), errors[0]);
  assert.match(errors[0]!, problem);
  assert.ok(errors[0]!.length < 500, `the error quotes a shortened value: ${errors[0]!.length} characters`);
  assert.deepEqual(step.exportedEnv, {}, 'nothing exported');
  assert.deepEqual(step.addedPath, [], 'nothing added to PATH');
  assert.deepEqual(step.outputs, {}, 'no outputs');
  assert.deepEqual(step.state, {}, 'no state for the post step');
}

let machine: Machine;
before(async () => {
  machine = await Machine.start();
});
after(async () => {
  await machine.close();
});

describe('root action: every input is checked before the first side effect', () => {
  const cases: [string, Record<string, string>, string, RegExp][] = [
    ['missing working-directory', { 'working-directory': 'no-such-module' }, 'working-directory', /"no-such-module" does not exist/],
    [
      'over-long working-directory',
      { 'working-directory': 'w'.repeat(300) },
      'working-directory',
      /is too long \(300 bytes; at most 255\)/,
    ],
    ['over-long output-dir', { targets: 'linux/amd64', 'output-dir': 'o'.repeat(300) }, 'output-dir', /is too long/],
    ['over-long checksums', { targets: 'linux/amd64', checksums: 'c'.repeat(300) }, 'checksums', /is too long/],
    [
      'output-dir on a file',
      { targets: 'linux/amd64', 'output-dir': '/etc/passwd' },
      'output-dir',
      /\/etc\/passwd exists and is not a directory/,
    ],
    [
      'output-dir climbing out',
      { targets: 'linux/amd64', 'output-dir': '../../elsewhere' },
      'output-dir',
      /leads outside the workspace .* give an absolute path/,
    ],
    ['a package that is not there', { targets: 'linux/amd64', packages: './cmd/missing' }, 'packages', /"\.\/cmd\/missing": no directory/],
    ['a package that is a flag', { targets: 'linux/amd64', packages: '-toolexec=/tmp/x' }, 'packages', /is not a package path or pattern/],
    ['malformed targets', { targets: 'linux' }, 'targets', /"linux" is not goos\/goarch/],
    ['a bad build boolean', { targets: 'linux/amd64', trimpath: 'maybe' }, 'trimpath', /"maybe" is not a boolean/],
    ['100 KB goprivate', { goprivate: 'a'.repeat(HUGE) }, 'goprivate', /100000 characters is too long/],
    [
      '100 KB cache-dependency-path',
      { 'cache-dependency-path': 'x'.repeat(HUGE) },
      'cache-dependency-path',
      /100000 characters is too long/,
    ],
    [
      '100 KB cache-key-suffix',
      { 'cache-key-suffix': 'k'.repeat(HUGE) },
      'cache-key-suffix',
      /100000 characters is too long \(at most 256\)/,
    ],
    ['bad cache-save', { 'cache-save': 'sometimes' }, 'cache-save', /"sometimes" is not one of auto, always, never/],
    ['malformed gosumdb', { gosumdb: 'sum.example.com+deadbeef+notakey' }, 'gosumdb', /malformed GOSUMDB/],
    ['bad env-policy', { 'env-policy': 'strict' }, 'env-policy', /"strict" is not one of warn, error/],
    ['bad cache boolean', { cache: 'yes' }, 'cache', /"yes" is not a boolean/],
    ['bad drift-check', { 'drift-check': 'loud' }, 'drift-check', /"loud" is not one of off, warn, error/],
    ['gomodcache climbing out', { gomodcache: '../modcache' }, 'gomodcache', /leads outside the workspace/],
  ];
  for (const [title, inputs, input, problem] of cases) {
    test(title, async () => {
      const step = await machine.runSetup(await machine.job(), inputs);
      assertRefused(step, input, problem);
    });
  }

  test('an absolute gocache or gomodcache outside the workspace is taken as deliberate and reported in the summary', async () => {
    const gocache = join(machine.root, 'elsewhere', 'gocache');
    const gomodcache = join(machine.root, 'elsewhere', 'gomodcache');
    const step = await machine.runSetup(await machine.job(), { cache: 'false', gocache, gomodcache });
    assert.equal(step.code, 0, step.stdout);
    assert.equal(step.exportedEnv.GOCACHE, gocache);
    assert.equal(step.exportedEnv.GOMODCACHE, gomodcache);
    assert.match(step.summary, /### Paths outside the workspace/);
    assert.ok(
      step.summary.includes(`- \`gocache\`: <code>${gocache}</code>`) &&
        step.summary.includes(`- \`gomodcache\`: <code>${gomodcache}</code>`),
      step.summary,
    );
  });
});

describe('build/ action', () => {
  const cases: [string, Record<string, string>, string, RegExp][] = [
    ['missing working-directory', { 'working-directory': 'nope' }, 'working-directory', /"nope" does not exist/],
    ['output-dir on a file', { 'output-dir': '/etc/passwd' }, 'output-dir', /exists and is not a directory/],
    ['over-long output-dir', { 'output-dir': `x/${'o'.repeat(300)}` }, 'output-dir', /is too long/],
    ['over-long checksums', { checksums: 'c'.repeat(300) }, 'checksums', /is too long/],
    ['a package that is not there', { packages: './nothing/...' }, 'packages', /"\.\/nothing\/\.\.\.": no directory/],
  ];
  for (const [title, inputs, input, problem] of cases) {
    test(title, async () => {
      const job = await machine.job();
      const step = await job.runAction({
        actionDir: join(await actionUnderTest(), 'build'),
        inputs: { targets: 'linux/amd64', ...inputs },
      });
      assertRefused(step, input, problem);
      assert.ok(!existsSync(join(machine.workspace, 'dist')), 'no output directory made');
    });
  }
});

describe('drift/ action', () => {
  test('a missing working-directory is named', async () => {
    const step = await (await machine.job()).runAction({
      actionDir: join(await actionUnderTest(), 'drift'),
      inputs: { 'working-directory': 'no/such/dir' },
    });
    assertRefused(step, 'working-directory', /"no\/such\/dir" does not exist/);
  });
  test('a 100 KB ignore is refused by name, not by a regular expression error', async () => {
    const step = await (await machine.job()).runAction({
      actionDir: join(await actionUnderTest(), 'drift'),
      inputs: { ignore: '*'.repeat(HUGE) },
    });
    assertRefused(step, 'ignore', /100000 characters is too long/);
  });
});

describe('no runner command injected through a log line', () => {
  /** Commands whose data is the injected payload: the runner would have obeyed them. */
  const injected = (step: StepResult) => step.commands.filter((command) => command.data.startsWith('INJECTED'));

  test('an input holding a line break and a command', async () => {
    const payloads: Record<string, string>[] = [
      { targets: 'linux/amd64', 'output-dir': 'out\n::error::INJECTED' },
      { gocache: `${join(machine.root, 'c')}\n::error::INJECTED` },
      { gocache: `${join(machine.root, 'c')}\n  ::add-mask::INJECTED` },
      { 'cache-key-suffix': 'x\n##[error]INJECTED' },
    ];
    for (const inputs of payloads) {
      const step = await machine.runSetup(await machine.job(), inputs);
      assert.deepEqual(injected(step), [], step.stdout);
      assert.notEqual(step.code, 0);
    }
  });

  test('a file name from the workspace that holds a line break and a command', async () => {
    const dir = join(machine.workspace, 'mod\n::error::INJECTED');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'go.sum'), '');
    try {
      const step = await machine.runSetup(await machine.job(), {});
      assert.equal(step.code, 0, step.stdout);
      assert.deepEqual(injected(step), [], step.stdout);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
