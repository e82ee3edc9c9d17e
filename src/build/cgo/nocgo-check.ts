// Asks go which std packages the program links, per GOOS of the CGO_ENABLED=0 targets, for the
// notices nocgo-notices.ts has about them.
import { buildEnv } from '../plan/build-environment';
import { noCgoNotices } from './nocgo-notices';
import { runQuiet } from '../../process/run';
import { targetId, type BuildTarget } from '../plan/targets';

async function noCgoTraps(targets: BuildTarget[], workingDirectory: string, packages: string[]): Promise<string[]> {
  const byGoos = new Map<string, BuildTarget[]>();
  for (const target of targets) byGoos.set(target.goos, [...(byGoos.get(target.goos) ?? []), target]);
  const notices: string[] = [];
  for (const [goos, group] of byGoos) {
    const env = buildEnv(group[0]!, '0', {});
    const listing = await runQuiet('go', ['list', '-deps', '-f', '{{if .Standard}}{{.ImportPath}}{{end}}', ...packages], {
      cwd: workingDirectory,
      env,
    });
    if (listing.code !== 0) continue;
    const linked = new Set(listing.stdout.split('\n').filter(Boolean));
    for (const change of noCgoNotices(goos, linked)) {
      notices.push(`CGO_ENABLED=0 (${group.map(targetId).join(', ')}): ${change}. Build with cgo: 1 if that matters.`);
    }
  }
  return notices;
}

/** The notices for `targets` (the CGO_ENABLED=0 ones); a `go list` that cannot start only costs the notices. */
export function noCgoNoticesFor(targets: BuildTarget[], workingDirectory: string, packages: string[]): Promise<string[]> {
  return targets.length > 0 ? noCgoTraps(targets, workingDirectory, packages).catch(() => []) : Promise.resolve([]);
}
