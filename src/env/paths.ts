// Where Go keeps its module and build caches, computed with Go's own rules and without running
// `go` (the caches are restored while Go is still downloading). Pure: the caller passes the
// environment, the platform and the contents of the go env file.
import { posix, win32 } from 'node:path';

export type GoPlatform = 'linux' | 'darwin' | 'win32';

export interface GoPathsContext {
  platform: GoPlatform;
  /** The job environment (process.env). */
  env: Readonly<Record<string, string | undefined>>;
  /** Settings from the go env file (`go env -w`), which rank below the process environment. */
  envFile?: Readonly<Record<string, string>>;
  /** Overrides from the action's `gocache` / `gomodcache` inputs, already absolute. */
  overrides?: { gocache?: string; gomodcache?: string };
}

export interface GoPaths {
  gopath: string;
  /** `off` disables Go's build cache; the build cache is then neither restored nor saved. */
  gocache: string;
  gomodcache: string;
}

function pathApi(platform: GoPlatform) {
  return platform === 'win32' ? win32 : posix;
}

function homeDir(context: Pick<GoPathsContext, 'platform' | 'env'>): string {
  const home = context.platform === 'win32' ? context.env.USERPROFILE : context.env.HOME;
  if (!home) throw new Error(`cannot locate the home directory: ${context.platform === 'win32' ? 'USERPROFILE' : 'HOME'} is not set`);
  return home;
}

/** os.UserCacheDir() of Go. */
export function userCacheDir(context: Pick<GoPathsContext, 'platform' | 'env'>): string {
  const { platform, env } = context;
  if (platform === 'win32') {
    if (!env.LocalAppData && !env.LOCALAPPDATA) throw new Error('%LocalAppData% is not set');
    return (env.LocalAppData ?? env.LOCALAPPDATA)!;
  }
  if (platform === 'darwin') return posix.join(homeDir(context), 'Library', 'Caches');
  return env.XDG_CACHE_HOME && posix.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : posix.join(homeDir(context), '.cache');
}

/** os.UserConfigDir() of Go. */
export function userConfigDir(context: Pick<GoPathsContext, 'platform' | 'env'>): string {
  const { platform, env } = context;
  if (platform === 'win32') {
    if (!env.AppData && !env.APPDATA) throw new Error('%AppData% is not set');
    return (env.AppData ?? env.APPDATA)!;
  }
  if (platform === 'darwin') return posix.join(homeDir(context), 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME && posix.isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : posix.join(homeDir(context), '.config');
}

/** The go env file that `go env -w` writes: $GOENV, else <UserConfigDir>/go/env. Undefined when GOENV=off. */
export function goEnvFilePath(context: Pick<GoPathsContext, 'platform' | 'env'>): string | undefined {
  const configured = context.env.GOENV;
  if (configured === 'off') return undefined;
  if (configured) return configured;
  return pathApi(context.platform).join(userConfigDir(context), 'go', 'env');
}

/** Parses the go env file: `NAME=value` lines; blank lines and anything else are ignored, as Go does. */
export function parseGoEnvFile(text: string): Record<string, string> {
  const settings: Record<string, string> = {};
  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(/\r$/, '');
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    const name = line.slice(0, eq).trim();
    if (!/^[A-Z0-9_]+$/.test(name)) continue;
    settings[name] = line.slice(eq + 1);
  }
  return settings;
}

function lookup(context: GoPathsContext, name: string): string | undefined {
  const value = context.env[name] ?? context.envFile?.[name];
  return value === undefined || value === '' ? undefined : value;
}

export function resolveGoPaths(context: GoPathsContext): GoPaths {
  const path = pathApi(context.platform);
  const listSeparator = context.platform === 'win32' ? ';' : ':';
  const gopath = lookup(context, 'GOPATH') ?? path.join(homeDir(context), 'go');
  const firstGopath = gopath.split(listSeparator).find((entry) => entry !== '') ?? gopath;
  return {
    gopath,
    gocache: context.overrides?.gocache ?? lookup(context, 'GOCACHE') ?? path.join(userCacheDir(context), 'go-build'),
    gomodcache: context.overrides?.gomodcache ?? lookup(context, 'GOMODCACHE') ?? path.join(firstGopath, 'pkg', 'mod'),
  };
}
