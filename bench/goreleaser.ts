// goreleaser, the baseline of the cross-build benches: one pinned version, installed once per
// machine through the Go module proxy, and the way its config names a target.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const GORELEASER_VERSION = 'v2.15.1';

export function goreleaserBinary(): string {
  const home = join(tmpdir(), `sgg-goreleaser-${GORELEASER_VERSION}`);
  const binary = join(home, 'bin', 'goreleaser');
  if (!existsSync(binary)) {
    console.log(`installing goreleaser ${GORELEASER_VERSION} through the Go module proxy into ${home} (once)`);
    execFileSync('go', ['install', `github.com/goreleaser/goreleaser/v2@${GORELEASER_VERSION}`], {
      env: { ...process.env, GOBIN: join(home, 'bin') },
      stdio: 'inherit',
    });
  }
  return binary;
}

/** `linux/arm/v7` as goreleaser's `targets` lists it: `linux_arm_7`. */
export function goreleaserTarget(target: string): string {
  const [goos, goarch, variant] = target.split('/');
  return `${goos}_${goarch}${variant ? `_${variant.replace(/^v/, '')}` : ''}`;
}
