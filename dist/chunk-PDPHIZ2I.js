import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);

// src/env/locate.ts
import { readFileSync } from "node:fs";

// src/env/paths.ts
import { posix, win32 } from "node:path";
function pathApi(platform) {
  return platform === "win32" ? win32 : posix;
}
function homeDir(context) {
  const home = context.platform === "win32" ? context.env.USERPROFILE : context.env.HOME;
  if (!home) throw new Error(`cannot locate the home directory: ${context.platform === "win32" ? "USERPROFILE" : "HOME"} is not set`);
  return home;
}
function userCacheDir(context) {
  const { platform, env } = context;
  if (platform === "win32") {
    if (!env.LocalAppData && !env.LOCALAPPDATA) throw new Error("%LocalAppData% is not set");
    return env.LocalAppData ?? env.LOCALAPPDATA;
  }
  if (platform === "darwin") return posix.join(homeDir(context), "Library", "Caches");
  return env.XDG_CACHE_HOME && posix.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : posix.join(homeDir(context), ".cache");
}
function userConfigDir(context) {
  const { platform, env } = context;
  if (platform === "win32") {
    if (!env.AppData && !env.APPDATA) throw new Error("%AppData% is not set");
    return env.AppData ?? env.APPDATA;
  }
  if (platform === "darwin") return posix.join(homeDir(context), "Library", "Application Support");
  return env.XDG_CONFIG_HOME && posix.isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : posix.join(homeDir(context), ".config");
}
function goEnvFilePath(context) {
  const configured = context.env.GOENV;
  if (configured === "off") return void 0;
  if (configured) return configured;
  return pathApi(context.platform).join(userConfigDir(context), "go", "env");
}
function parseGoEnvFile(text) {
  const settings = {};
  for (const rawLine of text.split("\n")) {
    const line = rawLine.replace(/\r$/, "");
    const eq = line.indexOf("=");
    if (eq <= 0) continue;
    const name = line.slice(0, eq).trim();
    if (!/^[A-Z0-9_]+$/.test(name)) continue;
    settings[name] = line.slice(eq + 1);
  }
  return settings;
}
function lookup(context, name) {
  const value = context.env[name] ?? context.envFile?.[name];
  return value === void 0 || value === "" ? void 0 : value;
}
function resolveGoPaths(context) {
  const path = pathApi(context.platform);
  const listSeparator = context.platform === "win32" ? ";" : ":";
  const gopath = lookup(context, "GOPATH") ?? path.join(homeDir(context), "go");
  const firstGopath = gopath.split(listSeparator).find((entry) => entry !== "") ?? gopath;
  return {
    gopath,
    gocache: context.overrides?.gocache ?? lookup(context, "GOCACHE") ?? path.join(userCacheDir(context), "go-build"),
    gomodcache: context.overrides?.gomodcache ?? lookup(context, "GOMODCACHE") ?? path.join(firstGopath, "pkg", "mod")
  };
}

// src/env/locate.ts
function currentGoPlatform() {
  return process.platform === "win32" || process.platform === "darwin" ? process.platform : "linux";
}
function readOptionalFile(path) {
  if (!path) return "";
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}
function readGoEnvFile(path) {
  return parseGoEnvFile(readOptionalFile(path));
}
function locateGoPaths(overrides = {}) {
  const platform = currentGoPlatform();
  const env = process.env;
  return resolveGoPaths({
    platform,
    env,
    envFile: readGoEnvFile(goEnvFilePath({ platform, env })),
    overrides: { gocache: overrides.gocache, gomodcache: overrides.gomodcache }
  });
}

export {
  goEnvFilePath,
  currentGoPlatform,
  readOptionalFile,
  readGoEnvFile,
  locateGoPaths
};
//# sourceMappingURL=chunk-PDPHIZ2I.js.map
