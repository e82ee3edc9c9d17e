// Locates GOPATH, GOCACHE and GOMODCACHE for this job from the environment, the go env file and
// the `gocache` / `gomodcache` inputs, without running go.
import { readFileSync } from 'node:fs';
import { goEnvFilePath, parseGoEnvFile, resolveGoPaths, type GoPaths, type GoPlatform } from './paths';

function currentPlatform(): GoPlatform {
  return process.platform === 'win32' || process.platform === 'darwin' ? process.platform : 'linux';
}

function readEnvFile(path: string | undefined): Record<string, string> {
  if (!path) return {};
  try {
    return parseGoEnvFile(readFileSync(path, 'utf8'));
  } catch {
    return {};
  }
}

/** `overrides`: the gocache / gomodcache inputs, already absolute. */
export function locateGoPaths(overrides: { gocache?: string; gomodcache?: string } = {}): GoPaths {
  const platform = currentPlatform();
  const env = process.env;
  return resolveGoPaths({
    platform,
    env,
    envFile: readEnvFile(goEnvFilePath({ platform, env })),
    overrides: { gocache: overrides.gocache, gomodcache: overrides.gomodcache },
  });
}
