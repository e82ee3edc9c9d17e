// Asks go which std packages the program links, per GOOS of the CGO_ENABLED=0 targets, for the
// notices nocgo-notices.ts has about them.
import { buildEnv } from '../plan/build-environment';
import { noCgoNotices } from './nocgo-notices';
import { runGo, verifiedGoRoot } from '../../process/go-binary';
import { targetId, type BuildTarget } from '../plan/targets';

/** go list loads (and may download) every dependency. */
const LIST_TIMEOUT_MS = 10 * 60_000;

async function noCgoTraps(targets: BuildTarget[], workingDirectory: string, packages: string[]): Promise<string[]> {
  const byGoos = new Map<string, BuildTarget[]>();
  for (const target of targets) byGoos.set(target.goos, [...(byGoos.get(target.goos) ?? []), target]);
  const notices: string[] = [];
  for (const [goos, group] of byGoos) {
    const env = buildEnv(group[0]!, '0', {});
    const listing = await runGo(verifiedGoRoot(), ['list', '-deps', '-f', '{{if .Standard}}{{.ImportPath}}{{end}}', ...packages], {
      mode: 'build',
      cwd: workingDirectory,
      env,
      timeoutMs: LIST_TIMEOUT_MS,
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
