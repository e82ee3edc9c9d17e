// Proxy credential masking must take time linear in the GOPROXY text: 100 KB costs about ten
// times 10 KB, not a hundred (the earlier regular expression took 61 s on 100 KB of letters).
import { execFileSync } from 'node:child_process';
import { proxyCredentials } from '../src/shared/credentials';
import { measureInterleaved, printRatios } from './stats';

const RUNS = 15;
const letters = (size: number) => 'a'.repeat(size);
const urls = (size: number) => Array.from({ length: size / 100 }, (_, i) => `https://u:t${i}@p${i}.example/go`.padEnd(99, 'x')).join(',');
const inputs = { letters10: letters(10_000), letters100: letters(100_000), urls10: urls(10_000), urls100: urls(100_000) };
const cases = {
  'letters 10 KB': () => proxyCredentials(inputs.letters10),
  'letters 100 KB': () => proxyCredentials(inputs.letters100),
  'credentialed URLs 10 KB': () => proxyCredentials(inputs.urls10),
  'credentialed URLs 100 KB': () => proxyCredentials(inputs.urls100),
};
// Warm the compiler first: the first calls run unoptimised and would weigh on the small cases' medians.
for (let i = 0; i < 50; i++) for (const run of Object.values(cases)) run();
const medians = await measureInterleaved(cases, RUNS);
printRatios('proxyCredentials', medians, 'letters 10 KB', RUNS);
console.log(`load: ${execFileSync('uptime', { encoding: 'utf8' }).trim()}`);
