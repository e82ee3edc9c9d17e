// Locates GOPATH, GOCACHE and GOMODCACHE for this job from the environment, the go env file and
// the `gocache` / `gomodcache` inputs, without running go.
import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
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

function pathInput(name: string): string | undefined {
  const value = core.getInput(name);
  if (!value) return undefined;
  // Go insists on absolute cache paths; a relative input means "relative to the checkout".
  return resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), value);
}

export function locateGoPaths(): GoPaths {
  const platform = currentPlatform();
  const env = process.env;
  return resolveGoPaths({
    platform,
    env,
    envFile: readEnvFile(goEnvFilePath({ platform, env })),
    overrides: { gocache: pathInput('gocache'), gomodcache: pathInput('gomodcache') },
  });
}
