// The build/ sub-action's bundle under the runner emulator, given input values that name the
// properties every plain JavaScript object inherits (`constructor`, `toString`, `__proto__`): each
// must be refused as the unknown value it is, by an error that names its input, before any build.
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, RunnerJob } from '../harness/runner';

const ACTION_DIR = join(REPO_ROOT, 'build');
const EXAMPLE = join(REPO_ROOT, 'examples', 'hello');
const GOCACHE = execFileSync('go', ['env', 'GOCACHE'], { encoding: 'utf8' }).trim();

describe('inherited property names are not input values', () => {
  const jobs: RunnerJob[] = [];
  after(() => {
    for (const job of jobs) job.cleanup();
  });

  const cases: [string, Record<string, string>, RegExp][] = [
    ['a variant named constructor', { targets: 'linux/amd64/constructor' }, /input targets: .*unknown variant "constructor"/],
    ['a variant named toString', { targets: 'linux/amd64/toString' }, /input targets: .*unknown variant "toString"/],
    [
      'an arm variant named constructor (arm has aliases)',
      { targets: 'linux/arm/constructor' },
      /input targets: .*unknown variant "constructor"/,
    ],
    ['a variant named __proto__', { targets: 'linux/amd64/__proto__' }, /input targets: .*"linux\/amd64\/__proto__"/],
    ['a target os named constructor', { targets: 'constructor/amd64' }, /input targets: .*unknown target "constructor\/amd64"/],
    ['a libc named __proto__', { targets: 'linux/amd64', libc: '__proto__' }, /input libc: "__proto__" is not musl, glibc/],
    ['a cgo mode named constructor', { targets: 'linux/amd64', cgo: 'constructor' }, /input cgo: "constructor" is not one of auto, 0, 1/],
    [
      'a qemu mode named __proto__',
      { targets: 'linux/amd64', qemu: '__proto__' },
      /input qemu: "__proto__" is not one of off, smoke, test/,
    ],
    ['an archive named toString', { targets: 'linux/amd64', archive: 'toString' }, /input archive: "toString" is not one of/],
    [
      'attestations named constructor',
      { targets: 'linux/amd64', attestations: 'constructor' },
      /input attestations: "constructor" is not one of auto, off/,
    ],
  ];
  for (const [title, inputs, expected] of cases) {
    test(`${title}: a clean input error, nothing built`, async () => {
      const job = new RunnerJob({ env: { GOCACHE } });
      jobs.push(job);
      cpSync(EXAMPLE, join(job.workspace, 'hello'), { recursive: true, filter: (source) => !source.includes(`${EXAMPLE}/dist`) });
      const step = await job.runAction({ actionDir: ACTION_DIR, inputs: { 'working-directory': 'hello', ...inputs } });
      assert.equal(step.code, 1, step.stdout + step.stderr);
      const errors = step.annotations.filter((a) => a.level === 'error').map((a) => a.message);
      assert.equal(errors.length, 1, errors.join('\n'));
      assert.match(errors[0]!, expected);
      assert.equal(existsSync(join(job.workspace, 'hello', 'dist')), false, 'nothing was built');
    });
  }
});
