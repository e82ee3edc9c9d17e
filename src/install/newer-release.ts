// A floating spec (`1.26`, `^1.26`) that a Go already in the tool cache answered may have a newer
// release out: a runner image lags the Go project by weeks. Said only when the release list is at
// hand already: a tool-cache hit asks no index, and asking one just to say this would cost every
// such run a round trip (check-latest: true is the input that asks).
import { compareGoVersions } from '../version/goversion';
import { describeVersionSpec, resolveVersionSpec } from '../version/spec';
import type { InstallRun } from './install-run';

/** The one line naming the newer release and check-latest: true, or undefined when there is none to name. */
export function newerReleaseNotice(run: InstallRun, served: string): string | undefined {
  const { spec, specSource, specText, checkLatest } = run.options;
  const listed = run.listed;
  if (listed === undefined || checkLatest || spec.kind === 'exact') return undefined;
  const newest = resolveVersionSpec(spec, listed.releases);
  if (newest === undefined || compareGoVersions(newest, served) <= 0) return undefined;
  return `${specSource} ${JSON.stringify(specText)}: the tool cache had Go ${served}, but ${listed.label} lists Go ${newest} as ${describeVersionSpec(spec)}; set check-latest: true to install Go ${newest}`;
}
