import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  VERIFIED_GOROOT_VARIABLE,
  foreignCodeFlag
} from "./chunk-NDA52OJJ.js";
import {
  runQuiet
} from "./chunk-L4CI2NMB.js";
import {
  parseGoproxy,
  parseGosumdb,
  proxyCredentials
} from "./chunk-Y2Q5KOXR.js";
import {
  completeToolDir,
  receiptPath,
  toolCacheRoot
} from "./chunk-DRZAVMTK.js";
import {
  existingDirectory,
  regularFileInWorkspace,
  writableDirectory
} from "./chunk-2MNAY5YP.js";
import {
  isInside
} from "./chunk-RZ4XXYW2.js";
import {
  InputError,
  shown
} from "./chunk-X7OREOBU.js";
import {
  error,
  notice,
  summaryCode,
  summaryText,
  warning
} from "./chunk-UUH7NTXT.js";
import {
  exportVariable,
  setSecret,
  summary
} from "./chunk-YQMGHQ5S.js";

// src/inputs/build.ts
import { dirname, resolve } from "node:path";
function parseLibc(input, value2) {
  if (value2 === "musl") return { kind: "musl" };
  const glibc = /^glibc(?:\.(2\.[0-9]+))?$/.exec(value2);
  if (glibc) return { kind: "glibc", floor: glibc[1] ?? "" };
  throw new InputError(input, `"${value2}" is not musl, glibc or glibc.2.<minor> (a glibc version floor such as glibc.2.28)`);
}
function parsePerTarget(input, text, parse, allowBare) {
  const result = { byTarget: /* @__PURE__ */ new Map() };
  for (const line of text.split(/\n/).map((part) => part.trim()).filter(Boolean)) {
    const equals = line.indexOf("=");
    if (equals < 0) {
      if (!allowBare || result.all !== void 0) throw new InputError(input, `"${line}" is not goos/goarch[/variant]=value`);
      result.all = parse(line);
      continue;
    }
    const key = line.slice(0, equals).trim();
    const value2 = line.slice(equals + 1).trim();
    if (!/^[a-z0-9]+\/[a-z0-9]+(\/[a-z0-9.]+)?$/.test(key) || !value2)
      throw new InputError(input, `"${line}" is not goos/goarch[/variant]=value`);
    if (result.byTarget.has(key)) throw new InputError(input, `${key} is given twice`);
    result.byTarget.set(key, parse(value2));
  }
  return result;
}
function splitArguments(text) {
  const args = [];
  const pattern = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    args.push(match[1] ?? match[2] ?? match[3]);
  }
  return args;
}
var PACKAGE_PATTERN = /^[A-Za-z0-9._~+\-/@!]+$/;
function packagePatterns(read) {
  const packages = read.list("packages").flatMap((item) => item.split(/\s+/)).filter(Boolean);
  for (const pattern of packages) {
    if (pattern.startsWith("-") || !PACKAGE_PATTERN.test(pattern)) {
      throw new InputError("packages", `${shown(pattern)} is not a package path or pattern (like ., ./cmd/app, ./... or example.com/app)`);
    }
  }
  return packages.length > 0 ? packages : ["."];
}
function targetEntries(read, input) {
  const entries = read.list(input);
  for (const entry of entries) {
    if (entry === "all" || entry === "first-class") continue;
    const parts = entry.split("/");
    if (parts.length < 2 || parts.length > 3 || parts.some((part) => !/^[a-z0-9.*?]+$/i.test(part))) {
      throw new InputError(input, `${shown(entry)} is not goos/goarch[/variant], first-class, all or a glob like linux/*`);
    }
  }
  return entries;
}
function zigVersion(read) {
  const value2 = read.text("zig-version");
  if (value2 && value2 !== "latest" && !/^[0-9]+\.[0-9]+\.[0-9]+$/.test(value2)) {
    throw new InputError("zig-version", `${shown(value2)} is not an exact version like 0.14.1 or latest`);
  }
  return value2;
}
function httpUrl(read, input) {
  const value2 = read.text(input);
  if (value2 && !/^https?:\/\/[^\s/]+/.test(value2)) throw new InputError(input, `${shown(value2)} is not an http(s) URL`);
  return value2;
}
var DEFAULT_ARCHIVE_FILES = ["README*", "LICENSE*"];
function archiveFiles(read) {
  const patterns = read.list("archive-files");
  if (patterns.length === 0) return DEFAULT_ARCHIVE_FILES;
  if (patterns.length === 1 && patterns[0] === "none") return [];
  for (const pattern of patterns) {
    if (pattern === "none" || /[*?]/.test(pattern.split("/").slice(0, -1).join("/")) || pattern.split("/").includes("..")) {
      throw new InputError(
        "archive-files",
        `${shown(pattern)}: give paths inside the working directory, with * or ? only in the file name (or none alone for no extra files)`
      );
    }
  }
  return patterns;
}
function sbomMode(read) {
  const values = read.list("sbom");
  if (values.length === 0) return "auto";
  if (values.length === 1 && (values[0] === "auto" || values[0] === "off")) return values[0];
  for (const value2 of values) {
    if (value2 !== "spdx" && value2 !== "cyclonedx")
      throw new InputError("sbom", `${shown(value2)} is not auto, off, spdx or cyclonedx (spdx, cyclonedx for both)`);
  }
  return [...new Set(values)];
}
function parseBuildOptions(read, defaultParallel) {
  const shards = read.integer("shards") ?? 1;
  const shard = read.integer("shard");
  if (shard !== void 0 && shard > shards) throw new InputError("shard", `${shard} is more than shards (${shards})`);
  const name = read.text("name");
  if (name && !/^[A-Za-z0-9._+-]+$/.test(name)) throw new InputError("name", `${shown(name)} may only hold letters, digits and . _ + -`);
  return {
    targets: targetEntries(read, "targets"),
    workingDirectory: read.path("working-directory", "."),
    packages: packagePatterns(read),
    name,
    outputDir: read.path("output-dir", "dist"),
    workspace: "",
    // Go splits these on any white space, line breaks included (a YAML block is fine).
    ldflags: read.text("ldflags", { multiline: true }),
    tags: read.text("tags", { multiline: true }),
    trimpath: read.boolean("trimpath", true),
    cgo: read.choice("cgo", ["auto", "0", "1"], "auto"),
    cc: parsePerTarget("cc", read.text("cc", { multiline: true }), (value2) => value2, false),
    libc: parsePerTarget("libc", read.text("libc", { multiline: true }), (value2) => parseLibc("libc", value2), true),
    zigVersion: zigVersion(read),
    zigDownloadBaseUrl: httpUrl(read, "zig-download-base-url"),
    zigSigningKey: read.text("zig-signing-key"),
    archive: read.choice("archive", ["auto", "tar.gz", "zip", "none"], "auto"),
    archiveFiles: archiveFiles(read),
    reproducible: read.boolean("reproducible", true),
    sbom: sbomMode(read),
    provenance: read.choice("provenance", ["auto", "on", "off"], "auto"),
    checksums: read.fileName("checksums", "SHA256SUMS"),
    parallel: read.integer("parallel") ?? defaultParallel,
    qemu: read.choice("qemu", ["off", "smoke", "test"], "off"),
    smokeArgs: splitArguments(read.text("smoke-args", { multiline: true })),
    shard,
    shards,
    image: read.text("image"),
    platforms: targetEntries(read, "platforms"),
    dockerfile: read.path("dockerfile"),
    push: read.boolean("push", false),
    imageOutput: read.path("image-output"),
    builder: read.text("builder"),
    attestations: read.choice("attestations", ["auto", "off"], "auto")
  };
}
function placeBuildOptions(options, placement) {
  const workingDirectory = existingDirectory("working-directory", options.workingDirectory, placement.workspace);
  writableDirectory("output-dir", options.outputDir, { base: workingDirectory, ...placement });
  if (options.imageOutput) writableDirectory("image-output", dirname(options.imageOutput), { base: workingDirectory, ...placement });
  if (options.dockerfile)
    regularFileInWorkspace("dockerfile", options.dockerfile, { base: workingDirectory, workspace: placement.workspace });
  for (const pattern of options.packages) {
    if (!/^\.\.?(\/|$)/.test(pattern)) continue;
    const directory = pattern.replace(/(^|\/)\.\.\.$/, "") || ".";
    try {
      existingDirectory("packages", directory, workingDirectory);
    } catch {
      throw new InputError("packages", `${shown(pattern)}: no directory ${resolve(workingDirectory, directory)}`);
    }
  }
  return { ...options, workingDirectory, workspace: placement.workspace };
}
function parseBuildInputs(read, defaultParallel, placement) {
  const options = parseBuildOptions(read, defaultParallel);
  if (options.targets.length === 0)
    throw new InputError("targets", "nothing to build (give goos/goarch entries, first-class, all or a glob)");
  return placeBuildOptions(options, placement);
}

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
function parseEnvPolicy(read) {
  return read.choice("env-policy", ["warn", "error"], "warn");
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
    policy: parseEnvPolicy(read),
    values,
    gocache: directory("gocache"),
    gomodcache: directory("gomodcache"),
    workspace: placement.workspace
  };
}

// src/env/own-go.ts
import { accessSync, constants, realpathSync, statSync } from "node:fs";
import { basename, delimiter, dirname as dirname2, join, relative, resolve as resolve2, sep } from "node:path";

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

// src/env/own-go.ts
function realPath(path) {
  try {
    return realpathSync(path);
  } catch {
    return resolve2(path);
  }
}
function isExecutableFile(path) {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
function programFile(name) {
  return process.platform === "win32" ? `${name}.exe` : name;
}
function shadowsOnPath(goRoot, path) {
  const shadows = [];
  const dirs = path.split(delimiter).filter(Boolean);
  for (const name of ["go", "gofmt"]) {
    const verified = realPath(join(goRoot, "bin", programFile(name)));
    for (const dir of dirs) {
      const candidate = join(dir, programFile(name));
      if (!isExecutableFile(candidate)) continue;
      if (realPath(candidate) !== verified) shadows.push({ name, path: candidate });
      break;
    }
  }
  return shadows;
}
function ownGoFacts(goRoot, env) {
  const envFilePath = goEnvFilePath({ platform: currentGoPlatform(), env });
  return {
    jobGoRoot: env.GOROOT || void 0,
    jobGoRootIsVerified: env.GOROOT ? realPath(env.GOROOT) === realPath(goRoot) : true,
    goflags: { env: env.GOFLAGS, envFile: readGoEnvFile(envFilePath).GOFLAGS, envFilePath },
    shadows: shadowsOnPath(goRoot, env.PATH ?? "")
  };
}
function isOurToolCacheGo(goRoot) {
  let root;
  try {
    root = toolCacheRoot();
  } catch {
    return false;
  }
  const parts = relative(root, resolve2(goRoot)).split(sep);
  if (parts.length !== 3 || parts[0] !== "go" || parts.some((part) => part === ".." || part === "")) return false;
  const slot = { tool: "go", versionFolder: parts[1], arch: parts[2] };
  return completeToolDir(slot) === join(root, ...parts) && isFile(receiptPath(slot));
}
function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
function enclosingGoRoot(goCommand) {
  const real = realPath(goCommand);
  const root = dirname2(dirname2(real));
  return basename(dirname2(real)) === "bin" && isDirectory(join(root, "pkg", "tool")) ? root : void 0;
}
function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
async function locateOwnGo(env) {
  const named = env[VERIFIED_GOROOT_VARIABLE];
  if (named && isOurToolCacheGo(named)) return { goRoot: resolve2(named), verified: true };
  const onPath = (env.PATH ?? "").split(delimiter).filter(Boolean).map((dir) => join(dir, programFile("go"))).find(isExecutableFile);
  if (onPath === void 0) return void 0;
  const tree = enclosingGoRoot(onPath);
  if (tree !== void 0) return { goRoot: tree, verified: false };
  const asked = await runQuiet(onPath, ["env", "GOROOT"], {
    env: { ...env, GOTOOLCHAIN: "local", GOENV: "off", GOFLAGS: "" },
    timeoutMs: 6e4
  });
  const goRoot = asked.stdout.trim();
  if (asked.code !== 0 || !goRoot || !isExecutableFile(join(goRoot, "bin", programFile("go")))) {
    throw new Error(
      `${onPath} (the go on PATH) is not in a Go tree and did not name one with go env GOROOT: ${(asked.stderr || asked.stdout).trim()}`
    );
  }
  return { goRoot, verified: false };
}

// src/env/index.ts
import { delimiter as delimiter2, isAbsolute, join as join2 } from "node:path";

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
var SETTINGS_WITH_URLS = /* @__PURE__ */ new Set(["GOPROXY", "GOSUMDB"]);
function displayValue(name, value2) {
  if (value2 === void 0 || value2 === "") return "";
  return SETTINGS_WITH_URLS.has(name) ? proxyCredentials(value2).redacted : value2;
}
function riskLines(risks) {
  return risks.map((risk) => `- **${summaryText(risk.setting)}**: ${summaryText(risk.message)}`);
}
function renderOwnGoReport(goRoot, risks, policy) {
  return [
    "### Which go runs",
    "",
    `The build runs ${summaryCode(goRoot)} only; later steps may not (env-policy: ${policy}${policy === "error" ? ", the step fails" : ""}):`,
    "",
    ...riskLines(risks),
    ""
  ].join("\n");
}
var ALWAYS_SHOWN = /* @__PURE__ */ new Set(["GOVERSION", "GOROOT"]);
function renderEnvironmentReport(report) {
  const lines = ["### Go environment", "", "| setting | value | |", "| --- | --- | --- |"];
  for (const name of REPORTED_SETTINGS) {
    const value2 = displayValue(name, report.env[name]);
    const levels = report.risks.filter((risk) => risk.setting === name).map((risk) => risk.level);
    const flag = levels.includes("risk") ? "\u26A0\uFE0F risky" : levels.includes("advice") ? "\u2139\uFE0F note" : "";
    const exported = report.exported.includes(name);
    if (!value2 && !flag && !exported && !ALWAYS_SHOWN.has(name)) continue;
    lines.push(`| ${name} | ${value2 ? summaryCode(value2) : "unset"}${exported ? " (exported)" : ""} | ${flag} |`);
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
    lines.push(...riskLines(risks));
  }
  if (advice.length > 0) {
    lines.push("", "Notes:", "");
    lines.push(...riskLines(advice));
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
function foreignCodeFlags(goflags) {
  return (goflags ?? "").split(/\s+/).filter((flag) => flag && foreignCodeFlag(flag) !== void 0);
}
function ownGoRisks(facts, goRoot) {
  const risks = [];
  if (facts.jobGoRoot && !facts.jobGoRootIsVerified) {
    risks.push({
      setting: "GOROOT",
      level: "risk",
      message: `GOROOT=${facts.jobGoRoot} in the job environment is not the verified Go ${goRoot}: go commands in later steps compile with that tree's tools and standard library. Remove GOROOT from the workflow (the action's own commands ignore it).`
    });
  }
  const sources = [
    ["the job environment", facts.goflags.env],
    [`the go env file ${facts.goflags.envFilePath ?? ""}`.trim(), facts.goflags.envFile]
  ];
  for (const [source, goflags] of sources) {
    const flags = foreignCodeFlags(goflags);
    if (flags.length === 0) continue;
    risks.push({
      setting: "GOFLAGS",
      level: "risk",
      message: `GOFLAGS in ${source} has ${flags.join(" ")}: go runs that program around the compiler or the tests, or compiles other files than the package's, in every later go command. The action's own commands leave these flags out.`
    });
  }
  for (const shadow of facts.shadows) {
    risks.push({
      setting: "PATH",
      level: "risk",
      message: `${shadow.path} comes before the verified ${shadow.name} (${goRoot}) on PATH: later steps that run ${shadow.name} run it instead. Remove it, or its folder from PATH.`
    });
  }
  return risks;
}
function findRisks(context) {
  return [
    ...context.ownGo ? ownGoRisks(context.ownGo, context.goRoot) : [],
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
  const userEnvFile = readGoEnvFile(goEnvFilePath({ platform: currentGoPlatform(), env: process.env }));
  for (const name of SETTINGS_WITH_URLS) {
    for (const value2 of [exports[name], process.env[name], userEnvFile[name], goEnv[name]]) {
      for (const secret of proxyCredentials(value2 ?? "").secrets) setSecret(secret);
    }
  }
  for (const [name, value2] of Object.entries(exports)) exportVariable(name, value2);
  const env = { ...goEnv };
  env.GOROOT = process.env.GOROOT || goEnv.GOROOT;
  const goRootEnvFile = readGoEnvFile(join2(goRoot, "go.env"));
  env.GOTOOLCHAIN = effectiveToolchain({
    env: process.env.GOTOOLCHAIN,
    userEnvFile: userEnvFile.GOTOOLCHAIN,
    goRootEnvFile: goRootEnvFile.GOTOOLCHAIN
  });
  const locations = ["GOPATH", "GOCACHE", "GOMODCACHE"].flatMap((name) => (env[name] ?? "").split(delimiter2)).filter(Boolean);
  const risks = findRisks({
    env,
    goRoot,
    workspace: options.workspace,
    fileSystems: fileSystemsOf(locations),
    isAbsolute,
    isInside,
    // PATH as later steps get it: activation has prepended the verified Go's bin.
    ownGo: ownGoFacts(goRoot, process.env)
  });
  const failing = policy === "error" && risks.some((risk) => risk.level === "risk");
  for (const risk of risks) annotate(risk, failing);
  await summary.addRaw(renderEnvironmentReport({ env, risks, exported: Object.keys(exports), policy }), true).write();
  applyPolicy(policy, risks);
}
function applyPolicy(policy, risks) {
  if (policy !== "error" || !risks.some((risk) => risk.level === "risk")) return;
  const settings = [...new Set(risks.filter((risk) => risk.level === "risk").map((risk) => risk.setting))];
  throw new Error(`env-policy is error and the Go environment has risky settings: ${settings.join(", ")} (see the job summary)`);
}
async function reportOwnGo(goRoot, policy) {
  const risks = ownGoRisks(ownGoFacts(goRoot, process.env), goRoot);
  const failing = policy === "error" && risks.length > 0;
  for (const risk of risks) annotate(risk, failing);
  if (risks.length > 0 && process.env.GITHUB_STEP_SUMMARY) {
    await summary.addRaw(renderOwnGoReport(goRoot, risks, policy), true).write();
  }
  applyPolicy(policy, risks);
}

// src/inputs/outside-report.ts
function outsideWorkspaceMarkdown(outside) {
  if (outside.length === 0) return "";
  const lines = outside.map((entry) => `- \`${entry.input}\`: ${summaryCode(entry.path)}`);
  return `### Paths outside the workspace

These inputs deliberately point outside the workspace (absolute paths):

${lines.join("\n")}
`;
}

export {
  parseBuildOptions,
  placeBuildOptions,
  parseBuildInputs,
  parseEnvPolicy,
  parseEnvironmentInputs,
  locateGoPaths,
  locateOwnGo,
  REPORTED_SETTINGS,
  plannedExports,
  configureGoEnvironment,
  reportOwnGo,
  outsideWorkspaceMarkdown
};
//# sourceMappingURL=chunk-4ES42NK5.js.map
