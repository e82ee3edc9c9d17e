import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  createStagingDir,
  formatTrustAnchors,
  listCachedGo,
  newReceipt,
  newestCachedSatisfying,
  originUnproven,
  promoteToToolCache,
  removeStagingDir,
  replaceInToolCache,
  writeReceipt
} from "./chunk-Q3BZNT4U.js";
import {
  parseGoproxy,
  parseGosumdb,
  proxyCredentials,
  redactUrl,
  startGoRootHash
} from "./chunk-IRLND6U7.js";
import "./chunk-VNSKBGDO.js";
import {
  goReleaseName
} from "./chunk-JTIA7XNC.js";
import "./chunk-UKWSVPRX.js";
import {
  goPlatform
} from "./chunk-EWVWKPKR.js";
import "./chunk-2GH5U5D6.js";
import "./chunk-7W52A5S7.js";
import "./chunk-IS4RGL6S.js";
import {
  parseCacheInputs
} from "./chunk-22CE46KZ.js";
import {
  exitIfWorkAbandoned
} from "./chunk-7VLQPEDF.js";
import {
  outsideWorkspaceMarkdown,
  parseBuildOptions,
  placeBuildOptions
} from "./chunk-BJFLXDIA.js";
import {
  cCompilerIdentity
} from "./chunk-JUSVIITF.js";
import "./chunk-NJ7FCBSR.js";
import {
  existingDirectory,
  isInside,
  writableDirectory
} from "./chunk-LYFLX2H3.js";
import {
  InputError,
  actionInputs,
  shown,
  workspaceDirectory
} from "./chunk-YX5WH3W7.js";
import {
  addMatcher,
  error,
  failWith,
  info,
  notice,
  warning
} from "./chunk-GTGMILQT.js";
import {
  addPath,
  exportVariable,
  setOutput,
  setSecret,
  summary
} from "./chunk-YQMGHQ5S.js";
import {
  parseVersionFile
} from "./chunk-5MMKQCNC.js";
import {
  describeVersionSpec,
  parseVersionSpec,
  resolveVersionSpec
} from "./chunk-UZWOPRO6.js";
import {
  compareGoVersions,
  releaseVersion
} from "./chunk-NBMMN6Z4.js";
import "./chunk-MYHJHFEH.js";
import "./chunk-J27SYFL5.js";

// src/inputs/setup.ts
import { availableParallelism } from "node:os";

// src/env/settings.ts
var ENVIRONMENT_INPUTS = {
  goproxy: "GOPROXY",
  gosumdb: "GOSUMDB",
  goprivate: "GOPRIVATE",
  gonoproxy: "GONOPROXY",
  gonosumdb: "GONOSUMDB",
  goinsecure: "GOINSECURE",
  goflags: "GOFLAGS"
};
function environmentExports(inputs, paths) {
  const exports = {};
  for (const [input, variable] of Object.entries(ENVIRONMENT_INPUTS)) {
    const value2 = inputs[input]?.trim();
    if (value2) exports[variable] = value2;
  }
  exports.GOCACHE = paths.gocache;
  exports.GOMODCACHE = paths.gomodcache;
  return exports;
}
function effectiveToolchain(sources) {
  return sources.env || sources.userEnvFile || sources.goRootEnvFile || "auto";
}

// src/inputs/environment.ts
function checked(input, value2, check) {
  try {
    check(value2);
  } catch (error2) {
    throw new InputError(input, error2.message);
  }
  return value2;
}
function parseEnvironmentInputs(read, placement) {
  const values = Object.fromEntries(Object.keys(ENVIRONMENT_INPUTS).map((name) => [name, read.text(name)]));
  if (values.gosumdb && values.gosumdb !== "off") checked("gosumdb", values.gosumdb, parseGosumdb);
  if (values.goproxy) checked("goproxy", values.goproxy, parseGoproxy);
  const directory = (name) => {
    const value2 = read.path(name);
    return value2 ? writableDirectory(name, value2, { base: placement.workspace, ...placement }) : void 0;
  };
  return {
    policy: read.choice("env-policy", ["warn", "error"], "warn"),
    values,
    gocache: directory("gocache"),
    gomodcache: directory("gomodcache"),
    workspace: placement.workspace
  };
}

// src/inputs/install.ts
import { readFileSync } from "node:fs";
import { basename, isAbsolute, resolve } from "node:path";
function asInputError(input, parse) {
  try {
    return parse();
  } catch (error2) {
    const message = error2.message;
    const prefix = `input ${input}: `;
    throw new InputError(input, message.startsWith(prefix) ? message.slice(prefix.length) : message);
  }
}
function readSpec(read, workspace, warnings) {
  const versionText = read.text("go-version");
  const versionFile = read.path("go-version-file");
  if (versionText && versionFile) {
    warnings.push("both go-version and go-version-file are set: go-version wins, as in actions/setup-go");
  }
  if (versionText) {
    const { spec, warnings: specWarnings } = asInputError("go-version", () => parseVersionSpec(versionText, "input go-version"));
    warnings.push(...specWarnings);
    return { spec, specSource: "input go-version", specText: versionText };
  }
  if (versionFile) {
    const path = isAbsolute(versionFile) ? versionFile : resolve(workspace, versionFile);
    let contents;
    try {
      contents = readFileSync(path, "utf8");
    } catch (error2) {
      throw new InputError(
        "go-version-file",
        `cannot read ${versionFile}: ${error2.code ?? error2.message}`
      );
    }
    const result = asInputError("go-version-file", () => parseVersionFile(basename(path), contents));
    warnings.push(...result.warnings);
    return { spec: result.spec, specSource: `${versionFile}:${result.line}`, specText: result.text };
  }
  return { spec: void 0, specSource: "", specText: "" };
}
function parseInstallInputs(read, workspace, env, runner) {
  const warnings = [];
  const architecture = read.text("architecture") || runner.arch;
  const downloadBaseUrl = read.text("go-download-base-url") || env.GO_DOWNLOAD_BASE_URL?.trim() || void 0;
  if (downloadBaseUrl) {
    let url;
    try {
      url = new URL(downloadBaseUrl);
    } catch {
      throw new InputError("go-download-base-url", `not a URL: '${downloadBaseUrl}'`);
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") {
      throw new InputError("go-download-base-url", `expected an http(s) URL, got '${downloadBaseUrl}'`);
    }
  }
  const sha256Text = read.text("go-sha256");
  const pinnedSha256 = sha256Text.toLowerCase() || void 0;
  if (pinnedSha256 && !/^[0-9a-f]{64}$/.test(pinnedSha256)) {
    throw new InputError("go-sha256", `expected 64 hexadecimal characters, got ${shown(sha256Text)}`);
  }
  const signingKey = read.text("go-signing-key", { multiline: true, max: 65536 }) || void 0;
  if (signingKey && !signingKey.includes("-----BEGIN PGP PUBLIC KEY BLOCK-----")) {
    throw new InputError("go-signing-key", "expected an armored OpenPGP public key (-----BEGIN PGP PUBLIC KEY BLOCK-----)");
  }
  const gotoolchain = read.text("gotoolchain") || void 0;
  if (gotoolchain && !/^(local|auto|path|go\d+(\.\d+){1,2}((rc|beta)\d+)?(\+(auto|path))?|local\+(auto|path))$/.test(gotoolchain)) {
    throw new InputError("gotoolchain", `expected local, auto, path, goX.Y.Z, goX.Y.Z+auto or goX.Y.Z+path, got '${gotoolchain}'`);
  }
  let platform;
  try {
    platform = goPlatform(runner.platform, architecture);
  } catch (error2) {
    const message = error2.message;
    if (message.startsWith("unknown architecture")) throw new InputError("architecture", message);
    throw error2;
  }
  return {
    ...readSpec(read, workspace, warnings),
    checkLatest: read.boolean("check-latest", false),
    platform,
    downloadBaseUrl,
    signingKey,
    verifySignature: read.choice("verify-signature", ["auto", "required", "off"], "auto"),
    pinnedSha256,
    gotoolchain,
    downloadSource: read.choice("go-download-source", ["go.dev", "proxy", "auto"], "go.dev"),
    goproxy: read.text("goproxy") || env.GOPROXY?.trim() || void 0,
    gosumdb: read.text("gosumdb") || env.GOSUMDB?.trim() || void 0,
    verifyCached: read.boolean("verify-cached", true),
    sumdbCrossCheck: read.boolean("sumdb-cross-check", false),
    token: read.text("token") || void 0,
    warnings
  };
}

// src/inputs/setup.ts
function parseSetupInputs(read, workspace) {
  const outside = [];
  const placement = { workspace, outside };
  const workingDirectory = existingDirectory("working-directory", read.path("working-directory", "."), workspace);
  const install = parseInstallInputs(read, workspace, process.env, { platform: process.platform, arch: process.arch });
  const environment = parseEnvironmentInputs(read, placement);
  const cache = parseCacheInputs(read);
  const parsedBuild = parseBuildOptions(read, availableParallelism());
  const build = parsedBuild.targets.length > 0 ? placeBuildOptions(parsedBuild, placement) : void 0;
  const drift = {
    workspace,
    workingDirectory,
    mode: read.choice("drift-check", ["off", "warn", "error"], "warn"),
    ignore: []
  };
  return { install, environment, cache, build, drift, workspace, workingDirectory, outside };
}

// src/setup.ts
import { setImmediate as nextTurn } from "node:timers/promises";

// src/env/index.ts
import { delimiter, isAbsolute as isAbsolute2, join } from "node:path";

// src/env/locate.ts
import { readFileSync as readFileSync2 } from "node:fs";

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
  const value2 = context.env[name] ?? context.envFile?.[name];
  return value2 === void 0 || value2 === "" ? void 0 : value2;
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
    return readFileSync2(path, "utf8");
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

// src/env/mounts.ts
function parseMounts(text) {
  return text.split("\n").map((line) => line.split(" ")).filter((fields) => fields.length >= 3).map(([, point, type]) => ({
    point: point.replace(/\\([0-7]{3})/g, (_, octal) => String.fromCharCode(parseInt(octal, 8))),
    type
  }));
}
function fileSystemOf(path, mounts) {
  let best;
  for (const mount of mounts) {
    const inside = mount.point === "/" || path === mount.point || path.startsWith(`${mount.point}/`);
    if (inside && (!best || mount.point.length >= best.point.length)) best = mount;
  }
  return best?.type;
}

// src/env/report.ts
var REPORTED_SETTINGS = [
  "GOVERSION",
  "GOROOT",
  "GOPATH",
  "GOMODCACHE",
  "GOCACHE",
  "GOPROXY",
  "GOSUMDB",
  "GOPRIVATE",
  "GONOPROXY",
  "GONOSUMDB",
  "GOINSECURE",
  "GOFLAGS",
  "GO111MODULE",
  "GOTOOLCHAIN",
  "GOENV",
  "GOOS",
  "GOARCH",
  "CGO_ENABLED"
];
function cell(text) {
  return text.replace(/\|/g, "\\|").replace(/`/g, "'").replace(/\n/g, " ");
}
function displayValue(name, value2) {
  if (value2 === void 0 || value2 === "") return "";
  return name === "GOPROXY" ? proxyCredentials(value2).redacted : value2;
}
function renderEnvironmentReport(report) {
  const lines = ["## Go environment", "", "| setting | value | |", "| --- | --- | --- |"];
  for (const name of REPORTED_SETTINGS) {
    const value2 = displayValue(name, report.env[name]);
    const levels = report.risks.filter((risk) => risk.setting === name).map((risk) => risk.level);
    const flag = levels.includes("risk") ? "\u26A0\uFE0F risky" : levels.includes("advice") ? "\u2139\uFE0F note" : "";
    const exported = report.exported.includes(name) ? " (exported)" : "";
    lines.push(`| ${name} | ${value2 ? `\`${cell(value2)}\`` : "_unset_"}${exported} | ${flag} |`);
  }
  lines.push("");
  const risks = report.risks.filter((risk) => risk.level === "risk");
  const advice = report.risks.filter((risk) => risk.level === "advice");
  if (risks.length === 0) lines.push("No risky Go settings found.");
  else {
    lines.push(
      `**${risks.length} risky setting(s)** (env-policy: ${report.policy}${report.policy === "error" ? ", the step fails" : ""}):`,
      ""
    );
    for (const risk of risks) lines.push(`- **${risk.setting}**: ${cell(risk.message)}`);
  }
  if (advice.length > 0) {
    lines.push("", "Notes:", "");
    for (const note of advice) lines.push(`- **${note.setting}**: ${cell(note.message)}`);
  }
  lines.push("");
  return lines.join("\n");
}

// src/env/patterns.ts
function splitPatterns(list) {
  return list.split(",").map((pattern) => pattern.trim()).filter(Boolean);
}
function globToRegExp(glob) {
  let source = "";
  for (let index = 0; index < glob.length; index++) {
    const char = glob[index];
    if (char === "*") source += "[^/]*";
    else if (char === "?") source += "[^/]";
    else if (char === "[") {
      const end = glob.indexOf("]", index + 1);
      if (end === -1) return /(?!)/;
      const body = glob.slice(index + 1, end);
      source += `[${body.startsWith("^") ? `^${escapeClass(body.slice(1))}` : escapeClass(body)}]`;
      index = end;
    } else if (char === "\\" && index + 1 < glob.length) {
      source += escapeRegExp(glob[++index]);
    } else source += escapeRegExp(char);
  }
  return new RegExp(`^${source}$`);
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
function escapeClass(text) {
  return text.replace(/[\]\\^]/g, "\\$&");
}
function matchesPrefixPattern(pattern, modulePath) {
  const elements = pattern.replace(/\/+$/, "").split("/").length;
  const prefix = modulePath.split("/").slice(0, elements).join("/");
  return modulePath.split("/").length >= elements && globToRegExp(pattern.replace(/\/+$/, "")).test(prefix);
}
function matchesAnyPattern(patterns, modulePath) {
  return patterns.some((pattern) => matchesPrefixPattern(pattern, modulePath));
}
function uncoveredPatterns(list, cover) {
  const covering = splitPatterns(cover);
  return splitPatterns(list).filter((pattern) => !matchesAnyPattern(covering, pattern));
}

// src/env/risks.ts
var PUBLIC_HOSTS = /* @__PURE__ */ new Set([
  "github.com",
  "gitlab.com",
  "bitbucket.org",
  "golang.org",
  "google.golang.org",
  "gopkg.in",
  "go.googlesource.com",
  "gitee.com"
]);
var SLOW_FILE_SYSTEMS = /^(nfs4?|cifs|smb3?|fuse\.sshfs|sshfs|9p|davfs|fuse\.s3fs|fuse\.gcsfuse|fuse\.rclone|afs|glusterfs|ceph)$/;
function value(context, name) {
  return context.env[name]?.trim() ?? "";
}
function sumdbRisks(context) {
  const gosumdb = value(context, "GOSUMDB");
  if (gosumdb === "off") {
    return [
      {
        setting: "GOSUMDB",
        level: "risk",
        message: "GOSUMDB=off: downloaded modules are not checked against the Go checksum database, so a tampered or re-tagged module is accepted the first time it is seen."
      }
    ];
  }
  return [];
}
function insecureRisks(context) {
  const goinsecure = value(context, "GOINSECURE");
  if (!goinsecure) return [];
  return [
    {
      setting: "GOINSECURE",
      level: "risk",
      message: `GOINSECURE=${goinsecure}: modules matching it may be fetched over plain HTTP or with unverified TLS certificates, open to tampering in transit.`
    }
  ];
}
function privatePatternRisks(context) {
  const risks = [];
  const goprivate = value(context, "GOPRIVATE");
  for (const pattern of splitPatterns(goprivate)) {
    const [first = "", second] = pattern.split("/");
    const wildHost = first.split(".").filter((label) => !/[*?[]/.test(label)).length < 2;
    const wholePublicHost = PUBLIC_HOSTS.has(first) && (second === void 0 || /^[*?]+$/.test(second));
    if (wildHost || wholePublicHost) {
      risks.push({
        setting: "GOPRIVATE",
        level: "risk",
        message: `GOPRIVATE pattern ${pattern} covers public modules too: all of them skip the proxy and the checksum database. Name your own hosts or organisations instead.`
      });
    }
  }
  for (const [setting, effect] of [
    ["GONOSUMDB", "skip the checksum database"],
    ["GONOPROXY", "bypass the module proxy (fetched from their origin)"]
  ]) {
    const extra = uncoveredPatterns(value(context, setting), goprivate);
    if (extra.length > 0) {
      risks.push({
        setting,
        level: "risk",
        message: `${setting} has pattern(s) ${extra.join(", ")} not covered by GOPRIVATE (${goprivate || "unset"}): those modules ${effect} without being declared private. Set GOPRIVATE and leave ${setting} to default to it.`
      });
    }
  }
  return risks;
}
function proxyRisks(context) {
  const goproxy = value(context, "GOPROXY");
  if (!goproxy) return [];
  const entries = goproxy.split(/[,|]/).map((entry) => entry.trim()).filter(Boolean);
  const risks = [];
  if (entries.length === 1 && entries[0] === "direct") {
    risks.push({
      setting: "GOPROXY",
      level: "risk",
      message: "GOPROXY=direct: every module comes straight from its version control origin, so a deleted or force-pushed tag breaks or changes the build, and each job pays for full VCS fetches."
    });
  } else if (entries.length === 1 && entries[0] === "off") {
    risks.push({
      setting: "GOPROXY",
      level: "advice",
      message: "GOPROXY=off: no module can be downloaded; builds work only from the module cache or vendor/."
    });
  } else if (entries.length === 1) {
    risks.push({
      setting: "GOPROXY",
      level: "advice",
      message: `GOPROXY has a single proxy and no fallback: when it is down, every job that needs a module fails. Add ",direct" or a second proxy if that is not intended.`
    });
  }
  for (const entry of entries) {
    if (plainHttpToAnotherHost(entry)) {
      risks.push({
        setting: "GOPROXY",
        level: "risk",
        message: `GOPROXY entry ${proxyCredentials(entry).redacted} uses plain HTTP: module downloads can be read or altered in transit.`
      });
    }
  }
  if (proxyCredentials(goproxy).secrets.length > 0) {
    risks.push({
      setting: "GOPROXY",
      level: "advice",
      message: "GOPROXY carries credentials in its URL; they are masked in logs, but a .netrc file (or GOAUTH) keeps them out of the environment of every later step."
    });
  }
  return risks;
}
function flagRisks(context) {
  const flags = value(context, "GOFLAGS").split(/\s+/).filter(Boolean);
  const risks = [];
  if (flags.some((flag) => /^--?mod=mod$/.test(flag))) {
    risks.push({
      setting: "GOFLAGS",
      level: "risk",
      message: "GOFLAGS=-mod=mod lets go commands rewrite go.mod and go.sum during the build, so CI can pass with requirements that were never committed. Use the default (-mod=readonly) in CI."
    });
  }
  if (flags.some((flag) => /^--?insecure(=true)?$/.test(flag))) {
    risks.push({ setting: "GOFLAGS", level: "risk", message: "GOFLAGS contains -insecure: module fetches may skip TLS verification." });
  }
  return risks;
}
function moduleModeRisks(context) {
  if (value(context, "GO111MODULE") !== "off") return [];
  return [
    {
      setting: "GO111MODULE",
      level: "risk",
      message: "GO111MODULE=off builds in GOPATH mode: go.mod and go.sum are ignored, so dependency versions and their checksums are not enforced."
    }
  ];
}
function toolchainRisks(context) {
  const gotoolchain = value(context, "GOTOOLCHAIN");
  if (gotoolchain === "auto" || gotoolchain.endsWith("+auto")) {
    return [
      {
        setting: "GOTOOLCHAIN",
        level: "risk",
        message: `GOTOOLCHAIN=${gotoolchain}: go switches to whatever toolchain a go.mod or go.work asks for, so the build may not run on the Go this action installed and verified.`
      }
    ];
  }
  if (/^go[0-9]/.test(gotoolchain)) {
    return [
      {
        setting: "GOTOOLCHAIN",
        level: "risk",
        message: `GOTOOLCHAIN=${gotoolchain}: go downloads and runs ${gotoolchain.split("+")[0]} instead of the Go this action installed and verified. Install that version with go-version instead.`
      }
    ];
  }
  return [];
}
function pathRisks(context) {
  const risks = [];
  if (value(context, "GOCACHE") === "off") {
    risks.push({ setting: "GOCACHE", level: "advice", message: "GOCACHE=off disables the build cache: every build and test starts cold." });
  }
  for (const setting of ["GOPATH", "GOCACHE", "GOMODCACHE"]) {
    const raw = value(context, setting);
    if (!raw || raw === "off") continue;
    const paths = setting === "GOPATH" ? raw.split(/[:;]/).filter((path) => path && context.isAbsolute(path)) : [raw];
    if (setting !== "GOPATH" && !context.isAbsolute(raw)) {
      risks.push({ setting, level: "risk", message: `${setting}=${raw} is not an absolute path; go refuses it.` });
      continue;
    }
    for (const path of paths) {
      if (context.isInside(path, context.goRoot)) {
        risks.push({
          setting,
          level: "advice",
          message: `${setting} ${path} is inside GOROOT ${context.goRoot}: the toolchain directory is shared and may be replaced by a later setup.`
        });
      } else if (context.isInside(path, context.workspace)) {
        risks.push({
          setting,
          level: "advice",
          message: `${setting} ${path} is inside the checkout ${context.workspace}: it shows up as untracked files, and ./... patterns or linters may walk it.`
        });
      }
      const fileSystem = context.fileSystems?.[path];
      if (fileSystem && SLOW_FILE_SYSTEMS.test(fileSystem)) {
        risks.push({
          setting,
          level: "advice",
          message: `${setting} ${path} is on a ${fileSystem} network file system: cache reads and writes will be slow, and file locking may be unreliable.`
        });
      }
    }
  }
  return risks;
}
function findRisks(context) {
  return [
    ...sumdbRisks(context),
    ...insecureRisks(context),
    ...privatePatternRisks(context),
    ...proxyRisks(context),
    ...flagRisks(context),
    ...moduleModeRisks(context),
    ...toolchainRisks(context),
    ...pathRisks(context)
  ];
}
function plainHttpToAnotherHost(entry) {
  if (!/^http:\/\//i.test(entry)) return false;
  let host;
  try {
    host = new URL(entry).hostname;
  } catch {
    return true;
  }
  return !/^(localhost|127\.[0-9.]+|\[::1\])$/i.test(host);
}

// src/env/index.ts
function plannedExports(options, paths) {
  return environmentExports(options.values, paths);
}
function fileSystemsOf(paths) {
  if (process.platform !== "linux") return {};
  const mounts = parseMounts(readOptionalFile("/proc/mounts"));
  return Object.fromEntries(paths.map((path) => [path, fileSystemOf(path, mounts)]));
}
function annotate(risk, failing) {
  const properties = { title: `Go environment: ${risk.setting}` };
  if (risk.level === "advice") notice(risk.message, properties);
  else if (failing) error(risk.message, properties);
  else warning(risk.message, properties);
}
async function configureGoEnvironment(goRoot, options, exports, goEnv) {
  const policy = options.policy;
  for (const secret of proxyCredentials(exports.GOPROXY ?? process.env.GOPROXY ?? "").secrets) setSecret(secret);
  for (const [name, value2] of Object.entries(exports)) exportVariable(name, value2);
  const env = { ...goEnv };
  const userEnvFile = readGoEnvFile(goEnvFilePath({ platform: currentGoPlatform(), env: process.env }));
  const goRootEnvFile = readGoEnvFile(join(goRoot, "go.env"));
  env.GOTOOLCHAIN = effectiveToolchain({
    env: process.env.GOTOOLCHAIN,
    userEnvFile: userEnvFile.GOTOOLCHAIN,
    goRootEnvFile: goRootEnvFile.GOTOOLCHAIN
  });
  const locations = ["GOPATH", "GOCACHE", "GOMODCACHE"].flatMap((name) => (env[name] ?? "").split(delimiter)).filter(Boolean);
  const risks = findRisks({
    env,
    goRoot,
    workspace: options.workspace,
    fileSystems: fileSystemsOf(locations),
    isAbsolute: isAbsolute2,
    isInside
  });
  const failing = policy === "error" && risks.some((risk) => risk.level === "risk");
  for (const risk of risks) annotate(risk, failing);
  await summary.addRaw(renderEnvironmentReport({ env, risks, exported: Object.keys(exports), policy }), true).write();
  if (failing) {
    const settings = [...new Set(risks.filter((risk) => risk.level === "risk").map((risk) => risk.setting))];
    throw new Error(`env-policy is error and the Go environment has risky settings: ${settings.join(", ")} (see the job summary)`);
  }
}

// src/env/go-env.ts
import { tmpdir } from "node:os";

// src/process/go-binary.ts
import { execFile } from "node:child_process";
import { join as join2 } from "node:path";
function goBinary(goRoot, platform = process.platform) {
  return join2(goRoot, "bin", platform === "win32" ? "go.exe" : "go");
}
var RUN_TIMEOUT_MS = 6e4;
function runGo(goRoot, args, options) {
  const env = { ...options.env, GOTOOLCHAIN: "local" };
  return new Promise((resolve2) => {
    execFile(
      goBinary(goRoot),
      args,
      { env, cwd: options.cwd, timeout: RUN_TIMEOUT_MS, maxBuffer: 1024 * 1024 },
      (error2, stdout, stderr) => {
        const code = error2 ? error2.code ?? (error2.killed ? "killed" : 1) : 0;
        resolve2({ code, stdout: String(stdout), stderr: String(stderr) || (error2?.message ?? "") });
      }
    );
  });
}
function describeGoRunCode(code) {
  if (code === "killed") return `did not finish within ${RUN_TIMEOUT_MS / 1e3} s`;
  return typeof code === "number" ? `exited with code ${code}` : `could not run (${code})`;
}

// src/env/go-env.ts
async function readInstalledGoEnv(goRoot, exports) {
  const go = goBinary(goRoot);
  const { code, stdout, stderr } = await runGo(goRoot, ["env", "-json", ...REPORTED_SETTINGS], {
    env: { ...process.env, ...exports },
    cwd: tmpdir()
  });
  if (code !== 0) throw new Error(`${go} env -json ${describeGoRunCode(code)}: ${stderr.trim()}`);
  try {
    return JSON.parse(stdout);
  } catch {
    throw new Error(`${go} env -json did not print JSON: ${JSON.stringify(stdout.slice(0, 200))}`);
  }
}

// src/install/activate.ts
import { existsSync } from "node:fs";
import { dirname, join as join3 } from "node:path";
import { fileURLToPath } from "node:url";
function matcherPath() {
  return join3(dirname(fileURLToPath(import.meta.url)), "..", "matchers", "go.json");
}
function activateGo(go, gotoolchainInput, goEnv) {
  const goCommand = goBinary(go.goRoot);
  const gotoolchain = gotoolchainInput ? { value: gotoolchainInput, setBy: "input" } : process.env.GOTOOLCHAIN ? { value: process.env.GOTOOLCHAIN, setBy: "workflow" } : { value: "local", setBy: "default" };
  const reported = (goEnv.GOVERSION ?? "").split(" ")[0];
  const gopath = goEnv.GOPATH ?? "";
  const reportedVersion = releaseVersion(reported);
  if (!reportedVersion || compareGoVersions(reportedVersion, go.version) !== 0) {
    throw new Error(
      `${goCommand} reports ${reported}, not go${go.version}: the tool cache entry ${go.goRoot} is not what its folder name says`
    );
  }
  addPath(join3(go.goRoot, "bin"));
  if (gopath) addPath(join3(gopath.split(process.platform === "win32" ? ";" : ":")[0], "bin"));
  if (gotoolchain.setBy !== "workflow") exportVariable("GOTOOLCHAIN", gotoolchain.value);
  else info(`GOTOOLCHAIN=${gotoolchain.value} was set by the workflow; leaving it (set input gotoolchain to override)`);
  const matcher = matcherPath();
  if (existsSync(matcher)) addMatcher(matcher);
  setOutput("go-version", go.version);
  setOutput("go-root", go.goRoot);
  setOutput("verified", go.anchors.length > 0 ? formatTrustAnchors(go.anchors) : "none");
  return { gotoolchain, gopath };
}

// src/install/install-run.ts
var InstallRun = class {
  constructor(options) {
    this.options = options;
  }
  options;
  notes = [];
  timings = {};
  /** Adds the wall time of `work` to the phase's row of the timings table. */
  async timed(phase, work) {
    const start = Date.now();
    try {
      return await work();
    } finally {
      this.timings[phase] = (this.timings[phase] ?? 0) + (Date.now() - start);
    }
  }
};

// src/install/routes/proxy/route.ts
var loadProxyRoute = () => import("./proxy-LS4MCOUU.js");
function proxyOptions(inputs) {
  return { goproxy: inputs.goproxy, gosumdb: inputs.gosumdb, log: (line) => info(line) };
}
async function proxyRoute(inputs) {
  const { goos, goarch } = inputs.platform;
  const options = proxyOptions(inputs);
  const { listProxyReleases, downloadAndVerifyFromProxy } = await loadProxyRoute();
  const releases = await listProxyReleases(goos, goarch, options);
  const label = `GOPROXY ${inputs.goproxy ? redactUrl(inputs.goproxy) : "direct"}`;
  return {
    label,
    releases,
    async stage(version, staging) {
      const staged = await downloadAndVerifyFromProxy({ version, goos, goarch, stagingDir: staging, ...options });
      return {
        stagedGoRoot: staged.stagedGoRoot,
        notes: [],
        receipt: {
          source: label,
          url: `golang.org/toolchain@${staged.details.moduleVersion}`,
          fileName: `${staged.details.moduleVersion}.zip`,
          size: staged.details.zipBytes,
          h1: staged.details.zipHash,
          anchors: staged.anchors
        }
      };
    }
  };
}

// src/install/preinstalled.ts
function trustedFromReceipt(entry, run) {
  const source = entry.receipt.preinstalled ? `tool cache (preinstalled, verified against the checksum database on ${entry.receipt.installedAt.slice(0, 10)})` : `tool cache (installed from ${entry.receipt.source})`;
  return {
    version: entry.version,
    goRoot: entry.goRoot,
    anchors: entry.receipt.anchors,
    origin: "tool-cache",
    source,
    receipt: entry.receipt,
    notes: run.notes,
    timings: run.timings
  };
}
async function verifyPreinstalled(entry, run) {
  const { options } = run;
  const { goos, goarch } = options.platform;
  let verdict;
  let treeError;
  try {
    verdict = await run.timed("verify preinstalled Go", async () => {
      const hashing = startGoRootHash(entry.goRoot, entry.version, goos, goarch);
      hashing.tree.catch((error2) => {
        treeError = error2;
      });
      const { checkTreeAgainstSumdb } = await loadProxyRoute();
      return checkTreeAgainstSumdb(entry.goRoot, entry.version, goos, goarch, proxyOptions(options), hashing);
    });
  } catch (error2) {
    const failed = error2 === treeError ? "its files could not be read" : "the checksum database could not be asked";
    return { kind: "unverifiable", reason: error2.message, failed };
  }
  if (verdict.kind === "mismatch") return verdict;
  const receipt = newReceipt(entry.version, options.platform.toolCacheArch, {
    source: "the tool cache (preinstalled)",
    url: `golang.org/toolchain@${verdict.moduleVersion}`,
    fileName: "",
    h1: verdict.zipHash,
    anchors: verdict.anchors,
    preinstalled: true
  });
  const receiptWritten = writeReceipt(receipt).catch((error2) => {
    info(`could not write the receipt beside ${entry.goRoot} (${error2.message}); the next run checks this Go again`);
  });
  run.notes.push(
    `Go ${entry.version} was preinstalled in the tool cache; its ${verdict.files} files match ${verdict.moduleVersion} ${verdict.zipHash} in the checksum database`
  );
  const go = {
    version: entry.version,
    goRoot: entry.goRoot,
    anchors: verdict.anchors,
    origin: "tool-cache",
    source: "tool cache (preinstalled, verified against the checksum database now)",
    verifiedNow: true,
    receipt,
    receiptWritten,
    notes: run.notes,
    timings: run.timings
  };
  return { kind: "verified", go };
}
async function fromCache(entry, run, installReplacement) {
  const { notes } = run;
  const mirrorOnly = entry.receipt !== void 0 && entry.receipt.anchors.length > 0 && originUnproven(entry.receipt.anchors);
  if (entry.receipt && !mirrorOnly) return trustedFromReceipt({ ...entry, receipt: entry.receipt }, run);
  if (entry.receipt) {
    notes.push(
      `Go ${entry.version} in the tool cache has a receipt that records only a mirror's own SHA-256 (${formatTrustAnchors(entry.receipt.anchors, ", ")}), which proves integrity, not origin; it is checked like a preinstalled Go`
    );
  }
  if (!run.options.verifyCached) {
    warning(
      `verify-cached: false: using Go ${entry.version} from ${entry.goRoot} WITHOUT VERIFICATION. It was put in the tool cache by something else (a runner image, another action) and nobody checked it; remove verify-cached: false to check it against the Go checksum database first`
    );
    notes.push(
      `Go ${entry.version} was found in the tool cache but was not installed by setup-go-golden: NOT VERIFIED (verify-cached: false)`
    );
    return {
      version: entry.version,
      goRoot: entry.goRoot,
      anchors: [],
      origin: "tool-cache",
      source: "tool cache (preinstalled, NOT verified: verify-cached: false)",
      notes,
      timings: run.timings
    };
  }
  const verdict = await verifyPreinstalled(entry, run);
  if (verdict.kind === "verified") return verdict.go;
  if (verdict.kind === "mismatch") {
    warning(
      `The runner's tool cache holds a Go ${entry.version} that does not match the published release, and it will not be used: ${verdict.reason}. Installing a verified copy in its place.`
    );
  } else {
    warning(
      `Cannot verify the preinstalled Go ${entry.version}: ${verdict.failed} (${verdict.reason}); installing a verified copy in its place instead of running it`
    );
  }
  try {
    const go = await installReplacement();
    notes.push(
      `The preinstalled Go ${entry.version} ${verdict.kind === "mismatch" ? "did not match the published release" : "could not be checked"}; it was replaced by this verified copy`
    );
    return go;
  } catch (error2) {
    const cause = error2.message;
    if (verdict.kind === "mismatch") {
      throw new Error(
        `Go ${entry.version} in the tool cache is not the published release (${verdict.reason}), and no verified copy could be installed in its place: ${cause}`
      );
    }
    throw new Error(
      `Go ${entry.version} in the tool cache cannot be verified: ${verdict.failed} (${verdict.reason}), and no verified copy could be downloaded (${cause}). To use the preinstalled Go unverified, set verify-cached: false`
    );
  }
}

// src/install/open-route.ts
async function openRoute(options) {
  if (options.downloadSource === "proxy") return proxyRoute(options);
  const { goDevRequestOptions, goDevRoute } = await import("./route-EMVAOCZZ.js");
  const requestOptions = goDevRequestOptions(options);
  if (options.downloadSource === "go.dev") return goDevRoute(options, requestOptions);
  try {
    return await goDevRoute(options, { ...requestOptions, attempts: 2 });
  } catch (error2) {
    warning(`go-download-source auto: ${error2.message}; falling back to the golang.org/toolchain module through GOPROXY`);
    return proxyRoute(options);
  }
}

// src/install/staged-go-check.ts
import { existsSync as existsSync2 } from "node:fs";
async function checkStagedGoRuns(goRoot, version) {
  const release = goReleaseName(version);
  const binary = goBinary(goRoot);
  const refuse = (why) => {
    throw new Error(`the verified ${release} tree does not run: ${binary} ${why}; it was not installed`);
  };
  if (!existsSync2(binary)) refuse("is missing");
  const env = { ...process.env };
  delete env.GOROOT;
  const { code, stdout, stderr } = await runGo(goRoot, ["version"], { env });
  if (code === "EACCES") refuse("cannot be run (EACCES: not executable)");
  if (code !== 0) refuse(`version ${describeGoRunCode(code)}: ${JSON.stringify(stderr.trim().split("\n")[0] ?? "")}`);
  const line = stdout.trim().split("\n")[0] ?? "";
  const printed = /^go version (\S+) /.exec(line)?.[1];
  const printedVersion = printed === void 0 ? void 0 : releaseVersion(printed);
  if (printedVersion === void 0 || compareGoVersions(printedVersion, version) !== 0) {
    refuse(`version printed ${JSON.stringify(line)}, not ${release}`);
  }
}

// src/install/index.ts
function originRemedies(fileName, options) {
  const remedies = ["pin its SHA-256 with input go-sha256"];
  if (!fileName.endsWith(".zip")) {
    remedies.push(
      options.verifySignature === "off" ? "switch verify-signature back on, with a mirror that serves Google's signatures beside its archives" : `use a mirror that serves Google's signatures beside its archives (${fileName}.asc, checked by verify-signature)`
    );
  }
  remedies.push("make a checksum database reachable (inputs goproxy and gosumdb, or the job's GOPROXY and GOSUMDB)");
  return remedies.join(", or ");
}
async function proveWithChecksumDatabase(staged, version, run) {
  const { options } = run;
  const { anchors, fileName, source } = staged.receipt;
  const unproven = originUnproven(anchors);
  if (anchors.some((anchor) => anchor.kind === "sumdb") || !(unproven || options.sumdbCrossCheck)) return;
  const { goos, goarch } = options.platform;
  const refuse = (why) => new Error(
    unproven ? `${fileName} from ${source} was not installed: only the mirror's own SHA-256 vouches for it, and ${why}. To prove it, ${originRemedies(fileName, options)}` : why
  );
  const { checkTreeAgainstSumdb } = await loadProxyRoute();
  let verdict;
  try {
    verdict = await run.timed(
      "checksum database",
      () => checkTreeAgainstSumdb(staged.stagedGoRoot, version, goos, goarch, proxyOptions(options))
    );
  } catch (error2) {
    if (!unproven) throw error2;
    throw refuse(`the Go checksum database could not prove it: ${error2.message}`);
  }
  if (verdict.kind === "mismatch") throw refuse(verdict.reason);
  anchors.push(...verdict.anchors);
  staged.receipt.h1 = verdict.zipHash;
  if (unproven) {
    const names = verdict.anchors.flatMap((anchor) => anchor.kind === "sumdb" ? [anchor.name] : []);
    run.notes.push(
      `origin proved by the Go checksum database ${names.join(", ")}: the files match golang.org/toolchain@${verdict.moduleVersion} ${verdict.zipHash}`
    );
  }
}
async function installFromRoute(route, version, run, placement = "new") {
  const { platform } = run.options;
  if (!route.releases.some((release) => compareGoVersions(release.version, version) === 0)) {
    throw new Error(`${route.label} does not list Go ${version}`);
  }
  const staging = await createStagingDir();
  try {
    const staged = await run.timed("download+verify", () => route.stage(version, staging, run.timings));
    run.notes.push(...staged.notes);
    await proveWithChecksumDatabase(staged, version, run);
    const receipt = newReceipt(version, platform.toolCacheArch, staged.receipt);
    await run.timed("check it runs", () => checkStagedGoRuns(staged.stagedGoRoot, version));
    const place = placement === "replace" ? replaceInToolCache : promoteToToolCache;
    const goRoot = await run.timed("install", () => place(staged.stagedGoRoot, receipt));
    return {
      version,
      goRoot,
      anchors: receipt.anchors,
      origin: "downloaded",
      source: route.label,
      receipt,
      notes: run.notes,
      timings: run.timings
    };
  } finally {
    await removeStagingDir(staging);
  }
}
async function installGo(options, hooks = {}) {
  const run = new InstallRun(options);
  const { spec, platform } = options;
  let opened;
  const route = () => opened ??= run.timed("release list", () => openRoute(options));
  const fromToolCache = (entry) => fromCache(entry, run, async () => installFromRoute(await route(), entry.version, run, "replace"));
  const cached = await listCachedGo(platform.toolCacheArch);
  const offlineMatch = newestCachedSatisfying(cached, spec);
  if (offlineMatch && !options.checkLatest) {
    info(`Go ${offlineMatch.version} from the tool cache satisfies ${describeVersionSpec(spec)}; not contacting the release index`);
    hooks.onResolved?.(offlineMatch.version);
    return fromToolCache(offlineMatch);
  }
  let listed;
  try {
    listed = await route();
  } catch (error2) {
    if (offlineMatch) {
      warning(`cannot read the release index (${error2.message}); using Go ${offlineMatch.version} from the tool cache`);
      hooks.onResolved?.(offlineMatch.version);
      return fromToolCache(offlineMatch);
    }
    throw new Error(
      `cannot read the Go release index and no Go in the tool cache satisfies ${describeVersionSpec(spec)}: ${error2.message}`
    );
  }
  const version = resolveVersionSpec(spec, listed.releases);
  const elsewhere = resolveVersionSpec(spec, listed.withoutArchive ?? []);
  if (!version) {
    if (elsewhere) {
      throw new Error(
        `${options.specSource}: ${describeVersionSpec(spec)} is Go ${elsewhere}, which ${listed.label} has no archive of for ${platform.goos}/${platform.goarch} (input architecture), and no older release matching it has one either`
      );
    }
    const newest = listed.releases.filter((release) => release.stable).slice(0, 5).map((release) => release.version);
    throw new Error(
      `${options.specSource}: no Go release on ${listed.label} matches ${describeVersionSpec(spec)} (newest stable: ${newest.join(", ")})`
    );
  }
  if (elsewhere && compareGoVersions(elsewhere, version) > 0) {
    run.notes.push(
      `Go ${elsewhere} matches ${describeVersionSpec(spec)} but ${listed.label} has no archive of it for ${platform.goos}/${platform.goarch}: installing Go ${version}, the newest that has one`
    );
  }
  hooks.onResolved?.(version);
  const exact = cached.find((entry) => entry.version === version);
  if (exact) {
    info(`Go ${version} is already in the tool cache`);
    return fromToolCache(exact);
  }
  return installFromRoute(listed, version, run);
}

// src/install/summary.ts
var SHA256_MATCHES = {
  pinned: "SHA-256 matches the digest pinned by input go-sha256",
  "go.dev": "SHA-256 matches the go.dev release index",
  mirror: "SHA-256 matches the digest published by the mirror (integrity only, not origin)"
};
function describeAnchor(anchor, go) {
  switch (anchor.kind) {
    case "sha256":
      return SHA256_MATCHES[anchor.from];
    case "openpgp": {
      const signer = go.receipt?.signature;
      const subkey = signer ? `, signing subkey ${signer.signingKeyId}, signed ${signer.created.slice(0, 10)}` : "";
      return `OpenPGP signature by key \`${anchor.fingerprint.replace(/(.{4})/g, "$1 ").trim()}\`${subkey}`;
    }
    case "sumdb":
      return `Go checksum database \`${anchor.name}\`: signed tree head, inclusion proof and h1 hash`;
  }
}
function installSummaryMarkdown(go, activated) {
  const lines = [];
  const verified = go.anchors.length > 0;
  lines.push(`### ${verified ? "\u2705" : "\u26A0\uFE0F"} Go ${go.version}`);
  lines.push("");
  lines.push("| | |", "|---|---|");
  lines.push(`| Version | \`${go.version}\` |`);
  lines.push(`| GOROOT | \`${go.goRoot}\` |`);
  lines.push(`| Source | ${go.origin === "downloaded" ? `downloaded from ${go.source}` : go.source} |`);
  if (go.receipt?.fileName) lines.push(`| Archive | \`${go.receipt.fileName}\` (${((go.receipt.size ?? 0) / 1024 ** 2).toFixed(1)} MiB) |`);
  if (go.receipt?.sha256) lines.push(`| SHA-256 | \`${go.receipt.sha256}\` |`);
  lines.push(
    `| GOTOOLCHAIN | \`${activated.gotoolchain.value}\` (${activated.gotoolchain.setBy === "workflow" ? "set by the workflow, left alone" : activated.gotoolchain.setBy === "input" ? "from input gotoolchain" : "default: no silent toolchain switches"}) |`
  );
  lines.push("");
  if (verified) {
    const when = go.origin === "downloaded" ? "before it was unpacked into the tool cache" : go.verifiedNow ? "now, before anything ran it: it was preinstalled in the tool cache, and its files match the published release" : go.receipt?.preinstalled ? `when this action checked the preinstalled copy (${go.receipt.installedAt})` : `when this action installed it (${go.receipt?.installedAt ?? "earlier"})`;
    lines.push(`**Verified** ${when}:`);
    for (const anchor of go.anchors) lines.push(`- ${describeAnchor(anchor, go)}`);
  } else {
    lines.push(
      "**Not verified by setup-go-golden** (`verify-cached: false`): this Go came from the tool cache and was installed by something else (a runner image or another action)."
    );
  }
  if (go.notes.length > 0) {
    lines.push("");
    for (const note of go.notes) lines.push(`> ${note}`);
  }
  const phases = Object.entries(go.timings);
  if (phases.length > 0) {
    lines.push("", "| Phase | Time |", "|---|---|");
    for (const [phase, ms] of phases) lines.push(`| ${phase} | ${(ms / 1e3).toFixed(2)} s |`);
  }
  lines.push("");
  return lines.join("\n");
}

// src/setup.ts
async function runSetup(setup) {
  const started = Date.now();
  const { install, build } = setup;
  for (const warning2 of install.warnings) warning(warning2);
  if (!install.spec) {
    warning("neither go-version nor go-version-file is set: using the Go already on PATH (as actions/setup-go does)");
    await driftPhase(setup.drift);
    return;
  }
  const spec = install.spec;
  const goPaths = locateGoPaths(setup.environment);
  let cacheRestore = Promise.resolve();
  const go = await installGo(
    { ...install, spec },
    {
      onResolved: (version) => {
        cacheRestore = nextTurn().then(() => import("./restore-B433R3PU.js")).then(
          ({ restoreCaches }) => restoreCaches({
            goVersion: version,
            arch: install.platform.toolCacheArch,
            options: setup.cache,
            targets: build?.targets ?? [],
            cCompiler: build ? cCompilerIdentity(build, process.env) : "",
            workingDirectory: setup.workingDirectory,
            folders: goPaths,
            workspace: setup.workspace
          })
        );
        cacheRestore.catch(() => void 0);
      }
    }
  );
  const exports = plannedExports(setup.environment, goPaths);
  const goEnv = await readInstalledGoEnv(go.goRoot, exports);
  await go.receiptWritten;
  const activated = activateGo(go, install.gotoolchain, goEnv);
  const waitStart = Date.now();
  await cacheRestore;
  go.timings["waiting for cache restore"] = Date.now() - waitStart;
  go.timings.total = Date.now() - started;
  for (const note of go.notes) info(note);
  info(`Go ${go.version} at ${go.goRoot}; verified: ${formatTrustAnchors(go.anchors, ", ") || "none"}`);
  await summary.addRaw(installSummaryMarkdown(go, activated) + outsideWorkspaceMarkdown(setup.outside)).write();
  await configureGoEnvironment(go.goRoot, setup.environment, exports, goEnv);
  if (build) await (await import("./build-H52HEKYB.js")).runBuildPhase(build);
  await driftPhase(setup.drift);
}
async function driftPhase(options) {
  if (options.mode === "off") return;
  await (await import("./drift-KI6GR5GT.js")).runDriftPhase(options);
}

// src/main-step.ts
try {
  await runSetup(parseSetupInputs(actionInputs(), workspaceDirectory()));
} catch (error2) {
  failWith(error2);
} finally {
  exitIfWorkAbandoned();
}
//# sourceMappingURL=main-step-NXTUILYF.js.map
