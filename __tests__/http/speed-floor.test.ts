import { test } from 'node:test';
import assert from 'node:assert/strict';
import { downloadTimersFromEnv } from '../../src/http/download';
import { formatRate, SpeedFloor, sampleIntervalMs, type SlowStretch, type SpeedFloorSettings } from '../../src/http/speed-floor';

const PRODUCTION = downloadTimersFromEnv({}).speedFloor;
const MiB = 1024 ** 2;

/** Feeds `floor` the byte count `bytesAt(t)` at the sampling interval until it gives up or `untilMs` passes. */
function run(
  settings: SpeedFloorSettings,
  bytesAt: (ms: number) => number,
  untilMs: number,
): { at: number; stretch: SlowStretch } | undefined {
  const floor = new SpeedFloor(settings, 0);
  for (let at = sampleIntervalMs(settings.windowMs); at <= untilMs; at += sampleIntervalMs(settings.windowMs)) {
    const stretch = floor.sample(at, bytesAt(at));
    if (stretch !== undefined) return { at, stretch };
  }
  return undefined;
}

test('the floor defaults to curl-like 64 KiB/s for 30 s and is set through the environment', () => {
  assert.deepEqual(PRODUCTION, { bytesPerSecond: 64 * 1024, windowMs: 30_000 });
  assert.deepEqual(downloadTimersFromEnv({ SETUP_GO_GOLDEN_SPEED_LIMIT: '8', SETUP_GO_GOLDEN_SPEED_TIME: '1.5' }).speedFloor, {
    bytesPerSecond: 8192,
    windowMs: 1500,
  });
  assert.equal(downloadTimersFromEnv({ SETUP_GO_GOLDEN_SPEED_LIMIT: '0' }).speedFloor.bytesPerSecond, 0, '0 turns it off');
  for (const bad of ['-3', 'soon', ''])
    assert.deepEqual(
      downloadTimersFromEnv({ SETUP_GO_GOLDEN_SPEED_LIMIT: bad, SETUP_GO_GOLDEN_SPEED_TIME: bad }).speedFloor,
      PRODUCTION,
      bad,
    );
});

test('at the production defaults, a fast first MiB then 1 byte/s is given up about 30 s into the trickle', () => {
  const result = run(PRODUCTION, (ms) => MiB + Math.floor(ms / 1000), 600_000);
  assert.ok(result, 'given up');
  assert.ok(result.at >= 30_000 && result.at <= 31_000, `given up at ${result.at} ms`);
  assert.ok(result.stretch.bytesPerSecond < 2, `${result.stretch.bytesPerSecond}`);
  // Two such attempts and the backoff between them: the install ends well within 2 minutes.
  assert.ok(2 * result.at + 500 < 120_000);
});

test('a fast first part does not hide the trickle after it for longer than one rate span', () => {
  // 10 MiB in the first 2 s keeps the 5-s rate over the floor until 7 s; the stretch starts at 2 s.
  const result = run(PRODUCTION, (ms) => Math.min(ms, 2000) * 5 * 1024 + Math.floor(ms / 1000), 600_000);
  assert.ok(result && result.at >= 32_000 && result.at <= 38_000, `given up at ${result?.at} ms`);
});

test('a steady rate just over the floor, bursts that average over it, and a floor of 0 are never given up', () => {
  assert.equal(
    run(PRODUCTION, (ms) => Math.floor(ms * 66), 600_000),
    undefined,
    'steady 64.5 KiB/s',
  );
  assert.equal(
    run(PRODUCTION, (ms) => Math.floor(ms / 2000) * 256 * 1024, 600_000),
    undefined,
    '256 KiB every 2 s',
  );
  assert.equal(
    run({ ...PRODUCTION, bytesPerSecond: 0 }, () => 0, 600_000),
    undefined,
    'floor off',
  );
});

test('a slow stretch that recovers before the window starts over', () => {
  // Slow for 20 s, fast for 5 s, slow again: given up 30 s into the second slow stretch, not earlier.
  const bytesAt = (ms: number) => (ms < 20_000 ? 0 : ms < 25_000 ? (ms - 20_000) * 1024 : 5000 * 1024);
  const result = run(PRODUCTION, bytesAt, 600_000);
  assert.ok(result && result.at >= 55_000, `given up at ${result?.at} ms`);
});

test('restart forgets the time the consumer held the body back', () => {
  const floor = new SpeedFloor({ bytesPerSecond: 1000, windowMs: 1000 }, 0);
  assert.equal(floor.sample(100, 500), undefined);
  floor.restart(5000, 500);
  assert.equal(floor.sample(5400, 500), undefined, 'less than a span since the restart');
  assert.ok(floor.sample(6500, 500), 'a whole window after the restart');
});

test('rates read as people write them', () => {
  assert.equal(formatRate(1), '1 B/s');
  assert.equal(formatRate(65536), '64 KiB/s');
  assert.equal(formatRate(1700), '1.7 KiB/s');
});
