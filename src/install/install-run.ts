// One install run: the options it was asked with, and the notes and phase timings it gathers for
// the job summary.
import type { SpecifiedInstallOptions } from './options';
import type { Route } from './routes/route';

export class InstallRun {
  readonly notes: string[] = [];
  readonly timings: Record<string, number> = {};
  /** The route once its release list was read: what later checks may consult without asking again. */
  listed?: Route;

  constructor(readonly options: SpecifiedInstallOptions) {}

  /** Adds the wall time of `work` to the phase's row of the timings table. */
  async timed<T>(phase: string, work: () => Promise<T>): Promise<T> {
    const start = Date.now();
    try {
      return await work();
    } finally {
      this.timings[phase] = (this.timings[phase] ?? 0) + (Date.now() - start);
    }
  }
}
