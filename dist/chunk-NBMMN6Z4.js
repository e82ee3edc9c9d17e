import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);

// src/version/goversion.ts
var NUMBER = "(0|[1-9][0-9]*)";
var GO_VERSION = new RegExp(`^(?:go|v)?${NUMBER}(?:\\.${NUMBER}(?:\\.${NUMBER})?(?:(alpha|beta|rc)${NUMBER})?)?$`);
var FIRST_DOT_ZERO_MINOR = 21;
function predatesDotZeroNaming(minor) {
  return minor < FIRST_DOT_ZERO_MINOR;
}
function parseGoVersion(text) {
  const match = GO_VERSION.exec(text);
  if (!match) return void 0;
  const [, majorText, minorText, patchText, kind, preText] = match;
  const version = { major: Number(majorText), minor: minorText === void 0 ? 0 : Number(minorText) };
  if (patchText !== void 0) version.patch = Number(patchText);
  if (kind !== void 0) {
    if (version.patch !== void 0 && !predatesDotZeroNaming(version.minor)) return void 0;
    version.pre = { kind, number: Number(preText) };
  }
  if (![version.major, version.minor, version.patch ?? 0, version.pre?.number ?? 0].every(Number.isSafeInteger)) {
    return void 0;
  }
  return version;
}
function asGoVersion(value) {
  return typeof value === "string" ? parseGoVersion(value) : value;
}
var KIND_ORDER = { alpha: 0, beta: 1, rc: 2 };
function orderingPatch(v) {
  if (v.patch !== void 0) return v.patch;
  return predatesDotZeroNaming(v.minor) && v.pre === void 0 ? 0 : -1;
}
function compareParsed(a, b) {
  const byNumber = a.major - b.major || a.minor - b.minor || orderingPatch(a) - orderingPatch(b);
  if (byNumber !== 0) return Math.sign(byNumber);
  if (a.pre === void 0 && b.pre === void 0) return 0;
  const bareFirst = orderingPatch(a) < 0 ? -1 : 1;
  if (a.pre === void 0) return bareFirst;
  if (b.pre === void 0) return -bareFirst;
  return Math.sign(KIND_ORDER[a.pre.kind] - KIND_ORDER[b.pre.kind] || a.pre.number - b.pre.number);
}
function compareGoVersions(a, b) {
  const left = asGoVersion(a);
  const right = asGoVersion(b);
  if (left === void 0 || right === void 0) return left === right ? 0 : left === void 0 ? -1 : 1;
  return compareParsed(left, right);
}
function releaseVersion(name) {
  const version = parseGoVersion(name);
  if (version && version.patch === void 0 && version.pre === void 0 && predatesDotZeroNaming(version.minor)) {
    return { ...version, patch: 0 };
  }
  return version;
}
function formatGoVersion(v) {
  const patch = v.patch === void 0 ? "" : `.${v.patch}`;
  const pre = v.pre === void 0 ? "" : `${v.pre.kind}${v.pre.number}`;
  return `${v.major}.${v.minor}${patch}${pre}`;
}
function languageVersion(v) {
  return `${v.major}.${v.minor}`;
}
function toSemver(v) {
  const pre = v.pre === void 0 ? "" : `-${v.pre.kind}.${v.pre.number}`;
  return `${v.major}.${v.minor}.${v.patch ?? 0}${pre}`;
}
var SEMVER_DIR = new RegExp(`^${NUMBER}\\.${NUMBER}\\.${NUMBER}(?:-(alpha|beta|rc)\\.${NUMBER})?$`);
function fromSemver(dir) {
  const match = SEMVER_DIR.exec(dir);
  if (!match) return void 0;
  const [, majorText, minorText, patchText, kind, preText] = match;
  const major = Number(majorText);
  const minor = Number(minorText);
  const patch = Number(patchText);
  if (kind === void 0) return { major, minor, patch };
  const pre = { kind, number: Number(preText) };
  if (patch === 0) return { major, minor, pre };
  return predatesDotZeroNaming(minor) ? { major, minor, patch, pre } : void 0;
}

export {
  parseGoVersion,
  compareGoVersions,
  releaseVersion,
  formatGoVersion,
  languageVersion,
  toSemver,
  fromSemver
};
//# sourceMappingURL=chunk-NBMMN6Z4.js.map
