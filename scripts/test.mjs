// Runs every __tests__/**/*.test.ts with node's test runner, two files at a time.
// Arguments narrow the run to files whose path contains one of them: npm test -- version harness
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism, tmpdir } from 'node:os';

function findTests(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'fixtures' ? [] : findTests(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const filters = process.argv.slice(2);
const files = findTests('__tests__')
  .filter((file) => filters.length === 0 || filters.some((filter) => file.includes(filter)))
  .sort();
if (files.length === 0) {
  console.error(`no test files match ${filters.join(' ')}`);
  process.exit(1);
}

// Tests against a real BuildKit need it built once per machine (minutes on a cold one): start that
// now, in the background, and run those files last; their fixture waits for it (buildkit.sh locks).
const needsBuildkit = (file) => file.includes('buildkit');
files.sort((a, b) => Number(needsBuildkit(a)) - Number(needsBuildkit(b)));
if (files.some(needsBuildkit)) {
  const log = join(mkdtempSync(join(tmpdir(), 'sgg-provision-')), 'buildkit-provision.log');
  console.log(`provisioning BuildKit in the background (log: ${log})`);
  const out = openSync(log, 'w');
  spawn('bash', ['__tests__/harness/buildkit.sh', 'provision'], { stdio: ['ignore', out, out] }).unref();
}

let failed = false;
const stream = run({ files, concurrency: Math.max(2, availableParallelism()), timeout: 20 * 60_000 });
stream.on('test:fail', () => { failed = true; });
stream.compose(spec).pipe(process.stdout);
stream.on('end', () => { process.exitCode = failed ? 1 : 0; });
