// Runs the tests under __tests__ with node's test runner, one file per core at a time (at least two).
//   npm test                          every test
//   npm test -- unit                  the unit tests: pure modules, no action run, no server, no Go build
//   npm test -- e2e                   the end-to-end tests (bundles under the runner emulator, servers, Go, QEMU)
//   npm test -- version harness       files whose path contains one of the words (words add up: unit install/hostile)
//   npm test -- --name 'flipped byte' tests whose name matches the regular expression (with any of the above)
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism, tmpdir } from 'node:os';
import { provideActionNode } from './action-node.mjs';

function findTests(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'fixtures' ? [] : findTests(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** End-to-end test files say so in their name: `<module>.e2e.test.ts`. */
const isEndToEnd = (file) => file.endsWith('.e2e.test.ts');
const KINDS = { unit: (file) => !isEndToEnd(file), e2e: isEndToEnd };

function parseArguments(args) {
  const names = [];
  const words = [];
  for (let index = 0; index < args.length; index++) {
    if (args[index] === '--name') {
      if (args[index + 1] === undefined) throw new Error('--name needs a regular expression');
      names.push(new RegExp(args[++index]));
    } else words.push(args[index]);
  }
  return { names, kinds: words.filter((word) => word in KINDS), fragments: words.filter((word) => !(word in KINDS)) };
}

const { names, kinds, fragments } = parseArguments(process.argv.slice(2));
// Each word adds files: `npm test -- unit install/hostile` runs the unit tests and that one file.
const selected = (file) => kinds.some((kind) => KINDS[kind](file)) || fragments.some((fragment) => file.includes(fragment));
const files = findTests('__tests__')
  .filter((file) => (kinds.length === 0 && fragments.length === 0) || selected(file))
  .sort();
if (files.length === 0) {
  console.error(`no test files match ${process.argv.slice(2).join(' ')}`);
  process.exit(1);
}

// Tests against a real BuildKit or under act need those built once per machine (minutes on a cold
// one): start that now, in the background, and run those files last; their fixtures wait for it
// (the scripts lock).
const PROVISIONED = [
  { name: 'BuildKit', script: '__tests__/harness/buildkit.sh', needs: (file) => file.includes('buildkit') },
  { name: 'act', script: '__tests__/harness/act.sh', needs: (file) => file.startsWith('__tests__/act/') },
];
const provisionedLast = (file) => PROVISIONED.some(({ needs }) => needs(file));
files.sort((a, b) => Number(provisionedLast(a)) - Number(provisionedLast(b)));
for (const { name, script, needs } of PROVISIONED) {
  if (!files.some(needs)) continue;
  const log = join(mkdtempSync(join(tmpdir(), 'sgg-provision-')), `${name.toLowerCase()}-provision.log`);
  console.log(`provisioning ${name} in the background (log: ${log})`);
  const out = openSync(log, 'w');
  spawn('bash', [script, 'provision'], { stdio: ['ignore', out, out] }).unref();
}

if (files.some(isEndToEnd)) provideActionNode();

let failed = false;
const stream = run({
  files,
  concurrency: Math.max(2, availableParallelism()),
  // A file may take long on a cold machine: the cgo tests build zig's C libraries for five targets first.
  timeout: 40 * 60_000,
  ...(names.length > 0 ? { testNamePatterns: names } : {}),
});
stream.on('test:fail', () => {
  failed = true;
});
stream.compose(spec).pipe(process.stdout);
stream.on('end', () => {
  process.exitCode = failed ? 1 : 0;
});
