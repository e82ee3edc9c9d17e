// Locates GOPATH, GOCACHE and GOMODCACHE for this job from the environment, the go env file and
// the `gocache` / `gomodcache` inputs, without running go.
import { readFileSync } from 'node:fs';
import { goEnvFilePath, parseGoEnvFile, resolveGoPaths, type GoPaths, type GoPlatform } from './paths';

/** This machine's platform in the terms of Go's path rules (other Unixes follow Linux's). */
export function currentGoPlatform(): GoPlatform {
  return process.platform === 'win32' || process.platform === 'darwin' ? process.platform : 'linux';
}

/** The text of a file that may be absent or unreadable: empty then. */
export function readOptionalFile(path: string | undefined): string {
  if (!path) return '';
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** The settings of a go env file (the user's or GOROOT/go.env); none when there is no such file. */
export function readGoEnvFile(path: string | undefined): Record<string, string> {
  return parseGoEnvFile(readOptionalFile(path));
}

/** `overrides`: the gocache / gomodcache inputs, already absolute. */
export function locateGoPaths(overrides: { gocache?: string; gomodcache?: string } = {}): GoPaths {
  const platform = currentGoPlatform();
  const env = process.env;
  return resolveGoPaths({
    platform,
    env,
    envFile: readGoEnvFile(goEnvFilePath({ platform, env })),
    overrides: { gocache: overrides.gocache, gomodcache: overrides.gomodcache },
  });
}
