import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  parseGoVersion,
  releaseVersion
} from "./chunk-NBMMN6Z4.js";

// src/install/routes/proxy/toolchain-module.ts
var TOOLCHAIN_MODULE = "golang.org/toolchain";
var MAX_MODULE_ZIP_BYTES = 500 << 20;
var TOOLCHAIN_ORIGIN = "https://go.dev/dl/mod";
var DROPPED_TOP_LEVEL = /* @__PURE__ */ new Set(["api", "doc", "misc", "test"]);
function moduleArch(goarch) {
  return goarch === "armv6l" ? "arm" : goarch;
}
function goReleaseName(version) {
  const parsed = releaseVersion(version);
  if (parsed === void 0) throw new Error(`not a Go release: ${version}`);
  const before121 = parsed.major === 1 && parsed.minor < 21;
  const patch = parsed.patch === void 0 || before121 && parsed.patch === 0 && parsed.pre === void 0 ? "" : `.${parsed.patch}`;
  const pre = parsed.pre === void 0 ? "" : `${parsed.pre.kind}${parsed.pre.number}`;
  const minor = parsed.major === 1 && parsed.minor === 0 && patch === "" && pre === "" ? "" : `.${parsed.minor}`;
  return `go${parsed.major}${minor}${patch}${pre}`;
}
function toolchainModuleVersion(version, goos, goarch) {
  return `v0.0.1-${goReleaseName(version)}.${goos}-${moduleArch(goarch)}`;
}
var MODULE_VERSION = /^v(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/u;
function parseVersionList(text, source) {
  const versions = [];
  for (const [index, line] of text.split("\n").entries()) {
    const version = line.trim().split(/[ \t]+/u)[0] ?? "";
    if (version === "") continue;
    if (!MODULE_VERSION.test(version)) {
      const html = /^\s*</u.test(text) ? " (an HTML page?)" : "";
      throw new Error(
        `${source} is not a version list: line ${index + 1} is ${JSON.stringify(line.trim().slice(0, 200))}, not a module version${html}`
      );
    }
    versions.push(version);
  }
  return versions;
}
function parseToolchainModuleVersion(moduleVersion) {
  const match = /^v0\.0\.1-(go[0-9a-z.]+)\.([a-z0-9]+)-([a-z0-9]+)$/u.exec(moduleVersion);
  if (!match) return void 0;
  const [, name, goos, goarch] = match;
  const release = releaseVersion(name);
  if (release === void 0 || parseGoVersion(name) === void 0) return void 0;
  return { release, name, goos, goarch };
}
function zipPrefix(moduleVersion) {
  return `${TOOLCHAIN_MODULE}@${moduleVersion}/`;
}
function goRootPathForZipEntry(relative) {
  return relative.split("/").map((part, index, parts) => index === parts.length - 1 && part === "_go.mod" ? "go.mod" : part).join("/");
}
function goRootZipNaming(moduleVersion) {
  return {
    prefix: zipPrefix(moduleVersion),
    leftOut: DROPPED_TOP_LEVEL,
    fileName: (name) => name === "go.mod" ? "_go.mod" : name
  };
}
function isToolchainExecutable(relative) {
  return relative.startsWith("bin/") || relative.startsWith("pkg/tool/");
}

export {
  TOOLCHAIN_MODULE,
  MAX_MODULE_ZIP_BYTES,
  TOOLCHAIN_ORIGIN,
  moduleArch,
  goReleaseName,
  toolchainModuleVersion,
  parseVersionList,
  parseToolchainModuleVersion,
  zipPrefix,
  goRootPathForZipEntry,
  goRootZipNaming,
  isToolchainExecutable
};
//# sourceMappingURL=chunk-JTIA7XNC.js.map
