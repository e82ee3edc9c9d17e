// Runs every bench/*.bench.ts in turn (arguments narrow the run: npm run bench -- install drift).
// Each benchmark prints its own table of medians and ratios against a baseline measured in the same run.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { provideActionNode } from './action-node.mjs';

const filters = process.argv.slice(2);
const files = readdirSync('bench')
  .filter((name) => name.endsWith('.bench.ts'))
  // A filter that names a benchmark exactly (install) picks only it, not every name containing it (proxy-install).
  .filter(
    (name, _index, all) =>
      filters.length === 0 ||
      filters.some((filter) => (all.includes(`${filter}.bench.ts`) ? name === `${filter}.bench.ts` : name.includes(filter))),
  )
  .sort();
if (files.length === 0) {
  console.error(`no benchmarks match ${filters.join(' ')}`);
  process.exit(1);
}
provideActionNode();
let failed = 0;
for (const file of files) {
  console.log(`\n=== bench/${file}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', `bench/${file}`], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
