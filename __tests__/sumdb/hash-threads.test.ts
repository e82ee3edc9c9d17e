// Prewarmed hashing threads (hash-threads.ts): a FileHasher takes them before starting others, they
// hash as fresh ones do, and unused ones do not keep a step alive. Each case runs in a process of
// its own, as the main step does: the pool of prewarmed threads is per process.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from '../harness/runner';

const root = mkdtempSync(join(tmpdir(), 'sgg-hash-threads-'));
after(() => rmSync(root, { recursive: true, force: true }));

const THREADS = new URL('../../src/sumdb/hash-threads.ts', import.meta.url).href;
const HASHER = new URL('../../src/sumdb/hash-files.ts', import.meta.url).href;

/** Runs `body` (an ES module) under tsx in a new Node process; what it prints, or a rejection after `timeoutMs`. */
async function runModule(body: string, timeoutMs = 30_000): Promise<string> {
  const script = join(root, `probe-${Math.random().toString(36).slice(2)}.mts`);
  writeFileSync(script, body);
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script], { cwd: REPO_ROOT, timeout: timeoutMs });
  return stdout.trim();
}

test('a FileHasher takes the prewarmed threads first, and they hash as fresh ones do', async () => {
  const paths = Array.from({ length: 200 }, (_, index) => {
    const path = join(root, `file${index}`);
    writeFileSync(path, `content ${index}\n`.repeat(index));
    return path;
  });
  const expected = paths.map((_, index) => createHash('sha256').update(`content ${index}\n`.repeat(index)).digest('hex'));
  const printed = await runModule(`
import { Worker } from 'node:worker_threads';
import { prewarmHashThreads, takeHashThreads } from ${JSON.stringify(THREADS)};
import { FileHasher } from ${JSON.stringify(HASHER)};
prewarmHashThreads();
// Threads get consecutive ids: one started now is newer than every prewarmed one.
const marker = new Worker('', { eval: true });
const markerId = marker.threadId;
await marker.terminate();
const taken = takeHashThreads(1);
console.log(JSON.stringify({ prewarmedTaken: taken[0].threadId < markerId }));
for (const thread of taken) await thread.terminate();
prewarmHashThreads();
const digests = await new FileHasher(2).hash(${JSON.stringify(paths)});
console.log(JSON.stringify({ digests: Array.from({ length: digests.length / 32 }, (_, i) => digests.toString('hex', i * 32, i * 32 + 32)) }));
`);
  const [first, second] = printed.split('\n').map((line) => JSON.parse(line));
  assert.deepEqual(first, { prewarmedTaken: true });
  assert.deepEqual(second.digests, expected);
});

test('prewarmed threads nobody takes do not keep the process alive', async () => {
  const printed = await runModule(`
import { prewarmHashThreads } from ${JSON.stringify(THREADS)};
prewarmHashThreads();
console.log('prewarmed');
`);
  assert.equal(printed, 'prewarmed');
});

test('a prewarmed thread that fails is neither fatal nor handed out: the hasher starts a working one', async () => {
  const path = join(root, 'one-file');
  writeFileSync(path, 'content\n');
  const printed = await runModule(`
import { Worker } from 'node:worker_threads';
import { prewarmHashThreads } from ${JSON.stringify(THREADS)};
import { FileHasher } from ${JSON.stringify(HASHER)};
const broken: Worker[] = [];
prewarmHashThreads(() => {
  const thread = new Worker('throw new Error("thread failed to start")', { eval: true });
  broken.push(thread);
  return thread;
});
// The prewarmed thread does not keep the process alive: a timer does, until it has failed.
const alive = setInterval(() => undefined, 1000);
// Not events.once: it would reject on the thread's error, which is the pool's to take.
await Promise.all(broken.map((thread) => new Promise((resolve) => thread.once('exit', resolve))));
clearInterval(alive);
const digests = await new FileHasher(2).hash([${JSON.stringify(path)}]);
console.log(JSON.stringify({ broken: broken.length, digest: digests.toString('hex') }));
`);
  assert.deepEqual(JSON.parse(printed), { broken: 1, digest: createHash('sha256').update('content\n').digest('hex') });
});
