// The speed floor of a download, as curl's --speed-limit/--speed-time: a body that keeps arriving
// (so the stall timer never fires) but slower than the floor for a whole window is given up, long
// before a deadline sized for the whole archive at the floor rate would end it. Pure: the caller
// feeds it the clock and the byte count.

export interface SpeedFloorSettings {
  /** Below this rate the attempt is too slow; 0 turns the floor off. */
  bytesPerSecond: number;
  /** How long the rate must stay under the floor before the attempt is given up. */
  windowMs: number;
}

/** A stretch that stayed under the floor for the whole window. */
export interface SlowStretch {
  bytes: number;
  elapsedMs: number;
  bytesPerSecond: number;
}

interface Sample {
  at: number;
  bytes: number;
}

/**
 * The rate is measured over a short span (5 s, as curl) rather than since the start of the
 * stretch, so a fast first megabyte does not hide the trickle after it for long; the span is
 * shorter for short windows so that tests can use them.
 */
export function rateSpanMs(windowMs: number): number {
  return Math.min(5000, windowMs / 2);
}

/** How often the caller should sample: several times a span, so a stretch ends close to its window. */
export function sampleIntervalMs(windowMs: number): number {
  return Math.max(10, Math.min(1000, rateSpanMs(windowMs) / 5));
}

export function formatRate(bytesPerSecond: number): string {
  return bytesPerSecond < 1024 ? `${Math.round(bytesPerSecond)} B/s` : `${Number((bytesPerSecond / 1024).toFixed(1))} KiB/s`;
}

export class SpeedFloor {
  private samples: Sample[] = [];
  private slowSince: Sample | undefined;

  constructor(
    private readonly settings: SpeedFloorSettings,
    at: number,
    bytes = 0,
  ) {
    this.restart(at, bytes);
  }

  /** Forgets the past: time spent while the consumer held the body back is not the server's. */
  restart(at: number, bytes: number): void {
    this.samples = [{ at, bytes }];
    this.slowSince = undefined;
  }

  /** Records `bytes` received so far at `at`; returns the slow stretch once it has lasted the window. */
  sample(at: number, bytes: number): SlowStretch | undefined {
    const { bytesPerSecond: floor, windowMs } = this.settings;
    if (floor <= 0) return undefined;
    const span = rateSpanMs(windowMs);
    this.samples.push({ at, bytes });
    // Keep the newest sample at least a span old as the base of the rate, and what came after it.
    while (this.samples.length > 1 && this.samples[1]!.at <= at - span) this.samples.shift();
    const base = this.samples[0]!;
    if (at - base.at < span) return undefined;
    if (((bytes - base.bytes) * 1000) / (at - base.at) >= floor) {
      this.slowSince = undefined;
      return undefined;
    }
    // The span just measured was already under the floor: the stretch began at its start.
    this.slowSince ??= base;
    const elapsedMs = at - this.slowSince.at;
    const stretchBytes = bytes - this.slowSince.bytes;
    const rate = (stretchBytes * 1000) / elapsedMs;
    if (elapsedMs < windowMs || rate >= floor) return undefined;
    return { bytes: stretchBytes, elapsedMs, bytesPerSecond: rate };
  }
}
