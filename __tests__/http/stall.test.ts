// The speed floor against a real server on 127.0.0.1: a body that trickles after a fast start is
// given up after the window (not at the deadline sized for the whole file), retried once more,
// then reported as too slow with what to do; a slow server above the floor still succeeds.
import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buffer } from 'node:stream/consumers';
import { setTimeout as sleep } from 'node:timers/promises';
import { streamDownload } from '../../src/http/download';

const SIZE = 2 * 1024 ** 2;
const BODY = Buffer.alloc(SIZE, 7);
const FAST_PART = 1024 ** 2;
/** What the slow server sends: four windows' worth at 96 KiB/s. */
const SLOW_SIZE = 384 * 1024;

type Behaviour = 'trickle' | 'fast' | 'above-floor';
/** What each request gets, in order; the last one repeats. */
let plan: Behaviour[] = [];
let requests = 0;

/** Writes `body` in `chunk`-byte pieces every `intervalMs`, stopping when the client goes away. */
async function pace(response: ServerResponse, body: Buffer, chunk: number, intervalMs: number): Promise<void> {
  for (let offset = 0; offset < body.length && !response.destroyed; offset += chunk) {
    response.write(body.subarray(offset, offset + chunk));
    await sleep(intervalMs);
  }
  response.end();
}

const server = createServer((_request, response) => {
  const behaviour = plan[Math.min(requests, plan.length - 1)];
  requests++;
  const size = behaviour === 'above-floor' ? SLOW_SIZE : SIZE;
  response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': size });
  if (behaviour === 'fast') {
    response.end(BODY);
  } else if (behaviour === 'above-floor') {
    // 12 KiB every 125 ms is 96 KiB/s: half again the floor, for four windows.
    void pace(response, BODY.subarray(0, size), 12 * 1024, 125);
  } else {
    // The first MiB at once, then a byte every 100 ms: never silent long enough for the stall timer.
    response.write(BODY.subarray(0, FAST_PART));
    void pace(response, BODY.subarray(FAST_PART), 1, 100);
  }
});

let url: string;
const saved = { ...process.env };
before(async () => {
  // A 1-s window so the test is short; the floor, the stall timer and the deadline stay at their
  // defaults (the deadline for 2 MiB is 76 s, so ending in seconds is the floor's doing).
  process.env.SETUP_GO_GOLDEN_SPEED_TIME = '1';
  for (const name of [
    'SETUP_GO_GOLDEN_SPEED_LIMIT',
    'SETUP_GO_GOLDEN_STALL_TIMEOUT',
    'SETUP_GO_GOLDEN_DEADLINE_BASE',
    'SETUP_GO_GOLDEN_MIN_RATE',
  ])
    delete process.env[name];
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/go1.26.0.linux-amd64.tar.gz`;
});
after(() => {
  process.env = saved;
  server.closeAllConnections();
  server.close();
});
beforeEach(() => {
  requests = 0;
});

function download(log: string[], expectedSize = SIZE): Promise<Buffer> {
  return streamDownload(url, { expectedSize, log: (line) => log.push(line) }, (body) => buffer(body));
}

test('a trickle after a fast start is given up after the window, retried once, then reported as too slow', {
  timeout: 20_000,
}, async () => {
  plan = ['trickle'];
  const log: string[] = [];
  const started = Date.now();
  await assert.rejects(download(log), (error: Error) => {
    assert.match(
      error.message,
      /^download of http:\/\/127\.0\.0\.1:\d+\/go1\.26\.0\.linux-amd64\.tar\.gz failed after 2 attempts: .* was too slow: \d+ bytes in the last [\d.]+ s \(\d+ B\/s\), under the floor of 64 KiB\/s for 1 s \(1048\d+ of 2097152 bytes received; the floor is SETUP_GO_GOLDEN_SPEED_LIMIT KiB\/s for SETUP_GO_GOLDEN_SPEED_TIME s\); try another go-download-source \(go\.dev or proxy\) or a closer mirror \(go-download-base-url, goproxy\)$/,
    );
    return true;
  });
  const elapsed = Date.now() - started;
  assert.equal(requests, 2, 'one retry, not the four attempts other transient failures get');
  assert.equal(log.length, 1);
  assert.match(log[0]!, /was too slow: .*; retrying .* in 500 ms \(attempt 2 of 4\)$/);
  assert.doesNotMatch(log[0]!, /go-download-source/, 'the advice is said once, in the final error');
  // Each attempt ends about a window after the trickle starts (sampling and a rate span add
  // < 1 s), far from the 76-s deadline.
  assert.ok(elapsed < 6000, `both attempts and the backoff took ${elapsed} ms`);
});

test('a trickle on the first attempt only: the retry downloads the whole file', { timeout: 20_000 }, async () => {
  plan = ['trickle', 'fast'];
  const log: string[] = [];
  const body = await download(log);
  assert.equal(requests, 2);
  assert.ok(body.equals(BODY));
  assert.match(log[0]!, /was too slow/);
});

test('a slow server above the speed floor succeeds', { timeout: 20_000 }, async () => {
  plan = ['above-floor'];
  const log: string[] = [];
  const started = Date.now();
  const body = await download(log, SLOW_SIZE);
  assert.equal(requests, 1);
  assert.deepEqual(log, []);
  assert.ok(body.equals(BODY.subarray(0, SLOW_SIZE)));
  assert.ok(Date.now() - started > 3000, 'the body took several windows');
});

test('time the consumer holds the body back is not counted against the server', { timeout: 20_000 }, async () => {
  plan = ['fast'];
  const log: string[] = [];
  const body = await streamDownload(url, { expectedSize: SIZE, log: (line) => log.push(line) }, async (stream) => {
    // Read nothing for three windows: the buffers fill and the network is paused, not slow.
    await sleep(3000);
    return buffer(stream);
  });
  assert.equal(requests, 1);
  assert.deepEqual(log, []);
  assert.ok(body.equals(BODY));
});
