import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  parseGoModDirectives,
  parseVersionFile
} from "./chunk-XVOD6XAE.js";
import {
  ReadBudget,
  describeRefusal,
  readRepoFile
} from "./chunk-NNFJ34CN.js";
import {
  parseVersionSpec
} from "./chunk-FAKZ4MPP.js";
import {
  compareGoVersions,
  formatGoVersion,
  languageVersion,
  parseGoVersion,
  releaseVersion
} from "./chunk-NBMMN6Z4.js";
import {
  compareStrings
} from "./chunk-MYHJHFEH.js";

// src/drift/rules.ts
import { posix as posix5 } from "node:path";

// src/drift/spec-bounds.ts
function firstRelease(major, minor) {
  return { major, minor, patch: 0 };
}
function asRelease(bound2, set) {
  if (isLineStart(bound2) && !set.prereleaseLines.includes(languageVersion(bound2))) return firstRelease(bound2.major, bound2.minor);
  if (bound2.patch === void 0 && bound2.pre === void 0) return firstRelease(bound2.major, bound2.minor);
  return bound2;
}
function lowestOfSet(set) {
  const lower = set.comparators.filter((c) => c.operator === ">=" || c.operator === ">").map((c) => asRelease(c.bound, set));
  return lower.reduce((best, v) => compareGoVersions(v, best) > 0 ? v : best, firstRelease(1, 0));
}
function admitsAtOrAbove(set, version) {
  const lowest = lowestOfSet(set);
  const candidate = compareGoVersions(version, lowest) > 0 ? version : lowest;
  return set.comparators.every((c) => {
    const order = compareGoVersions(candidate, c.bound);
    if (c.operator === "<") return order < 0;
    if (c.operator === "<=") return order <= 0;
    return true;
  });
}
function reachesAtLeast(spec, version) {
  switch (spec.kind) {
    case "exact":
      return compareGoVersions(spec.version, version) >= 0;
    case "minor":
      return spec.major > version.major || spec.major === version.major && spec.minor >= version.minor;
    case "minimum":
      return spec.version.major > version.major || spec.version.major === version.major && spec.version.minor >= version.minor;
    case "range":
      return spec.sets.some((set) => admitsAtOrAbove(set, version));
    case "stable":
    case "oldstable":
      return void 0;
  }
}
function installedLine(spec) {
  switch (spec.kind) {
    case "exact":
    case "minimum":
      return languageVersion(spec.version);
    case "minor":
      return `${spec.major}.${spec.minor}`;
    case "range": {
      const lines = spec.sets.map(highestLineOfSet);
      if (lines.some((line) => line === void 0)) return void 0;
      return lines.reduce(
        (best, line) => best === void 0 || compareGoVersions(line, best) > 0 ? line : best,
        void 0
      );
    }
    case "stable":
    case "oldstable":
      return void 0;
  }
}
function highestLineOfSet(set) {
  const uppers = set.comparators.filter((c) => c.operator === "<" || c.operator === "<=");
  if (uppers.length === 0) return void 0;
  const lines = uppers.map(({ operator, bound: bound2 }) => {
    const endsBefore = operator === "<" && (bound2.patch === void 0 || bound2.patch === 0) && (bound2.pre === void 0 || bound2.pre.kind === "alpha");
    if (!endsBefore) return languageVersion(bound2);
    return bound2.minor > 0 ? `${bound2.major}.${bound2.minor - 1}` : void 0;
  });
  const bounded = lines.filter((line) => line !== void 0);
  return bounded.length === 0 ? void 0 : bounded.reduce((best, line) => compareGoVersions(line, best) < 0 ? line : best);
}
function describeCeiling(spec) {
  switch (spec.kind) {
    case "exact":
      return `Go ${formatGoVersion(spec.version)}`;
    case "minor":
      return `the newest Go ${spec.major}.${spec.minor}.x`;
    case "minimum":
      return `the newest Go ${languageVersion(spec.version)}.x`;
    case "range": {
      const uppers = spec.sets.flatMap((set) => set.comparators.filter((c) => c.operator === "<" || c.operator === "<="));
      const line = installedLine(spec);
      if (line && uppers.every((c) => isLineStart(c.bound))) return `the newest Go ${line}.x`;
      const ceilings = uppers.map((c) => `${c.operator === "<" ? "below" : "up to"} ${describeBound(c.bound)}`);
      return ceilings.length > 0 ? `the newest Go release ${ceilings.join(" or ")}` : "the newest Go release";
    }
    case "stable":
      return "the newest stable Go";
    case "oldstable":
      return "the newest Go of the line before the newest stable one";
  }
}
function isLineStart(bound2) {
  return bound2.pre?.kind === "alpha" && bound2.pre.number === 0 && bound2.patch === void 0;
}
function describeBound(bound2) {
  return isLineStart(bound2) ? languageVersion(bound2) : formatGoVersion(bound2);
}
var CALENDAR_START = { year: 2023, month: 8, line: 21 };
function channelFloor(channel, today) {
  const months = (today.getUTCFullYear() - CALENDAR_START.year) * 12 + today.getUTCMonth() - CALENDAR_START.month;
  const stable = CALENDAR_START.line + Math.max(0, Math.floor(months / 6));
  return `1.${channel === "stable" ? stable : stable - 1}`;
}

// src/drift/modules.ts
import { posix } from "node:path";

// src/drift/errors.ts
function errorLine(file, message) {
  const index = message.indexOf(`${file}:`);
  if (index === -1) return void 0;
  const match = /^(\d+)/.exec(message.slice(index + file.length + 1));
  return match ? Number(match[1]) : void 0;
}
function parseError(file, error) {
  const message = error instanceof Error ? error.message : String(error);
  const line = errorLine(file, message) ?? 1;
  return {
    file,
    line,
    column: 1,
    rule: "parse-error",
    message: `${message.startsWith(file) ? message : `${file}: ${message}`}; no Go version in it was checked.`,
    found: null,
    expected: null
  };
}
function refusedFile(path, read) {
  return {
    file: read.kind === "not-followed" ? read.at : path,
    line: 1,
    column: 1,
    rule: read.kind === "not-followed" ? "not-followed" : "over-budget",
    message: `${describeRefusal(path, read)}; no Go version in it was checked.`,
    found: null,
    expected: null
  };
}

// src/drift/modules.ts
var GO_LINE_VERSION = /^[0-9]+\.[0-9]+/;
function readModule(file, contents, findings, sites) {
  const kind = posix.basename(file) === "go.work" ? "go.work" : "go.mod";
  let directives;
  try {
    directives = parseGoModDirectives(contents, file);
  } catch (error) {
    findings.push(parseError(file, error));
    return void 0;
  }
  const directory = posix.dirname(file);
  const module = { file, directory, kind, uses: directives.use.map((use) => posix.join(directory, use.value)) };
  if (directives.go) {
    const at = positionIn(file, directives.go);
    const version = GO_LINE_VERSION.test(directives.go.value) ? parseGoVersion(directives.go.value) : void 0;
    if (version) module.go = { version, text: directives.go.value, at };
    else findings.push(invalidVersion(at, directives.go.value, `the go line of ${file} must be a Go version like 1.22 or 1.22.3`));
    sites.push({ ...at, kind, version: `go ${directives.go.value}` });
  }
  const toolchain = directives.toolchain;
  if (toolchain && toolchain.value !== "default") {
    const at = positionIn(file, toolchain);
    const version = toolchain.value.startsWith("go") ? releaseVersion(toolchain.value.slice(2)) : void 0;
    if (version) module.toolchain = { version, text: toolchain.value, at };
    else findings.push(invalidVersion(at, toolchain.value, `the toolchain line of ${file} must name a release like go1.22.5`));
    sites.push({ ...at, kind: "toolchain", version: `toolchain ${toolchain.value}` });
  }
  return module;
}
function positionIn(file, directive) {
  return { file, line: directive.line, column: directive.column };
}
function invalidVersion(at, found, message) {
  return { ...at, rule: "invalid-version", message, found, expected: null };
}
var ModuleIndex = class {
  byFile = /* @__PURE__ */ new Map();
  modsByDir = /* @__PURE__ */ new Map();
  worksByDir = /* @__PURE__ */ new Map();
  /** go.mod files with Go source in a directory they own. */
  withSources = /* @__PURE__ */ new Set();
  /** `goSourceDirectories`: directories holding at least one .go file. */
  constructor(modules, goSourceDirectories = []) {
    for (const module of modules) {
      this.byFile.set(module.file, module);
      (module.kind === "go.work" ? this.worksByDir : this.modsByDir).set(module.directory, module);
    }
    for (const directory of goSourceDirectories) {
      const owner = this.nearest(this.modsByDir, directory);
      if (owner) this.withSources.add(owner);
    }
  }
  /** Whether the module has Go source (a go.mod for a Hugo site or a tools pin may have none). */
  hasGoSources(module) {
    return this.withSources.has(module);
  }
  get all() {
    return [...this.byFile.values()];
  }
  scopes = /* @__PURE__ */ new Map();
  /** What `go build` run in `directory` builds against (once per directory: thousands of jobs name the same few). */
  scopeFor(directory) {
    let scope = this.scopes.get(directory);
    if (!scope) {
      scope = this.findScope(directory);
      this.scopes.set(directory, scope);
    }
    return scope;
  }
  findScope(directory) {
    const start = posix.normalize(directory).replace(/\/+$/, "") || ".";
    const work = this.nearest(this.worksByDir, start);
    if (work) {
      const used = work.uses.map((dir) => this.modsByDir.get(posix.normalize(dir))).filter((m) => m !== void 0);
      return withMinimum([work, ...used]);
    }
    const module = this.nearest(this.modsByDir, start);
    if (module) return withMinimum([module]);
    const prefix = start === "." ? "" : `${start}/`;
    return withMinimum(
      [...this.modsByDir.values()].filter((m) => m.directory === start || prefix === "" || m.directory.startsWith(prefix))
    );
  }
  nearest(map, directory) {
    for (let dir = directory; ; dir = posix.dirname(dir)) {
      const found = map.get(dir);
      if (found) return found;
      if (dir === "." || dir === "/" || dir === "") return void 0;
    }
  }
};
function mergeScopes(scopes) {
  return withMinimum([...new Set(scopes.flatMap((scope) => scope.modules))]);
}
function withMinimum(modules) {
  let minimum;
  for (const module of modules) {
    if (module.go && (!minimum || compareGoVersions(module.go.version, minimum.version) > 0)) minimum = { ...module.go, file: module.file };
  }
  return { modules, minimum };
}

// src/drift/sources.ts
import { posix as posix4 } from "node:path";

// src/drift/docker-context.ts
import { posix as posix2 } from "node:path";

// node_modules/js-yaml/dist/js-yaml.mjs
var NOT_RESOLVED = /* @__PURE__ */ Symbol("NOT_RESOLVED");
function defineScalarTag(tagName, options) {
  return {
    tagName,
    nodeKind: "scalar",
    implicit: options.implicit ?? false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    implicitFirstChars: options.implicitFirstChars ?? null,
    resolve: options.resolve,
    identify: options.identify,
    represent: options.represent ?? ((data) => String(data)),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineSequenceTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "sequence",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addItem: options.addItem,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineMappingTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "mapping",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addPair: options.addPair,
    has: options.has,
    keys: options.keys,
    get: options.get,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
  resolve: (source) => source,
  identify: (data) => typeof data === "string"
});
var NULL_VALUES$1 = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES$1.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: ["n"],
  resolve: (source, isExplicit) => {
    if (source === "null" || isExplicit && source === "") return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var NULL_VALUES = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var TRUE_VALUES$2 = [
  "true",
  "True",
  "TRUE"
];
var FALSE_VALUES$2 = [
  "false",
  "False",
  "FALSE"
];
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "t",
    "T",
    "f",
    "F"
  ],
  resolve: (source) => {
    if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: ["t", "f"],
  resolve: (source) => {
    if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES = [
  "true",
  "True",
  "TRUE",
  "y",
  "Y",
  "yes",
  "Yes",
  "YES",
  "on",
  "On",
  "ON"
];
var FALSE_VALUES = [
  "false",
  "False",
  "FALSE",
  "n",
  "N",
  "no",
  "No",
  "NO",
  "off",
  "Off",
  "OFF"
];
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "y",
    "Y",
    "n",
    "N",
    "t",
    "T",
    "f",
    "F",
    "o",
    "O"
  ],
  resolve: (source) => {
    if (TRUE_VALUES.indexOf(source) !== -1) return true;
    if (FALSE_VALUES.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$2(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger$2,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$1(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlInteger$1,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
  let value = source.replace(/_/g, "");
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  if (value.includes(":")) {
    let result = 0;
    for (const part of value.split(":")) result = result * 60 + Number(part);
    return sign * result;
  }
  if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
  if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
  if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase();
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  const result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat$2,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$2
});
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
    let value = source.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".includes(value[0])) value = value.slice(1);
    if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    if (value === ".nan") return NaN;
    const result2 = sign * parseFloat(value);
    return Number.isFinite(result2) ? result2 : NOT_RESOLVED;
  }
  if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = Number(source);
  if (Number.isFinite(result)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlFloat$1,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$1
});
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
  if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase().replace(/_/g, "");
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  let result = 0;
  if (value.includes(":")) {
    for (const part of value.split(":")) result = result * 60 + Number(part);
    result *= sign;
  } else result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat
});
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
  implicit: true,
  implicitFirstChars: ["<"],
  resolve: (source, isExplicit) => {
    if (source === "<<" || isExplicit && source === "") return "<<";
    return NOT_RESOLVED;
  },
  identify: () => false
});
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
  const input = source.replace(/\s/g, "");
  if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
  const binary2 = atob(input);
  const result = new Uint8Array(binary2.length);
  for (let index = 0; index < binary2.length; index++) result[index] = binary2.charCodeAt(index);
  return result;
}
function representYamlBinary(object) {
  let binary2 = "";
  for (let index = 0; index < object.length; index++) binary2 += String.fromCharCode(object[index]);
  return btoa(binary2);
}
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
  resolve: resolveYamlBinary,
  identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
  represent: representYamlBinary
});
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
  const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
  date.setUTCFullYear(year, month, day);
  return date;
}
function resolveYamlTimestamp(source) {
  let match = YAML_DATE_REGEXP.exec(source);
  if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
  if (match === null) return NOT_RESOLVED;
  const year = +match[1];
  const month = +match[2] - 1;
  const day = +match[3];
  if (!match[4]) {
    const date2 = makeUtcDate(year, month, day);
    if (date2.getUTCFullYear() !== year || date2.getUTCMonth() !== month || date2.getUTCDate() !== day) return NOT_RESOLVED;
    return date2;
  }
  const hour = +match[4];
  const minute = +match[5];
  const second = +match[6];
  let fraction = 0;
  if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
  if (match[7]) {
    let value = match[7].slice(0, 3);
    while (value.length < 3) value += "0";
    fraction = +value;
  }
  const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
  if (match[9]) {
    const offsetHour = +match[10];
    const offsetMinute = +(match[11] || 0);
    if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
    const offset = (offsetHour * 60 + offsetMinute) * 6e4;
    date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
  }
  return date;
}
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
  implicit: true,
  implicitFirstChars: [..."0123456789"],
  resolve: resolveYamlTimestamp,
  identify: (object) => object instanceof Date,
  represent: (object) => object.toISOString()
});
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
  create: () => [],
  addItem: (container, item) => {
    container.push(item);
  },
  identify: Array.isArray
});
function isPlainObject(data) {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
  const prototype = Object.getPrototypeOf(data);
  return prototype === null || prototype === Object.prototype;
}
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
  create: () => ({
    list: [],
    seen: /* @__PURE__ */ new Set()
  }),
  addItem: (carrier, item) => {
    let key2;
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve an ordered map item";
      key2 = item.keys().next().value;
    } else if (isPlainObject(item)) {
      const itemKeys = Object.keys(item);
      if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
      key2 = itemKeys[0];
    } else return "cannot resolve an ordered map item";
    if (carrier.seen.has(key2)) return "duplicate key in ordered map";
    carrier.seen.add(key2);
    carrier.list.push(item);
    return "";
  },
  finalize: (carrier) => carrier.list,
  identify: () => false
});
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
  create: () => [],
  addItem: (container, item) => {
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve a pairs item";
      container.push(item.entries().next().value);
      return "";
    }
    if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
    const object = item;
    const keys = Object.keys(object);
    if (keys.length !== 1) return "cannot resolve a pairs item";
    container.push([keys[0], object[keys[0]]]);
    return "";
  },
  identify: () => false
});
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key2 of Object.keys(o)) map.set(key2, o[key2]);
    return map;
  },
  addPair: (container, key2, value) => {
    if (key2 !== null && typeof key2 === "object") return "object-based map does not support complex keys";
    const normalizedKey = String(key2);
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key2) => {
    if (key2 !== null && typeof key2 === "object") return false;
    return Object.prototype.hasOwnProperty.call(container, String(key2));
  },
  keys: (container) => Object.keys(container),
  get: (container, key2) => {
    const normalizedKey = String(key2);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
  create: () => /* @__PURE__ */ new Set(),
  identify: (data) => data instanceof Set,
  represent: (data) => {
    const map = /* @__PURE__ */ new Map();
    for (const key2 of data) map.set(key2, null);
    return map;
  },
  addPair: (container, key2, value) => {
    if (value !== null) return "cannot resolve a set item";
    container.add(key2);
    return "";
  },
  has: (container, key2) => container.has(key2),
  keys: (container) => container.keys(),
  get: () => null
});
function createTagDefinitionMap() {
  return {
    scalar: /* @__PURE__ */ Object.create(null),
    sequence: /* @__PURE__ */ Object.create(null),
    mapping: /* @__PURE__ */ Object.create(null)
  };
}
function createTagDefinitionListMap() {
  return {
    scalar: [],
    sequence: [],
    mapping: []
  };
}
function compileTags(tags) {
  const result = [];
  for (const tag of tags) {
    let index = result.length;
    for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
      const previous = result[previousIndex];
      if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
        index = previousIndex;
        break;
      }
    }
    result[index] = tag;
  }
  return result;
}
var Schema = class Schema2 {
  tags;
  /** @internal */
  implicitScalarTags;
  /**
  * Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
  * the resolvers that may match that key, in schema order; a key absent from
  * the map uses
  * {@link Schema.implicitScalarAnyFirstChar}
  * (resolvers that declared no first-char constraint, so they apply to any
  * first character).
  */
  implicitScalarByFirstChar;
  implicitScalarAnyFirstChar;
  /**
  * The default scalar tag (`!!str`), resolved once so the composer's fallback
  * for unresolved plain scalars avoids a keyed lookup per scalar.
  *
  * @internal
  */
  defaultScalarTag;
  /**
  * The default container tags (`!!seq` / `!!map`), used by the dumper: when a
  * value is identified by its default tag, the tag is implicit and not
  * printed. Undefined if the schema does not define them (then such values
  * can't be dumped).
  *
  * @internal
  */
  defaultSequenceTag;
  /** @internal */
  defaultMappingTag;
  exact;
  prefix;
  constructor(tags) {
    const compiledTags = compileTags(tags);
    const implicitScalarTags = [];
    const exact = createTagDefinitionMap();
    const prefix = createTagDefinitionListMap();
    for (const tag of compiledTags) {
      if (tag.nodeKind === "scalar" && tag.implicit) {
        if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
        implicitScalarTags.push(tag);
      }
      switch (tag.nodeKind) {
        case "scalar":
          if (tag.matchByTagPrefix) prefix.scalar.push(tag);
          else exact.scalar[tag.tagName] = tag;
          break;
        case "sequence":
          if (tag.matchByTagPrefix) prefix.sequence.push(tag);
          else exact.sequence[tag.tagName] = tag;
          break;
        case "mapping":
          if (tag.matchByTagPrefix) prefix.mapping.push(tag);
          else exact.mapping[tag.tagName] = tag;
      }
    }
    const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
    const keys = /* @__PURE__ */ new Set();
    for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key2 of tag.implicitFirstChars) keys.add(key2);
    const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
    for (const key2 of keys) implicitScalarByFirstChar.set(key2, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key2) !== -1));
    const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
    if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
    this.tags = compiledTags;
    this.implicitScalarTags = implicitScalarTags;
    this.implicitScalarByFirstChar = implicitScalarByFirstChar;
    this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
    this.defaultScalarTag = defaultScalarTag;
    this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
    this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
    this.exact = exact;
    this.prefix = prefix;
  }
  /** @internal */
  lookupScalarTag(tagName) {
    const exactTag = this.exact.scalar[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupSequenceTag(tagName) {
    const exactTag = this.exact.sequence[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupMappingTag(tagName) {
    const exactTag = this.exact.mapping[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  resolveImplicitScalarTag(source) {
    const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
    for (const tag2 of candidates) {
      const value = tag2.resolve(source, false, tag2.tagName);
      if (value !== NOT_RESOLVED) return {
        value,
        tag: tag2
      };
    }
    const tag = this.defaultScalarTag;
    return {
      value: tag.resolve(source, false, tag.tagName),
      tag
    };
  }
  /**
  * Creates a new schema with the specified tags added. If a tag already
  * exists, it is replaced by the specified tag.
  *
  * @example
  *
  * ```javascript
  * import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
  *
  * const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
  * ```
  */
  withTags(...tags) {
    let flatTags = [];
    for (const tag of tags) flatTags = flatTags.concat(tag);
    return new Schema2([...this.tags, ...flatTags]);
  }
};
var FAILSAFE_SCHEMA = new Schema([
  strTag,
  seqTag,
  mapTag
]);
var JSON_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullJsonTag,
  boolJsonTag,
  intJsonTag,
  floatJsonTag
]);
var CORE_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullCoreTag,
  boolCoreTag,
  intCoreTag,
  floatCoreTag
]);
var YAML11_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullYaml11Tag,
  boolYaml11Tag,
  intYaml11Tag,
  floatYaml11Tag,
  timestampTag,
  mergeTag,
  binaryTag,
  omapTag,
  pairsTag,
  setTag
]);
var DUMP_SCHEMA = YAML11_SCHEMA.withTags({
  ...intYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = intYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
  }
}, {
  ...floatYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
  }
});
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => /* @__PURE__ */ new Map(),
  addPair: (container, key2, value) => {
    container.set(key2, value);
    return "";
  },
  has: (container, key2) => container.has(key2),
  keys: (container) => container.keys(),
  get: (container, key2) => container.get(key2),
  identify: (data) => data instanceof Map || isPlainObject(data),
  represent: (data) => {
    if (data instanceof Map) return data;
    const map = /* @__PURE__ */ new Map();
    const obj = data;
    for (const key2 of Object.keys(obj)) map.set(key2, obj[key2]);
    return map;
  }
});
function normalizeKey(key2) {
  if (Array.isArray(key2)) {
    const array = Array.prototype.slice.call(key2);
    for (let index = 0; index < array.length; index++) {
      if (Array.isArray(array[index])) return null;
      if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
    }
    return String(array);
  }
  if (typeof key2 === "object" && Object.prototype.toString.call(key2) === "[object Object]") return "[object Object]";
  return String(key2);
}
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key2 of Object.keys(o)) map.set(key2, o[key2]);
    return map;
  },
  addPair: (container, key2, value) => {
    const normalizedKey = normalizeKey(key2);
    if (normalizedKey === null) return "nested arrays are not supported inside keys";
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key2) => {
    const normalizedKey = normalizeKey(key2);
    return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
  },
  keys: (container) => Object.keys(container),
  get: (container, key2) => {
    const normalizedKey = String(key2);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var DEFAULT_SNIPPET_OPTIONS = {
  maxLength: 79,
  indent: 1,
  linesBefore: 3,
  linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
  let head = "";
  let tail = "";
  const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
  if (position - lineStart > maxHalfLength) {
    head = " ... ";
    lineStart = position - maxHalfLength + head.length;
  }
  if (lineEnd - position > maxHalfLength) {
    tail = " ...";
    lineEnd = position + maxHalfLength - tail.length;
  }
  return {
    str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
    pos: position - lineStart + head.length
  };
}
function padStart(string, max) {
  return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
  if (!mark.buffer) return null;
  const opts = {
    ...DEFAULT_SNIPPET_OPTIONS,
    ...options
  };
  const re = /\r?\n|\r|\0/g;
  const lineStarts = [0];
  const lineEnds = [];
  let match;
  let foundLineNo = -1;
  while (match = re.exec(mark.buffer)) {
    lineEnds.push(match.index);
    lineStarts.push(match.index + match[0].length);
    if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
  }
  if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
  let result = "";
  const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
  const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
  for (let i = 1; i <= opts.linesBefore; i++) {
    if (foundLineNo - i < 0) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
    result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line2.str}
${result}`;
  }
  const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
  result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}
`;
  result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^
`;
  for (let i = 1; i <= opts.linesAfter; i++) {
    if (foundLineNo + i >= lineEnds.length) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
    result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line2.str}
`;
  }
  return result.replace(/\n$/, "");
}
function formatError(exception, compact) {
  let where3 = "";
  if (!exception.mark) return exception.reason;
  if (exception.mark.name) where3 += `in "${exception.mark.name}" `;
  where3 += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
  if (!compact && exception.mark.snippet) where3 += `

${exception.mark.snippet}`;
  return `${exception.reason} ${where3}`;
}
var YAMLException = class YAMLException2 extends Error {
  reason;
  mark;
  /**
  * Optional `mark` contains source snippet data. Usually, use
  * {@link YAMLException.throwAt} instead of passing it directly.
  */
  constructor(reason, mark) {
    super();
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
  }
  /**
  * Returns the formatted error, omitting the source snippet in compact mode.
  */
  toString(compact) {
    return `${this.name}: ${formatError(this, compact)}`;
  }
  /**
  * Builds a YAMLException with a source snippet and throws it. `source` is
  * the raw input text; `position` is an offset into it.
  */
  static throwAt(source, position, message, filename = "") {
    let line = 0;
    let lineStart = 0;
    for (let index = 0; index < position; index++) {
      const ch = source.charCodeAt(index);
      if (ch === 10) {
        line++;
        lineStart = index + 1;
      } else if (ch === 13) {
        line++;
        if (source.charCodeAt(index + 1) === 10) index++;
        lineStart = index + 1;
      }
    }
    const mark = {
      name: filename,
      buffer: source,
      position,
      line,
      column: position - lineStart
    };
    mark.snippet = makeSnippet(mark);
    throw new YAMLException2(message, mark);
  }
};
var EVENT_ID = {
  DOCUMENT: 1,
  SEQUENCE: 2,
  MAPPING: 3,
  SCALAR: 4,
  ALIAS: 5,
  POP: 6
};
var SCALAR_STYLE = {
  PLAIN: 1,
  SINGLE_QUOTED: 2,
  DOUBLE_QUOTED: 3,
  LITERAL_BLOCK: 4,
  FOLDED_BLOCK: 5
};
var COLLECTION_STYLE = {
  BLOCK: 1,
  FLOW: 2
};
var CHOMPING_MODE = {
  CLIP: 1,
  STRIP: 2,
  KEEP: 3
};
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
  switch (c) {
    case 48:
      return "\0";
    case 97:
      return "\x07";
    case 98:
      return "\b";
    case 116:
      return "	";
    case 9:
      return "	";
    case 110:
      return "\n";
    case 118:
      return "\v";
    case 102:
      return "\f";
    case 114:
      return "\r";
    case 101:
      return "\x1B";
    case 32:
      return " ";
    case 34:
      return '"';
    case 47:
      return "/";
    case 92:
      return "\\";
    case 78:
      return "\x85";
    case 95:
      return "\xA0";
    case 76:
      return "\u2028";
    case 80:
      return "\u2029";
    default:
      return "";
  }
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
  simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
  simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
  if (c <= 65535) return String.fromCharCode(c);
  return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
  if (c >= 48 && c <= 57) return c - 48;
  return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  return 8;
}
function skipFoldedBreaks(input, position, end) {
  let breaks = 0;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10) {
      breaks++;
      position++;
    } else if (ch === 13) {
      breaks++;
      position++;
      if (input.charCodeAt(position) === 10) position++;
    } else if (ch === 32 || ch === 9) position++;
    else break;
  }
  return {
    position,
    breaks
  };
}
function foldedBreaks(count) {
  if (count === 1) return " ";
  return "\n".repeat(count - 1);
}
function getPlainValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 39) {
      result += input.slice(captureStart, position) + "'";
      position += 2;
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 92) {
      result += input.slice(captureStart, position);
      position++;
      const escaped = input.charCodeAt(position);
      if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
      else if (escaped < 256 && simpleEscapeCheck[escaped]) {
        result += simpleEscapeMap[escaped];
        position++;
      } else {
        let hexLength = escapedHexLen$1(escaped);
        let hexResult = 0;
        for (; hexLength > 0; hexLength--) {
          position++;
          const digit = fromHexCode$1(input.charCodeAt(position));
          hexResult = (hexResult << 4) + digit;
        }
        result += charFromCodepoint(hexResult);
        position++;
      }
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
  const textIndent = indent < 0 ? 0 : indent;
  const region = input.slice(start, end).replace(/\r\n?/g, "\n");
  const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
  let result = "";
  let didReadContent = false;
  let emptyLines = 0;
  let atMoreIndented = false;
  for (const line of lines) {
    let column = 0;
    while (column < textIndent && line.charCodeAt(column) === 32) column++;
    if (indent < 0 || column >= line.length) {
      emptyLines++;
      continue;
    }
    const content = line.slice(textIndent);
    const first = content.charCodeAt(0);
    if (folded) {
      if (first === 32 || first === 9) {
        atMoreIndented = true;
        result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
      } else if (atMoreIndented) {
        atMoreIndented = false;
        result += "\n".repeat(emptyLines + 1);
      } else if (emptyLines === 0) {
        if (didReadContent) result += " ";
      } else result += "\n".repeat(emptyLines);
    } else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
    result += content;
    didReadContent = true;
    emptyLines = 0;
  }
  if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
  else if (chomping !== CHOMPING_MODE.STRIP) {
    if (didReadContent) result += "\n";
  }
  return result;
}
function getScalarValue(input, scalar) {
  if (scalar.valueStart === NO_RANGE$3) return "";
  const { valueStart, valueEnd } = scalar;
  if (scalar.fast) return input.slice(valueStart, valueEnd);
  switch (scalar.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
      return getSingleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return getDoubleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.LITERAL_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
    case SCALAR_STYLE.FOLDED_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
    default:
      return getPlainValue(input, valueStart, valueEnd);
  }
}
var DEFAULT_TAG_HANDLERS = Object.assign(/* @__PURE__ */ Object.create(null), {
  "!": "!",
  "!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
  filename: "",
  schema: CORE_SCHEMA,
  json: false,
  maxTotalMergeKeys: 1e4,
  maxAliases: -1
};
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
  filename: "",
  maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
  state.events.push({
    type: EVENT_ID.DOCUMENT,
    explicitStart,
    explicitEnd,
    directives: state.directives
  });
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.SEQUENCE,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.MAPPING,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function insertFlowPairMappingEvent(state, snapshot) {
  state.events.splice(snapshot.eventsLength, 0, {
    type: EVENT_ID.MAPPING,
    start: snapshot.position,
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1,
    style: COLLECTION_STYLE.FLOW
  });
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
  state.events.push({
    type: EVENT_ID.SCALAR,
    valueStart,
    valueEnd,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style,
    chomping,
    indent,
    fast
  });
}
function addAliasEvent(state, anchorStart, anchorEnd) {
  state.events.push({
    type: EVENT_ID.ALIAS,
    anchorStart,
    anchorEnd
  });
}
function addPopEvent(state) {
  state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
  addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
  return {
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1
  };
}
function snapshotState(state) {
  return {
    position: state.position,
    line: state.line,
    lineStart: state.lineStart,
    lineIndent: state.lineIndent,
    firstTabInLine: state.firstTabInLine,
    eventsLength: state.events.length
  };
}
function restoreState(state, snapshot) {
  state.position = snapshot.position;
  state.line = snapshot.line;
  state.lineStart = snapshot.lineStart;
  state.lineIndent = snapshot.lineIndent;
  state.firstTabInLine = snapshot.firstTabInLine;
  state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
  YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
  return c === 10 || c === 13;
}
function isWhiteSpace(c) {
  return c === 9 || c === 32;
}
function isWsOrEol(c) {
  return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
  return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
  return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
  if (c >= 48 && c <= 57) return c - 48;
  const lc = c | 32;
  if (lc >= 97 && lc <= 102) return lc - 97 + 10;
  return -1;
}
function escapedHexLen(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  if (c === 85) return 8;
  return 0;
}
function isSimpleEscape(c) {
  return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
  if (state.input.charCodeAt(state.position) === 10) state.position++;
  else {
    state.position++;
    if (state.input.charCodeAt(state.position) === 10) state.position++;
  }
  state.line++;
  state.lineStart = state.position;
  state.lineIndent = 0;
  state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
  let lineBreaks = 0;
  let ch = state.input.charCodeAt(state.position);
  let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
  while (ch !== 0) {
    while (isWhiteSpace(ch)) {
      hasSeparation = true;
      if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
      ch = state.input.charCodeAt(++state.position);
    }
    if (allowComments && hasSeparation && ch === 35) do
      ch = state.input.charCodeAt(++state.position);
    while (!isEol(ch) && ch !== 0);
    if (!isEol(ch)) break;
    consumeLineBreak(state);
    lineBreaks++;
    hasSeparation = true;
    ch = state.input.charCodeAt(state.position);
    while (ch === 32) {
      state.lineIndent++;
      ch = state.input.charCodeAt(++state.position);
    }
  }
  return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
  const ch = state.input.charCodeAt(position);
  if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
    const following = state.input.charCodeAt(position + 3);
    return following === 0 || isWsOrEol(following);
  }
  return false;
}
function skipByteOrderMark(state) {
  if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
    state.position++;
    state.lineStart = state.position;
  }
}
function testDocumentBoundary(state) {
  if (state.position !== state.lineStart) return false;
  if (testDocumentSeparator(state)) return true;
  if (state.input.charCodeAt(state.position) !== 65279) return false;
  const snapshot = snapshotState(state);
  skipByteOrderMark(state);
  skipSeparationSpace(state, true);
  const ch = state.input.charCodeAt(state.position);
  const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
  restoreState(state, snapshot);
  return result;
}
function skipUntilLineEnd(state) {
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
  const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
  if (match !== null) {
    state.position = start + match.index + match[0].length - 1;
    throwError(state, "the stream contains non-printable characters");
  }
}
function readTagProperty(state, props, inFlow) {
  if (state.input.charCodeAt(state.position) !== 33) return false;
  if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
  const start = state.position;
  let isVerbatim = false;
  let isNamed = false;
  let tagHandle = "!";
  let ch = state.input.charCodeAt(++state.position);
  if (ch === 60) {
    isVerbatim = true;
    ch = state.input.charCodeAt(++state.position);
  } else if (ch === 33) {
    isNamed = true;
    tagHandle = "!!";
    ch = state.input.charCodeAt(++state.position);
  }
  let suffixStart = state.position;
  let tagName;
  if (isVerbatim) {
    while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
    if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
    tagName = state.input.slice(suffixStart, state.position);
    state.position++;
  } else {
    while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
      if (ch === 33) {
        if (!isNamed) {
          tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
          if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
          isNamed = true;
          suffixStart = state.position + 1;
        } else throwError(state, "tag suffix cannot contain exclamation marks");
      }
      ch = state.input.charCodeAt(++state.position);
    }
    tagName = state.input.slice(suffixStart, state.position);
    if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
  }
  if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
  if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
  props.tagStart = start;
  props.tagEnd = state.position;
  return true;
}
function readAnchorProperty(state, props) {
  if (state.input.charCodeAt(state.position) !== 38) return false;
  if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
  props.anchorStart = start;
  props.anchorEnd = state.position;
  return true;
}
function readAlias(state, props) {
  if (state.input.charCodeAt(state.position) !== 42) return false;
  if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
  addAliasEvent(state, start, state.position);
  return true;
}
function readFlowScalarBreak(state, nodeIndent) {
  skipSeparationSpace(state, false);
  if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 39) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 39) {
      if (state.input.charCodeAt(state.position + 1) === 39) {
        simple = false;
        state.position += 2;
        continue;
      }
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 34) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 34) {
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (ch === 92) {
      simple = false;
      const escaped = state.input.charCodeAt(++state.position);
      if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
      else if (isSimpleEscape(escaped)) state.position++;
      else {
        let hexLength = escapedHexLen(escaped);
        if (hexLength === 0) throwError(state, "unknown escape sequence");
        while (hexLength-- > 0) {
          state.position++;
          if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
        }
        state.position++;
      }
    } else if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  let chomping = CHOMPING_MODE.CLIP;
  let indent = -1;
  let detectedIndent = false;
  if (ch !== 124 && ch !== 62) return false;
  const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    const current = state.input.charCodeAt(state.position);
    const digit = fromDecimalCode(current);
    if (current === 43 || current === 45) {
      if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
      chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
      state.position++;
    } else if (digit >= 0) {
      if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
      if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
      indent = parentIndent + digit - 1;
      detectedIndent = true;
      state.position++;
    } else break;
  }
  let hadWhitespace = false;
  while (isWhiteSpace(state.input.charCodeAt(state.position))) {
    hadWhitespace = true;
    state.position++;
  }
  if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
  let contentIndent = detectedIndent ? indent : -1;
  let maxLeadingIndent = 0;
  const valueStart = state.position;
  let valueEnd = state.position;
  while (state.input.charCodeAt(state.position) !== 0) {
    const linePosition = state.position;
    let column = 0;
    while (state.input.charCodeAt(linePosition + column) === 32) column++;
    const first = state.input.charCodeAt(linePosition + column);
    if (first === 0) {
      if (contentIndent >= 0) {
        if (column > contentIndent) valueEnd = linePosition + column;
      } else if (column > 0) valueEnd = linePosition + column;
      break;
    }
    if (testDocumentBoundary(state)) break;
    if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
    if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
      if (first === 9 && column < parentIndent) {
        state.position = linePosition + column;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (column >= parentIndent && column < maxLeadingIndent) {
        state.position = linePosition + column;
        throwError(state, "bad indentation of a mapping entry");
      }
    }
    if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
    const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
    if (first !== 0 && !isEol(first) && column < requiredIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    skipUntilLineEnd(state);
    valueEnd = state.position;
    if (isEol(state.input.charCodeAt(state.position))) {
      consumeLineBreak(state);
      valueEnd = state.position;
    }
  }
  checkPrintable(state, valueStart, valueEnd);
  addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
  return true;
}
function canStartPlainScalar(state, nodeContext) {
  const ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
  if (ch === 63 || ch === 45) {
    const following = state.input.charCodeAt(state.position + 1);
    if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
  }
  return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
  if (!canStartPlainScalar(state, nodeContext)) return false;
  const start = state.position;
  let end = state.position;
  let ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  let multiline = false;
  while (ch !== 0) {
    if (testDocumentBoundary(state)) break;
    if (ch === 58) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
    } else if (ch === 35) {
      if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
    } else if (inFlow && isFlowIndicator(ch)) break;
    else if (isEol(ch)) {
      const savedPosition = state.position;
      const savedLine = state.line;
      const savedLineStart = state.lineStart;
      const savedLineIndent = state.lineIndent;
      skipSeparationSpace(state, false);
      if (state.lineIndent >= nodeIndent) {
        multiline = true;
        ch = state.input.charCodeAt(state.position);
        continue;
      }
      state.position = savedPosition;
      state.line = savedLine;
      state.lineStart = savedLineStart;
      state.lineIndent = savedLineIndent;
      break;
    }
    if (!isWhiteSpace(ch)) end = state.position + 1;
    ch = state.input.charCodeAt(++state.position);
  }
  if (end === start) return false;
  checkPrintable(state, start, end);
  addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
  return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
  const startLine = state.line;
  skipSeparationSpace(state, true);
  if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  const isMapping = ch === 123;
  const start = state.position;
  let readNext = true;
  if (ch !== 91 && ch !== 123) return false;
  const terminator = isMapping ? 125 : 93;
  if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    skipFlowSeparationSpace(state, nodeIndent);
    let ch2 = state.input.charCodeAt(state.position);
    if (ch2 === terminator) {
      state.position++;
      addPopEvent(state);
      return true;
    } else if (!readNext) throwError(state, "missed comma between flow collection entries");
    else if (ch2 === 44) throwError(state, "expected the node content, but found ','");
    let isPair = false;
    let isExplicitPair = false;
    if (ch2 === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
      isPair = isExplicitPair = true;
      state.position += 1;
      skipFlowSeparationSpace(state, nodeIndent);
    }
    const entryLine = state.line;
    const entryStart = snapshotState(state);
    const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
    skipFlowSeparationSpace(state, nodeIndent);
    ch2 = state.input.charCodeAt(state.position);
    if ((isMapping || isExplicitPair || state.line === entryLine) && ch2 === 58) {
      isPair = true;
      state.position++;
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) {
        insertFlowPairMappingEvent(state, entryStart);
        if (!keyWasRead) addEmptyScalarEvent(state);
      } else if (!keyWasRead) addEmptyScalarEvent(state);
      if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) addPopEvent(state);
    } else if (isMapping && isPair) {
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
    } else if (isMapping) addEmptyScalarEvent(state);
    else if (isPair) {
      insertFlowPairMappingEvent(state, entryStart);
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
      addPopEvent(state);
    }
    ch2 = state.input.charCodeAt(state.position);
    if (ch2 === 44) {
      readNext = true;
      state.position++;
    } else readNext = false;
  }
  throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
  if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
  addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
  while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
    if (state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const entryLine = state.line;
    state.position++;
    const hadBreak = skipSeparationSpace(state, true) > 0;
    if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
    if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
    else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
    skipSeparationSpace(state, true);
    if (state.lineIndent < nodeIndent || state.position >= state.length) break;
    if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
    if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
  }
  addPopEvent(state);
  return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
  let atExplicitKey = false;
  let detected = false;
  let mappingOpened = false;
  let pendingExplicitKey = false;
  if (state.firstTabInLine !== -1) return false;
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0) {
    if (!atExplicitKey && state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const following = state.input.charCodeAt(state.position + 1);
    const entryLine = state.line;
    if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
      if (!mappingOpened) {
        addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
        mappingOpened = true;
      }
      if (ch === 63) {
        if (atExplicitKey) addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = true;
      } else if (atExplicitKey) atExplicitKey = false;
      else {
        addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = false;
      }
      state.position += 1;
      pendingExplicitKey = true;
    } else {
      if (atExplicitKey) {
        addEmptyScalarEvent(state);
        atExplicitKey = false;
      }
      const beforeKey = snapshotState(state);
      if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
      if (state.line === entryLine) {
        ch = state.input.charCodeAt(state.position);
        while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
        if (ch === 58) {
          ch = state.input.charCodeAt(++state.position);
          if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
          if (!mappingOpened) {
            state.events.splice(beforeKey.eventsLength, 0, {
              type: EVENT_ID.MAPPING,
              start: beforeKey.position,
              anchorStart: props.anchorStart,
              anchorEnd: props.anchorEnd,
              tagStart: props.tagStart,
              tagEnd: props.tagEnd,
              style: COLLECTION_STYLE.BLOCK
            });
            mappingOpened = true;
          }
          detected = true;
          atExplicitKey = false;
          pendingExplicitKey = false;
        } else if (detected) throwError(state, "expected ':' after a mapping key");
        else {
          if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
            restoreState(state, beforeKey);
            return false;
          }
          return true;
        }
      } else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
      else {
        if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
          restoreState(state, beforeKey);
          return false;
        }
        return true;
      }
    }
    if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
    if (!atExplicitKey) {
      if (pendingExplicitKey) {
        addEmptyScalarEvent(state);
        pendingExplicitKey = false;
      }
    }
    skipSeparationSpace(state, true);
    ch = state.input.charCodeAt(state.position);
    if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
    else if (state.lineIndent < nodeIndent) break;
  }
  if (!detected) return false;
  if (atExplicitKey) addEmptyScalarEvent(state);
  if (mappingOpened) addPopEvent(state);
  return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
  if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
  state.depth++;
  let indentStatus = 1;
  let atNewLine = false;
  let hasContent = false;
  let propertyStart = null;
  const props = emptyProperties();
  let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
  let allowBlockCollections = allowBlockScalars;
  const allowBlockStyles = allowBlockScalars;
  if (allowToSeek && skipSeparationSpace(state, true)) {
    atNewLine = true;
    if (state.lineIndent > parentIndent) indentStatus = 1;
    else if (state.lineIndent === parentIndent) indentStatus = 0;
    else indentStatus = -1;
  }
  if (indentStatus === 1) while (true) {
    const ch = state.input.charCodeAt(state.position);
    const propertyState = snapshotState(state);
    if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
    if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
      const fallbackState = snapshotState(state);
      const flowIndent = parentIndent + 1;
      if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
        state.depth--;
        return true;
      }
      restoreState(state, fallbackState);
    }
    if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
    if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
    if (propertyStart === null) propertyStart = propertyState;
    if (skipSeparationSpace(state, true)) {
      atNewLine = true;
      allowBlockCollections = allowBlockStyles;
      if (state.lineIndent > parentIndent) indentStatus = 1;
      else if (state.lineIndent === parentIndent) indentStatus = 0;
      else indentStatus = -1;
    } else allowBlockCollections = false;
  }
  if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
  if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
    const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
    const blockIndent = state.position - state.lineStart;
    if (indentStatus === 1) {
      if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
      else {
        const ch = state.input.charCodeAt(state.position);
        if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
          const fallbackState = snapshotState(state);
          const propertyIndent = propertyStart.position - propertyStart.lineStart;
          restoreState(state, propertyStart);
          if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
          else restoreState(state, fallbackState);
        }
        if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
      }
    } else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
  }
  allowBlockScalars = allowBlockScalars && !hasContent;
  if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
    addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
    hasContent = true;
  }
  state.depth--;
  return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
  if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
  state.position++;
  const nameStart = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
  const name = state.input.slice(nameStart, state.position);
  const args = [];
  if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
  while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
    while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
    if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
    const start = state.position;
    while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
    args.push(state.input.slice(start, state.position));
  }
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  if (name === "YAML") {
    if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
    if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
    const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
    if (match === null) throwError(state, "ill-formed argument of the YAML directive");
    if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
    state.directives.push({
      kind: "yaml",
      version: args[0]
    });
  } else if (name === "TAG") {
    if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
    const [handle, prefix] = args;
    if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
    if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
    if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
    state.tagHandlers[handle] = prefix;
    state.directives.push({
      kind: "tag",
      handle,
      prefix
    });
  }
  return true;
}
function readDocument(state) {
  state.directives = [];
  state.tagHandlers = /* @__PURE__ */ Object.create(null);
  let hasDirectives = false;
  skipSeparationSpace(state, true);
  while (readDirective(state)) {
    hasDirectives = true;
    skipSeparationSpace(state, true);
  }
  let explicitStart = false;
  let explicitEnd = false;
  let allowCompact = true;
  if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
    explicitStart = true;
    const markerLine = state.line;
    state.position += 3;
    skipSeparationSpace(state, true);
    allowCompact = state.line > markerLine;
  } else if (hasDirectives) throwError(state, "directives end mark is expected");
  const documentEventIndex = state.events.length;
  if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
    state.position += 3;
    skipSeparationSpace(state, true);
    return;
  }
  addDocumentEvent(state, explicitStart, false);
  if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
  skipSeparationSpace(state, true);
  if (state.position === state.lineStart && testDocumentSeparator(state)) {
    explicitEnd = state.input.charCodeAt(state.position) === 46;
    if (explicitEnd) {
      const markerLine = state.line;
      state.position += 3;
      skipSeparationSpace(state, true);
      if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
    }
  }
  const documentEvent = state.events[documentEventIndex];
  if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
  addPopEvent(state);
  if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
function parseEvents(input, options) {
  const length = input.length;
  const state = {
    ...DEFAULT_PARSER_OPTIONS,
    ...options,
    input: `${input}\0`,
    length,
    position: 0,
    line: 0,
    lineStart: 0,
    lineIndent: 0,
    firstTabInLine: -1,
    depth: 0,
    directives: [],
    tagHandlers: /* @__PURE__ */ Object.create(null),
    events: []
  };
  const nullpos = input.indexOf("\0");
  if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
  while (state.position < state.length) {
    skipByteOrderMark(state);
    skipSeparationSpace(state, true);
    if (state.position >= state.length) break;
    const documentStart = state.position;
    readDocument(state);
    if (state.position === documentStart)
      throwError(state, "can not read a document");
  }
  return state.events;
}
var DEFAULT_LOAD_OPTIONS = {
  ...DEFAULT_PARSER_OPTIONS,
  ...DEFAULT_CONSTRUCTOR_OPTIONS
};
function hasBit(mask, bit) {
  return (mask & 1 << bit) !== 0;
}
var DEFAULT_SCALAR_STYLE_RULES = {
  applyQuoteFlowKeysOption,
  doubleQuoteForInvisibles,
  doubleQuoteWhitespaceOnly,
  applyForceQuotesOption,
  tryLongOrMultilineAsBlock,
  quoteInvalidPlain,
  fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
  if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
  return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
  if (!layout.presenterOptions.quoteFlowKeys) return;
  if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
  layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
  if (!layout.presenterOptions.forceQuotes) return;
  if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
  if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
  layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
  if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
  const value = layout.node.value;
  const multiline = value.indexOf("\n") !== -1;
  if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
    if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
    return;
  }
  const w = layout.presenterOptions.lineWidth;
  if (w === -1) {
    if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
    return;
  }
  const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
  let position = 0;
  let shouldFold = false;
  while (position <= value.length) {
    let lineEnd = value.length;
    const nextLineBreak = value.indexOf("\n", position);
    if (nextLineBreak !== -1) lineEnd = nextLineBreak;
    const line = value.slice(position, lineEnd);
    if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
    if (nextLineBreak === -1) break;
    position = nextLineBreak + 1;
  }
  if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
  else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
  if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var DEFAULT_PRESENTER_OPTIONS = {
  indent: 2,
  seqNoIndent: false,
  seqInlineFirst: true,
  lineWidth: 80,
  flowBracketPadding: false,
  flowSkipCommaSpace: false,
  flowSkipColonSpace: false,
  quoteFlowKeys: false,
  quoteStyle: "single",
  forceQuotes: false,
  scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
  tagBeforeAnchor: false
};
var DEFAULT_DUMP_OPTIONS = {
  ...DEFAULT_PRESENTER_OPTIONS,
  schema: DUMP_SCHEMA,
  skipInvalid: false,
  noRefs: false,
  flowLevel: -1,
  sortKeys: false,
  transform: () => {
  }
};
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
var EVENT_MAPPING = EVENT_ID.MAPPING;
var EVENT_SCALAR = EVENT_ID.SCALAR;
var EVENT_ALIAS = EVENT_ID.ALIAS;
var EVENT_POP = EVENT_ID.POP;
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;

// src/drift/yaml-source.ts
function isMap(node) {
  return node?.kind === "map";
}
function isSeq(node) {
  return node?.kind === "seq";
}
function isScalar(node) {
  return node?.kind === "scalar";
}
function locator(text) {
  let starts;
  return (offset) => {
    if (!starts) {
      starts = [0];
      for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = low + high + 1 >> 1;
      if (starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low] + 1 };
  };
}
var NotOneDocument = class extends Error {
  constructor(offset) {
    super("it holds more than one YAML document");
    this.offset = offset;
  }
  offset;
};
var AliasesTooLarge = class extends Error {
  constructor(offset, limit) {
    super(`its aliases expand to more than ${limit} nodes`);
    this.offset = offset;
  }
  offset;
};
var AliasBudget = class {
  constructor(perFile = 1e5, remaining = 1e6) {
    this.perFile = perFile;
    this.remaining = remaining;
  }
  perFile;
  remaining;
};
function parseYamlFile(path, contents, aliases = new AliasBudget()) {
  const locate = locator(contents);
  try {
    const root = buildTree(contents, parseEvents(contents, { filename: path }), aliases);
    return { ok: true, file: { path, text: contents, root, locate } };
  } catch (error) {
    if (error instanceof RangeError) {
      return { ok: false, finding: unreadYaml(path, { line: 1, column: 1 }, "over-budget", "it nests too deeply to read") };
    }
    if (!(error instanceof YAMLException || error instanceof NotOneDocument || error instanceof AliasesTooLarge)) throw error;
    const offset = error instanceof YAMLException ? Math.max(error.mark?.position ?? 0, 0) : error.offset;
    const reason = error instanceof YAMLException ? error.reason : error.message;
    const rule = error instanceof AliasesTooLarge ? "over-budget" : "parse-error";
    return {
      ok: false,
      finding: unreadYaml(path, locate(offset), rule, rule === "parse-error" ? `is not valid YAML: ${reason}` : `was not read: ${reason}`)
    };
  }
}
function unreadYaml(path, at, rule, problem) {
  return {
    file: path,
    ...at,
    rule,
    message: `${path} ${problem}; no Go version in it was checked.`,
    found: null,
    expected: null
  };
}
var CORE_SCALAR_TAGS = [nullCoreTag, boolCoreTag, intCoreTag, floatCoreTag];
function typedPlain(source) {
  for (const tag of CORE_SCALAR_TAGS) {
    const value = tag.resolve(source, false, tag.tagName);
    if (value !== NOT_RESOLVED) return value;
  }
  return source;
}
function scalarOffset(text, event, previousEnd) {
  if (event.valueStart === -1) return previousEnd;
  switch (event.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return event.valueStart - 1;
    case SCALAR_STYLE.LITERAL_BLOCK:
    case SCALAR_STYLE.FOLDED_BLOCK: {
      const from = Math.max(previousEnd, event.tagEnd, event.anchorEnd);
      const header = text.slice(from, event.valueStart).search(/[|>]/);
      return header === -1 ? event.valueStart : from + header;
    }
    default:
      return event.valueStart;
  }
}
function scalarNode(text, event, previousEnd) {
  const offset = scalarOffset(text, event, previousEnd);
  if (event.valueStart === -1) return { kind: "scalar", offset, value: null, source: "", plain: true };
  const source = getScalarValue(text, event);
  const plain = event.style === SCALAR_STYLE.PLAIN && event.tagStart === -1;
  return { kind: "scalar", offset, value: plain ? typedPlain(source) : source, source, plain };
}
function buildTree(text, events, aliases) {
  const anchors = /* @__PURE__ */ new Map();
  const open = [];
  let expanded = 0;
  let added = 0;
  const expandedSize = /* @__PURE__ */ new Map();
  let root;
  let documents = 0;
  let previousEnd = 0;
  const place2 = (node) => {
    const parent = open.at(-1);
    if (!parent?.node) root = node;
    else if (parent.node.kind === "seq") parent.node.items.push(node);
    else if (parent.key === void 0) parent.key = node;
    else {
      parent.node.items.push({ key: parent.key, value: node });
      parent.key = void 0;
    }
  };
  const anchor = (event, node) => {
    if (event.anchorStart !== -1) anchors.set(text.slice(event.anchorStart, event.anchorEnd), node);
  };
  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        if (++documents > 1) throw new NotOneDocument(secondDocumentOffset(text));
        open.push({ node: void 0, expandedBefore: expanded });
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        const node = event.type === EVENT_ID.MAPPING ? { kind: "map", offset: event.start, items: [] } : { kind: "seq", offset: event.start, items: [] };
        anchor(event, node);
        place2(node);
        expanded++;
        open.push({ node, expandedBefore: expanded - 1, anchored: event.anchorStart !== -1 });
        previousEnd = event.start + 1;
        break;
      }
      case EVENT_ID.SCALAR: {
        const node = scalarNode(text, event, previousEnd);
        anchor(event, node);
        place2(node);
        expanded++;
        previousEnd = Math.max(previousEnd, event.valueEnd);
        break;
      }
      case EVENT_ID.ALIAS: {
        const named = anchors.get(text.slice(event.anchorStart, event.anchorEnd));
        const cyclic = named !== void 0 && open.some((level) => level.node === named);
        place2(named && !cyclic ? named : { kind: "scalar", offset: event.anchorStart - 1, value: null, source: "", plain: true });
        const size = named && !cyclic ? expandedSize.get(named) ?? 1 : 1;
        expanded += size;
        added += size;
        if (added > aliases.perFile || added > aliases.remaining) {
          throw new AliasesTooLarge(event.anchorStart - 1, Math.min(aliases.perFile, aliases.remaining));
        }
        previousEnd = event.anchorEnd;
        break;
      }
      case EVENT_ID.POP: {
        const closed = open.pop();
        if (closed?.node && closed.anchored) expandedSize.set(closed.node, expanded - closed.expandedBefore);
        break;
      }
    }
  }
  aliases.remaining -= added;
  return root;
}
function secondDocumentOffset(text) {
  const markers = [...text.matchAll(/^---(?=\s|$)/gm)];
  const marker = markers.length > 1 && markers[0].index === 0 ? markers[1] : markers[0];
  return marker?.index ?? 0;
}
function positionOf(file, node) {
  return { file: file.path, ...file.locate(node?.offset ?? 0) };
}
function mapValue(node, key2) {
  if (!isMap(node)) return void 0;
  for (const pair of node.items) if (isScalar(pair.key) && String(pair.key.value) === key2) return pair.value;
  return void 0;
}
function mapEntries(node) {
  if (!isMap(node)) return [];
  const entries = [];
  for (const pair of node.items) if (isScalar(pair.key)) entries.push([String(pair.key.value), pair.value]);
  return entries;
}
function plainValue(node) {
  if (node === void 0) return null;
  if (node.kind === "scalar") return node.value;
  if (node.kind === "seq") return node.items.map(plainValue);
  return Object.fromEntries(mapEntries(node).map(([key2, value]) => [key2, plainValue(value)]));
}
function scalarText(node) {
  if (!isScalar(node)) return void 0;
  const value = node.value === null ? "" : String(node.value);
  const written = node.plain ? node.source : value;
  const lostDigits = typeof node.value === "number" && written !== value;
  return { value, written, lostDigits };
}

// src/drift/docker-context.ts
var UNKNOWN = { kind: "unknown" };
var ELSEWHERE = { kind: "elsewhere" };
var ROOT_PREFIX = /^(?:\$\{\{\s*github\.workspace\s*\}\}|\$\{?GITHUB_WORKSPACE\}?)(?=\/|$)/;
var CWD_PREFIX = /^(?:\$\{?PWD\}?|\$\(pwd\)|`pwd`|\$[({]CURDIR[)}])(?=\/|$)/;
var REMOTE = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@|github\.com\/)/i;
function place(written, base) {
  if (written === "-" || REMOTE.test(written)) return ELSEWHERE;
  let from = base;
  let rest = written;
  const root = ROOT_PREFIX.exec(rest);
  const cwd = root ? void 0 : CWD_PREFIX.exec(rest);
  if (root) {
    from = ".";
    rest = rest.slice(root[0].length).replace(/^\/+/, "");
  } else if (cwd) rest = rest.slice(cwd[0].length).replace(/^\/+/, "");
  if (/[$`]/.test(rest) || from === void 0) return UNKNOWN;
  if (rest.startsWith("/")) return ELSEWHERE;
  const path = posix2.normalize(posix2.join(from, rest)).replace(/\/+$/, "") || ".";
  return path === ".." || path.startsWith("../") ? ELSEWHERE : { kind: "path", path };
}
function build(context, file, fileBase) {
  if (context.kind === "elsewhere") return void 0;
  const contextPath = context.kind === "path" ? context.path : void 0;
  const dockerfile = file === void 0 ? contextPath === void 0 ? UNKNOWN : place("Dockerfile", contextPath) : place(file, fileBase);
  if (dockerfile.kind !== "path") return void 0;
  return { dockerfile: dockerfile.path, context: contextPath };
}
var FLAGS_WITHOUT_VALUE = /* @__PURE__ */ new Set([
  "--push",
  "--load",
  "--no-cache",
  "--pull",
  "-q",
  "--quiet",
  "--rm",
  "--force-rm",
  "--squash",
  "--compress",
  "--check",
  "--debug",
  "-D",
  "--disable-content-trust",
  "--layers",
  "--all-platforms",
  "--squash-all",
  "--no-hosts",
  "--omit-history",
  "--stdin"
]);
function readBuildCommand(words, start, cwd) {
  let file;
  const positional = [];
  for (let i = start; i < words.length; i++) {
    const word = words[i];
    if (word === "-f" || word === "--file") file = words[++i];
    else if (word.startsWith("--file=")) file = word.slice("--file=".length);
    else if (/^-f./.test(word)) file = word.slice(2).replace(/^=/, "");
    else if (word.startsWith("-") && word !== "-") {
      if (!word.includes("=") && !FLAGS_WITHOUT_VALUE.has(word)) i++;
    } else positional.push(word);
  }
  const context = positional.findLast((word) => !/[$`]/.test(word)) ?? positional.at(-1);
  if (context === void 0 || file === "-") return void 0;
  return build(place(context, cwd), file, cwd);
}
var BUILDER = /(?:^|\/)(?:docker|podman)$/;
function buildsInShell(script, cwd, linesApart = false) {
  const builds = [];
  for (const words of simpleCommands(script, linesApart)) {
    for (let i = 0; i < words.length; i++) {
      if (!BUILDER.test(words[i].replace(/^[@+-]+/, ""))) continue;
      const sub = words[i + 1] === "buildx" || words[i + 1] === "image" ? i + 2 : i + 1;
      if (words[sub] !== "build") continue;
      const found = readBuildCommand(words, sub + 1, cwd);
      if (found) builds.push(found);
      break;
    }
  }
  return builds;
}
function simpleCommands(script, linesApart = false) {
  const commands = [];
  let words = [];
  let word = "";
  let inWord = false;
  let quote2;
  let depth = 0;
  const endWord = () => {
    if (inWord) words.push(word);
    word = "";
    inWord = false;
  };
  const endCommand = () => {
    endWord();
    if (words.length > 0) commands.push(words);
    words = [];
  };
  for (let i = 0; i < script.length; i++) {
    const c = script[i];
    if (c === "\n" && linesApart && (quote2 !== void 0 || depth > 0)) {
      quote2 = void 0;
      depth = 0;
      endCommand();
      continue;
    }
    if (c === "\\" && quote2 !== "'") {
      const next = script[++i];
      if (next !== void 0 && next !== "\n" && next !== "\r") {
        word += next;
        inWord = true;
      } else if (next === "\r" && script[i + 1] === "\n") i++;
      continue;
    }
    if (quote2) {
      if (c === quote2) quote2 = void 0;
      else word += c;
      continue;
    }
    if (depth > 0) {
      if (c === "(" || c === "{") depth++;
      else if (c === ")" || c === "}") depth--;
      word += c;
      continue;
    }
    if (c === '"' || c === "'") {
      quote2 = c;
      inWord = true;
    } else if (c === "$" && (script[i + 1] === "(" || script[i + 1] === "{")) {
      word += c + script[++i];
      inWord = true;
      depth = 1;
    } else if (c === "#" && !inWord) {
      while (i + 1 < script.length && script[i + 1] !== "\n") i++;
    } else if (c === ";" || c === "&" || c === "|" || c === "(" || c === ")" || c === "\n") endCommand();
    else if (c === " " || c === "	" || c === "\r") endWord();
    else {
      word += c;
      inWord = true;
    }
  }
  endCommand();
  return commands;
}
function buildsInMakefile(path, text) {
  const cwd = posix2.basename(path).endsWith(".mk") ? "." : posix2.dirname(path);
  return buildsInShell(expandMakeVariables(text).replaceAll("$$", "$"), cwd, true);
}
var MAKE_DEFINITION = /^[ \t]*([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*(\?=|:{0,3}=)([^#\n]*)$/gm;
var MAKE_REFERENCE = /\$[({]([A-Za-z_][A-Za-z0-9_.-]*)[)}]/g;
var MAX_MAKE_VALUE = 256;
var MAX_MAKE_EXPANSION = 1 << 20;
function expandMakeVariables(text) {
  const values = /* @__PURE__ */ new Map();
  for (const [, name, operator, written] of text.matchAll(MAKE_DEFINITION)) {
    const value = written.trim();
    if (value.endsWith("\\") || value.length > MAX_MAKE_VALUE || operator === "?=" && values.has(name)) continue;
    values.set(name, value);
  }
  let added = 0;
  return text.replace(MAKE_REFERENCE, (reference, name) => {
    const value = values.get(name);
    if (value === void 0 || added + value.length > MAX_MAKE_EXPANSION) return reference;
    added += value.length;
    return value;
  });
}
function buildsInWorkflow(file) {
  const builds = [];
  const bakeFiles = [];
  const root = file.root;
  const workflowDirectory = defaultWorkingDirectory(root);
  for (const [, job] of mapEntries(mapValue(root, "jobs"))) {
    const jobDirectory = defaultWorkingDirectory(job) ?? workflowDirectory;
    const steps = mapValue(job, "steps");
    if (!isSeq(steps)) continue;
    for (const step of steps.items) {
      const run = scalarText(mapValue(step, "run"))?.value;
      if (run !== void 0) {
        const written = scalarText(mapValue(step, "working-directory"))?.value ?? jobDirectory ?? ".";
        const cwd = place(written, ".");
        for (const found of buildsInShell(run, cwd.kind === "path" ? cwd.path : void 0)) builds.push(found);
        continue;
      }
      const uses = scalarText(mapValue(step, "uses"))?.value ?? "";
      const inputs = mapValue(step, "with");
      const input = (name) => scalarText(mapValue(inputs, name))?.value || void 0;
      if (/^docker\/build-push-action@/i.test(uses)) {
        const found = build(actionContext(input("context")), input("file") ?? (input("context") ? void 0 : "Dockerfile"), ".");
        if (found) builds.push(found);
      } else if (/^docker\/bake-action@/i.test(uses)) {
        const workdir = place(input("workdir") ?? ".", ".");
        if (workdir.kind !== "path") continue;
        for (const name of (input("files") ?? "").split(/[\n,]/)) {
          const bake = place(name.trim(), workdir.path);
          if (name.trim() !== "" && bake.kind === "path") bakeFiles.push({ path: bake.path, workdir: workdir.path });
        }
      }
    }
  }
  return { builds, bakeFiles };
}
function defaultWorkingDirectory(node) {
  return scalarText(mapValue(mapValue(mapValue(node, "defaults"), "run"), "working-directory"))?.value;
}
function actionContext(written) {
  if (written === void 0) return { kind: "path", path: "." };
  const git = /^\{\{\s*defaultContext\s*\}\}(?::(.*))?$/.exec(written);
  return git ? place(git[1] ?? ".", ".") : place(written, ".");
}
function buildsInCompose(file) {
  const builds = [];
  const folder = posix2.dirname(file.path);
  for (const [, service] of mapEntries(mapValue(file.root, "services"))) {
    const spec = mapValue(service, "build");
    const short = isMap(spec) ? void 0 : scalarText(spec)?.value;
    const written = short ?? (isMap(spec) ? scalarText(mapValue(spec, "context"))?.value ?? "." : void 0);
    if (written === void 0) continue;
    const context = place(composeValue(written), folder);
    const writtenFile = isMap(spec) ? scalarText(mapValue(spec, "dockerfile"))?.value : void 0;
    const dockerfile = writtenFile === void 0 ? void 0 : composeValue(writtenFile);
    const base = dockerfile !== void 0 && CWD_PREFIX.test(dockerfile) ? folder : context.kind === "path" ? context.path : void 0;
    const found = build(context, dockerfile, base);
    if (found) builds.push(found);
  }
  return builds;
}
function composeValue(written) {
  return written.replace(/\$\{[A-Za-z_][A-Za-z0-9_]*:?-([^}$]*)\}/g, "$1");
}
function buildsInBake(path, text, workdir = ".") {
  const targets = path.endsWith(".json") ? bakeJsonTargets(text) : bakeHclTargets(text);
  const builds = [];
  for (const name of targets.keys()) {
    const context = inherited(targets, name, "context") ?? ".";
    const contextPlace = place(context, workdir);
    const found = build(
      contextPlace,
      inherited(targets, name, "dockerfile") ?? "Dockerfile",
      contextPlace.kind === "path" ? contextPlace.path : void 0
    );
    if (found) builds.push(found);
  }
  return builds;
}
var MAX_INHERITED_TARGETS = 32;
function inherited(targets, name, field) {
  const visited = /* @__PURE__ */ new Set();
  const queue = [name];
  for (let index = 0; index < queue.length && visited.size < MAX_INHERITED_TARGETS; index++) {
    const next = queue[index];
    if (visited.has(next)) continue;
    visited.add(next);
    const target = targets.get(next);
    if (!target) continue;
    if (target.context !== void 0 && field === "context") return target.context;
    if (target.dockerfile !== void 0 && field === "dockerfile") return target.dockerfile;
    for (const parent of target.inherits) queue.push(parent);
  }
  return void 0;
}
function bakeJsonTargets(text) {
  const targets = /* @__PURE__ */ new Map();
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    return targets;
  }
  const all = parsed?.target;
  if (typeof all !== "object" || all === null) return targets;
  for (const [name, value] of Object.entries(all)) {
    const target = typeof value === "object" && value !== null ? value : {};
    const text2 = (key2) => typeof target[key2] === "string" ? target[key2] : void 0;
    const inherits = Array.isArray(target.inherits) ? target.inherits.filter((i) => typeof i === "string") : [];
    targets.set(name, { context: text2("context"), dockerfile: text2("dockerfile"), inherits });
  }
  return targets;
}
var HCL_TARGET = /^\s*target\s+"([^"]*)"\s*\{/;
var HCL_ATTRIBUTE = /^\s*(context|dockerfile|inherits)\s*=\s*(.*)$/;
function bakeHclTargets(text) {
  const targets = /* @__PURE__ */ new Map();
  let depth = 0;
  let current;
  for (const line of text.split("\n")) {
    const opened = depth === 0 ? HCL_TARGET.exec(line) : null;
    if (opened) {
      current = { inherits: [] };
      targets.set(opened[1], current);
    } else if (current && depth === 1) {
      const attribute = HCL_ATTRIBUTE.exec(line);
      if (attribute) {
        const strings = [...attribute[2].matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((match) => match[1]);
        if (attribute[1] === "inherits") current.inherits = strings;
        else current[attribute[1]] = /^\s*"[^"]*"\s*(?:#.*|\/\/.*)?$/.test(attribute[2]) ? strings[0] : "$";
      }
    }
    depth = Math.max(0, depth + braceBalance(line));
    if (depth === 0) current = void 0;
  }
  return targets;
}
function braceBalance(line) {
  let balance = 0;
  let inString = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "#" || c === "/" && line[i + 1] === "/") break;
    else if (c === "{") balance++;
    else if (c === "}") balance--;
  }
  return balance;
}

// src/drift/golang-image.ts
var GOLANG_REPOSITORY = /^(?:[^\s/]+\/)*golang$/;
var VERSION_TAG = /^(\d+(?:\.\d+(?:\.\d+)?(?:(?:alpha|beta|rc)\d+)?)?)(?:-|$)/;
var STABLE_TAG = /^(?:latest|alpine[\d.]*|bookworm|bullseye|trixie|windowsservercore.*|nanoserver.*)$/;
function readGolangImage(reference) {
  const withoutDigest = reference.split("@")[0];
  const lastSlash = withoutDigest.lastIndexOf("/");
  const colon = withoutDigest.indexOf(":", lastSlash + 1);
  const repository = colon === -1 ? withoutDigest : withoutDigest.slice(0, colon);
  if (!GOLANG_REPOSITORY.test(repository)) return { kind: "not-golang" };
  const tag = colon === -1 ? "latest" : withoutDigest.slice(colon + 1);
  const version = VERSION_TAG.exec(tag);
  if (version) return { kind: "version", version: version[1], offset: colon + 1 };
  if (STABLE_TAG.test(tag)) return { kind: "version", version: "stable", offset: colon === -1 ? 0 : colon + 1 };
  return { kind: "floating", tag, reason: `golang:${tag} follows whatever Go the image maintainers publish under that tag` };
}

// src/drift/dockerfile.ts
var MAX_EXPANDED_LENGTH = 4096;
var MAX_SUBSTITUTIONS = 1e4;
var ExpansionTooLarge = class extends Error {
  constructor(at, reason) {
    super(reason);
    this.at = at;
  }
  at;
};
function readDockerfile(path, contents) {
  const usages = [];
  const budget = { substitutions: MAX_SUBSTITUTIONS };
  const expand = (token, args) => expandArgs(token, args, budget);
  const globalArgs = /* @__PURE__ */ new Map();
  const stages = [];
  const named = /* @__PURE__ */ new Map();
  const finish = (stage) => {
    if (!stage || !(stage.runsGo || stage.runsOther && stage.copiesContext)) return;
    for (const usage of [stage.usage, ...stage.toolchains]) {
      if (!usage) continue;
      usage.buildsModule = true;
      if (stage.needsGoMod && stage.copiesContext) usage.needsGoMod = true;
    }
  };
  const borrowFrom = (stage, from) => {
    const reference = expand(from, globalArgs);
    const earlier = named.get(reference.text.toLowerCase());
    const usage = earlier ? earlier.usage : fromUsage(from, reference, globalArgs);
    if (!usage) return;
    if (!earlier) usages.push(usage);
    stage.toolchains.push(usage);
  };
  for (const instruction of instructions(path, contents)) {
    const stage = stages.at(-1);
    switch (instruction.keyword) {
      case "ARG":
        if (!stage) for (const token of instruction.tokens) declareArg(token, globalArgs, expand);
        break;
      case "FROM": {
        finish(stage);
        const image = instruction.tokens.find((token) => !token.text.startsWith("--"));
        const asIndex = instruction.tokens.findIndex((token) => token.text.toUpperCase() === "AS");
        const name = asIndex === -1 ? void 0 : instruction.tokens[asIndex + 1]?.text.toLowerCase();
        const next = { name, runsGo: false, runsOther: false, copiesContext: false, needsGoMod: false, toolchains: [] };
        if (image) {
          const reference = expand(image, globalArgs);
          const parent = named.get(reference.text.toLowerCase());
          if (parent) next.usage = parent.usage;
          else {
            next.usage = fromUsage(image, reference, globalArgs);
            if (next.usage) usages.push(next.usage);
          }
        }
        stages.push(next);
        if (name !== void 0 && !named.has(name)) named.set(name, next);
        break;
      }
      case "COPY":
      case "ADD": {
        if (!stage) break;
        const from = fromOption(instruction.tokens);
        const sources = instruction.tokens.slice(0, -1).filter((token) => !token.text.startsWith("--"));
        if (from) borrowFrom(stage, from);
        else if (!sources.every((token) => REMOTE_SOURCE.test(token.text))) {
          stage.copiesContext = true;
          if (sources.some((token) => MODULE_FILE.test(token.text))) stage.needsGoMod = true;
        }
        break;
      }
      case "RUN":
        if (!stage) break;
        for (const mount of instruction.tokens.filter((token) => /^--mount=/i.test(token.text))) {
          const options = mount.text.slice("--mount=".length).split(",");
          const type = options.find((option) => option.startsWith("type="))?.slice("type=".length) ?? "bind";
          if (type !== "bind") continue;
          stage.copiesContext = true;
          const fromIndex = mount.text.search(/[=,]from=/i);
          if (fromIndex !== -1) {
            const start = fromIndex + ".from=".length;
            const text = mount.text.slice(start).split(",")[0];
            borrowFrom(stage, { text, at: shift(mount.at, start) });
          }
        }
        readRun(commandText(instruction.tokens), stage);
        break;
    }
  }
  finish(stages.at(-1));
  if (MAKES_OWN_MODULE.test(contents)) for (const usage of usages) usage.needsGoMod = false;
  return usages;
}
var REMOTE_SOURCE = /^["[]*(?:[a-z][a-z0-9+.-]*:\/\/|git@)/i;
var MODULE_FILE = /(?:^|[/"[])go\.(?:mod|work|\*)["',\]]*$/;
function fromOption(tokens) {
  const from = tokens.find((token) => /^--from=/i.test(token.text));
  return from && { text: from.text.slice("--from=".length), at: shift(from.at, "--from=".length) };
}
function declareArg(token, args, expand) {
  const eq = token.text.indexOf("=");
  if (eq === -1) {
    args.set(token.text, { value: void 0, at: token.at });
    return;
  }
  const name = token.text.slice(0, eq);
  const quoted = /^(["'])(.*)\1$/.exec(token.text.slice(eq + 1));
  const offset = eq + 1 + (quoted ? 1 : 0);
  const raw = { text: quoted ? quoted[2] : token.text.slice(eq + 1), at: shift(token.at, offset) };
  args.set(name, { value: expand(raw, args), at: raw.at });
}
var GO_COMMAND = /(?:^|[\s;&|(`/"'-])go["']?[\s,"']+(build|test|vet|run|generate|list|mod|get|install|tool|work)\b([^;&|\n<>]*)/g;
var BUILD_TOOL = /^(?:make|gmake)$/;
var SCRIPT = /^(?:\.{1,2}\/.+|.+\.sh|hack\/.+|scripts?\/.+)$/;
var SHELL = /^(?:\/(?:usr\/)?bin\/)?(?:ba|z|da)?sh$/;
var PACKAGE_PATTERN = /^\.{1,2}\/(?:.*\/)?\.\.\.$/;
var PREFIX = /^(?:[A-Za-z_][A-Za-z0-9_]*=.*|sudo|exec|env|time|nohup|-.*)$/;
var MAX_SHELL_NESTING = 3;
function commandText(tokens) {
  const words = tokens.filter((token) => !token.text.startsWith("--"));
  const heredoc = words.some((token) => token.text.includes("<<"));
  return words.map((token, i) => (i === 0 ? "" : heredoc && token.at.line !== words[i - 1].at.line ? "\n" : " ") + token.text).join("");
}
function runsOther(command, nesting = 0) {
  const exec = execForm(command);
  for (const words of exec ? [exec] : simpleCommands(command)) {
    const index = words.findIndex((word) => !PREFIX.test(word));
    const name = words[index];
    if (name === void 0) continue;
    if (BUILD_TOOL.test(name) || SCRIPT.test(name)) return true;
    if (words.some((word) => PACKAGE_PATTERN.test(word))) return true;
    if (!SHELL.test(name)) continue;
    const argument = words.slice(index + 1).find((word) => !word.startsWith("-") && !word.startsWith("<<"));
    const inline = words[index + 1] === "-c" ? words[index + 2] : void 0;
    if (inline !== void 0 ? nesting < MAX_SHELL_NESTING && runsOther(inline, nesting + 1) : argument !== void 0) return true;
  }
  return false;
}
function execForm(command) {
  if (!command.trimStart().startsWith("[")) return void 0;
  try {
    const parsed = JSON.parse(command);
    return Array.isArray(parsed) && parsed.every((word) => typeof word === "string") ? parsed : void 0;
  } catch {
    return void 0;
  }
}
var MAKES_OWN_MODULE = /go\s+mod\s+init\b|GO111MODULE=["']?(?:off|auto)\b/;
var GO_FLAGS_WITH_VALUE = /* @__PURE__ */ new Set(["-o", "-C", "-modfile", "-tags", "-ldflags", "-gcflags", "-p", "-run", "-exec"]);
var PACKAGE_PATH = /^\.{1,2}(?:\/|$)/;
var READS_GO_MOD = /* @__PURE__ */ new Set(["download", "tidy", "verify", "vendor", "graph", "why", "edit"]);
function goArguments(rest) {
  const words = rest.split(/[\s,"'\]]+/);
  const packages = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (GO_FLAGS_WITH_VALUE.has(word)) i++;
    else if (word !== "" && !word.startsWith("-") && !word.includes("=") && !/^\d+$/.test(word)) packages.push(word);
  }
  return packages;
}
function readRun(command, stage) {
  for (const match of command.matchAll(GO_COMMAND)) {
    const [, subcommand, rest = ""] = match;
    const packages = goArguments(rest);
    const fixedTool = (subcommand === "install" || subcommand === "get" || subcommand === "run") && packages.length > 0 && packages.every((pkg) => pkg.includes("@"));
    if (fixedTool) continue;
    stage.runsGo = true;
    const onPackages = packages.some((pkg) => PACKAGE_PATH.test(pkg) && !pkg.endsWith(".go"));
    if (onPackages || subcommand === "mod" && READS_GO_MOD.has(packages[0] ?? "")) stage.needsGoMod = true;
  }
  if (runsOther(command)) stage.runsOther = true;
}
var VARIABLE = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?::?([-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;
function originAt(expanded, offset) {
  const segment = expanded.segments.find((s) => offset >= s.start && offset < s.start + s.length);
  return segment?.at(offset - segment.start);
}
function shift(at, by) {
  return { ...at, column: at.column + by };
}
function expandArgs(token, args, budget) {
  if (token.text.length > MAX_EXPANDED_LENGTH) {
    throw new ExpansionTooLarge(token.at, `a word of ${token.text.length} characters, longer than ${MAX_EXPANDED_LENGTH}`);
  }
  const expanded = { text: "", segments: [] };
  const grow = (length) => {
    if (expanded.text.length + length > MAX_EXPANDED_LENGTH) {
      throw new ExpansionTooLarge(token.at, `ARG substitution builds a value longer than ${MAX_EXPANDED_LENGTH} characters`);
    }
  };
  const append = (text, at) => {
    grow(text.length);
    if (text !== "") expanded.segments.push({ start: expanded.text.length, length: text.length, at });
    expanded.text += text;
  };
  let last = 0;
  for (const match of token.text.matchAll(VARIABLE)) {
    const start = last;
    append(token.text.slice(last, match.index), (i) => shift(token.at, start + i));
    last = match.index + match[0].length;
    if (--budget.substitutions < 0) {
      throw new ExpansionTooLarge(token.at, `more than ${MAX_SUBSTITUTIONS} ARG substitutions`);
    }
    const [, braced, operator, word = "", bare] = match;
    const name = braced ?? bare;
    const value = args.get(name)?.value;
    const wordAt = (i) => shift(token.at, match.index + 3 + name.length + (match[0].includes(":") ? 1 : 0) + i);
    if (operator === "+") {
      if (value?.text) append(word, wordAt);
    } else if (value !== void 0 && value.text !== "") {
      grow(value.text.length);
      for (const segment of value.segments) expanded.segments.push({ ...segment, start: expanded.text.length + segment.start });
      expanded.text += value.text;
      if (value.missing !== void 0) expanded.missing ??= value.missing;
    } else if (operator === "-") {
      append(word, wordAt);
    } else {
      expanded.missing ??= name;
    }
  }
  append(token.text.slice(last), (i) => shift(token.at, last + i));
  return expanded;
}
function fromUsage(image, reference, args) {
  if (reference.missing !== void 0) {
    if (!/golang/i.test(reference.text + image.text)) return void 0;
    const missing = reference.missing;
    const reason = args.has(missing) ? `ARG ${missing} has no default, so the version comes from --build-arg at build time` : `$${missing} is not a global ARG declared before the first FROM`;
    return {
      at: image.at,
      raw: image.text,
      resolution: { values: [], unresolved: [{ reason, at: args.get(missing)?.at ?? image.at }] },
      buildsModule: false,
      needsGoMod: false
    };
  }
  const parsed = readGolangImage(reference.text);
  if (parsed.kind === "not-golang") return void 0;
  if (parsed.kind === "floating") {
    return {
      at: image.at,
      raw: image.text,
      resolution: { values: [], unresolved: [{ reason: parsed.reason, at: image.at }] },
      buildsModule: false,
      needsGoMod: false
    };
  }
  const at = originAt(reference, parsed.offset) ?? image.at;
  return {
    at: image.at,
    raw: image.text,
    resolution: { values: [{ text: parsed.version, at, via: [], lostDigits: [] }], unresolved: [] },
    buildsModule: false,
    needsGoMod: false
  };
}
var HEREDOC = /<<-?(["']?)([A-Za-z_][A-Za-z0-9_]*)\1/g;
function wordsOf(path, text, lineIndex, into) {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const blank = i === text.length || text.charCodeAt(i) <= 32;
    if (blank && start !== -1) {
      into.push({ text: text.slice(start, i), at: { file: path, line: lineIndex + 1, column: start + 1 } });
      start = -1;
    } else if (!blank && start === -1) start = i;
  }
}
function instructions(path, contents) {
  const lines = contents.split(/\r?\n/);
  const escapeCharacter = /^#\s*escape\s*=\s*`/i.test(lines[0] ?? "") ? "`" : "\\";
  const result = [];
  let current;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const trimmed = line.trim();
    if (trimmed.startsWith("#") || trimmed === "" && current === void 0) continue;
    const continues = trimmed.endsWith(escapeCharacter);
    const body = continues ? line.slice(0, line.lastIndexOf(escapeCharacter)) : line;
    current ??= [];
    wordsOf(path, body, index, current);
    if (continues) continue;
    for (const [, , terminator] of body.matchAll(HEREDOC)) {
      while (index + 1 < lines.length && lines[++index].trim() !== terminator) wordsOf(path, lines[index], index, current);
    }
    const [keyword, ...rest] = current;
    if (keyword) result.push({ keyword: keyword.text.toUpperCase(), tokens: rest });
    current = void 0;
  }
  return result;
}

// src/drift/other-ci.ts
var OTHER_CI_FILE = /^(?:\.travis\.ya?ml|\.gitlab-ci\.ya?ml|\.drone\.ya?ml|\.cirrus\.ya?ml|\.?appveyor\.ya?ml|azure-pipelines\.ya?ml|bitbucket-pipelines\.ya?ml|cloudbuild\.ya?ml|codefresh\.ya?ml|Jenkinsfile|\.woodpecker\.ya?ml|\.circleci\/config\.ya?ml|\.semaphore\/[^/]+\.ya?ml|\.buildkite\/[^/]+\.ya?ml|\.woodpecker\/[^/]+\.ya?ml|\.teamcity\/[^/]+\.kts)$/;
function isOtherCiFile(path) {
  return OTHER_CI_FILE.test(path);
}
var ABOUT_GO = /\bgo\b|golang|go[-_]?version|GOVERSION|\/go:|sem-version\s+go|gimme|(?:linux|darwin|windows)\/[a-z0-9]+\/\d/i;
var GO_LINE = /(?<![\d.@]|\bv)1\.(\d{1,2})(?:\.(?:\d{1,3}|x))?(?![\d])/g;
var GO_LIST_KEY = /^(\s*)go:\s*$/;
var SKIPPED_KEY = /^(\s*)(?:-\s*)?allow_failures:\s*$/;
var COMMENT = /(?:^|\s)(?:#|\/\/).*$/;
var LIST_ITEM = /^(\s*)-\s*["']?([^\s"'#]+)/;
function otherCiGoLines(text) {
  const named = /* @__PURE__ */ new Map();
  let listIndent;
  let skipIndent;
  for (const [index, written] of text.split(/\r?\n/).entries()) {
    const line = written.replace(COMMENT, "");
    if (line.trim() === "") continue;
    const indent = line.length - line.trimStart().length;
    if (skipIndent !== void 0 && indent > skipIndent) continue;
    skipIndent = void 0;
    const skipped = SKIPPED_KEY.exec(line);
    if (skipped) {
      skipIndent = skipped[1].length;
      continue;
    }
    const item = listIndent === void 0 ? void 0 : LIST_ITEM.exec(line);
    if (listIndent !== void 0 && !(item && item[1].length >= listIndent)) listIndent = void 0;
    const key2 = GO_LIST_KEY.exec(line);
    if (key2) listIndent = key2[1].length;
    if (!item && !ABOUT_GO.test(line)) continue;
    for (const match of line.matchAll(GO_LINE)) {
      const goLine = `1.${match[1]}`;
      if (!named.has(goLine)) named.set(goLine, { line: goLine, at: { line: index + 1, column: match.index + 1 } });
    }
  }
  return [...named.values()];
}

// src/drift/expressions.ts
var IDENTIFIER = "([A-Za-z_][A-Za-z0-9_-]*)";
var PROPERTY = `(?:\\.${IDENTIFIER}|\\[\\s*'([^']+)'\\s*\\])`;
var MATRIX_REF = new RegExp(`^matrix((?:${PROPERTY})+)$`);
var PROPERTY_STEP = new RegExp(PROPERTY, "g");
var STEPS_OUTPUT_REF = new RegExp(`^steps\\.${IDENTIFIER}\\.outputs${PROPERTY}$`);
var ENV_REF = new RegExp(`^env(?:\\.${IDENTIFIER}|\\[\\s*'([^']+)'\\s*\\])$`);
var INPUTS_REF = new RegExp(`^inputs(?:\\.${IDENTIFIER}|\\[\\s*'([^']+)'\\s*\\])$`);
var STRING_LITERAL = /^'((?:[^']|'')*)'$/;
function hasExpression(text) {
  return text.includes("${{");
}
function parseTemplate(text) {
  const parts = [];
  let last = 0;
  for (let open = text.indexOf("${{"); open !== -1; open = text.indexOf("${{", last)) {
    const close = text.indexOf("}}", open + 3);
    if (close === -1) break;
    if (open > last) parts.push({ kind: "text", text: text.slice(last, open) });
    parts.push(classifyExpression(text.slice(open + 3, close).trim()));
    last = close + 2;
  }
  if (last < text.length) parts.push({ kind: "text", text: text.slice(last) });
  return parts;
}
function classifyExpression(expression) {
  const literal = STRING_LITERAL.exec(expression);
  if (literal) return { kind: "text", text: literal[1].replace(/''/g, "'") };
  const matrix = MATRIX_REF.exec(expression);
  if (matrix) {
    const [name, ...path] = [...matrix[1].matchAll(PROPERTY_STEP)].map((step) => step[1] ?? step[2]);
    return path.length > 0 ? { kind: "matrix", name, path, expression } : { kind: "matrix", name, expression };
  }
  const output = STEPS_OUTPUT_REF.exec(expression);
  if (output) return { kind: "steps", id: output[1], output: output[2] ?? output[3], expression };
  const env = ENV_REF.exec(expression);
  if (env) return { kind: "env", name: env[1] ?? env[2], expression };
  const inputs = INPUTS_REF.exec(expression);
  if (inputs) return { kind: "inputs", name: inputs[1] ?? inputs[2], expression };
  if (hasLogicalOperator(expression)) return { kind: "choice", expression };
  return { kind: "runtime", expression, reason: runtimeReason(expression) };
}
function runtimeReason(expression) {
  if (/\bfromJSON\s*\(/i.test(expression)) return "fromJSON(...) is evaluated at run time";
  const context = /^([A-Za-z_]+)/.exec(expression)?.[1];
  switch (context) {
    case "vars":
      return `${expression} is a repository or organisation variable, set outside the repository`;
    case "needs":
      return `${expression} is an output of another job, known only at run time`;
    case "inputs":
      return `${expression} comes from the caller of this workflow (reusable workflow or dispatch input)`;
    case "steps":
      return `${expression} is an output of an earlier step, known only at run time`;
    case "secrets":
      return `${expression} is a secret`;
    case "github":
      return `${expression} depends on the event that runs the workflow`;
    default:
      return `\`${expression}\` is evaluated at run time`;
  }
}
function hasLogicalOperator(expression) {
  let quoted = false;
  for (let i = 0; i < expression.length - 1; i++) {
    const char = expression[i];
    if (char === "'") quoted = !quoted;
    else if (!quoted && (char === "&" || char === "|") && expression[i + 1] === char) return true;
  }
  return false;
}

// src/drift/matrix.ts
var MAX_COMBINATIONS = 4096;
var MatrixBudget = class {
  constructor(total = 2e6) {
    this.total = total;
    this.remaining = total;
  }
  total;
  remaining;
};
var valueKeys = /* @__PURE__ */ new WeakMap();
function valueKey(node) {
  const text = scalarText(node);
  if (text) return text.value;
  if (node === void 0) return "null";
  let key2 = valueKeys.get(node);
  if (key2 === void 0) {
    key2 = JSON.stringify(plainValue(node));
    valueKeys.set(node, key2);
  }
  return key2;
}
var MatrixTooLarge = class extends Error {
};
function readJobMatrix(file, strategyNode, jobAt, budget = new MatrixBudget()) {
  const matrixNode = mapValue(strategyNode, "matrix");
  if (matrixNode === void 0) {
    return {
      lookup: (name) => ({
        kind: "unknown",
        reason: `matrix.${name} is used but the job has no strategy.matrix, so it is empty`,
        at: jobAt,
        broken: true
      })
    };
  }
  if (isScalar(matrixNode)) {
    const at = positionOf(file, matrixNode);
    const reason = `strategy.matrix is the expression ${String(matrixNode.value)}, evaluated at run time`;
    return { lookup: () => ({ kind: "unknown", reason, at }) };
  }
  const dimensions = /* @__PURE__ */ new Map();
  let include;
  let exclude;
  for (const [key2, value] of mapEntries(matrixNode)) {
    if (key2 === "include") include = value;
    else if (key2 === "exclude") exclude = value;
    else dimensions.set(key2, value);
  }
  const excludes = entriesOf(exclude).map((entry) => Object.fromEntries(mapEntries(entry).map(([key2, value]) => [key2, valueKey(value)])));
  const includes = entriesOf(include);
  const includeIsExpression = isScalar(include) && hasExpression(String(include.value));
  const looked = /* @__PURE__ */ new Map();
  const lookup = (name) => {
    const values = [];
    const dimension = dimensions.get(name);
    if (dimension !== void 0) {
      if (!isSeq(dimension)) {
        return {
          kind: "unknown",
          reason: `matrix.${name} is not a list (${scalarText(dimension)?.value ?? "a mapping"})`,
          at: positionOf(file, dimension)
        };
      }
      const survives = exclusionOf(name, dimensions, excludes, budget);
      try {
        for (const node of dimension.items) {
          if (survives(valueKey(node))) values.push({ node, at: positionOf(file, node) });
        }
      } catch (error) {
        if (!(error instanceof MatrixTooLarge)) throw error;
        const reason = `strategy.matrix has too many combinations and exclude entries to judge (the check compares at most ${budget.total} in all)`;
        return { kind: "unknown", reason, at: positionOf(file, matrixNode) };
      }
    }
    for (const entry of includes) {
      for (const [key2, value] of mapEntries(entry)) {
        if (key2 === name && value) values.push({ node: value, at: positionOf(file, value) });
      }
    }
    if (includeIsExpression) {
      const reason = `strategy.matrix.include is the expression ${String(include.value)}, evaluated at run time`;
      if (values.length === 0) return { kind: "unknown", reason, at: positionOf(file, include) };
      return { kind: "values", values, unknownToo: reason };
    }
    if (values.length === 0 && dimension === void 0) {
      return {
        kind: "unknown",
        reason: `matrix.${name} is not defined in this job's strategy.matrix, so it is empty`,
        at: positionOf(file, matrixNode),
        broken: true
      };
    }
    return { kind: "values", values };
  };
  return {
    lookup(name) {
      let result = looked.get(name);
      if (!result) {
        result = lookup(name);
        looked.set(name, result);
      }
      return result;
    }
  };
}
function entriesOf(node) {
  if (!isSeq(node)) return [];
  return node.items.filter(isMap);
}
function exclusionOf(name, dimensions, excludes, budget) {
  const byValue = /* @__PURE__ */ new Map();
  for (const entry of excludes) {
    const value = entry[name];
    if (value === void 0 || !Object.keys(entry).every((key2) => dimensions.has(key2))) continue;
    const same = byValue.get(value);
    if (same) same.push(entry);
    else byValue.set(value, [entry]);
  }
  if (byValue.size === 0) return () => true;
  const others = [...dimensions.entries()].filter(([key2]) => key2 !== name).map(([key2, node]) => [key2, isSeq(node) ? node.items.map((item) => valueKey(item)) : []]);
  const count = others.reduce((product, [, values]) => product * Math.max(values.length, 1), 1);
  return (value) => {
    const relevant = byValue.get(value);
    if (!relevant) return true;
    if (count > MAX_COMBINATIONS) return !relevant.some((entry) => Object.keys(entry).length === 1);
    budget.remaining -= count * relevant.length;
    if (budget.remaining < 0) throw new MatrixTooLarge();
    let combinations = [{ [name]: value }];
    for (const [key2, values] of others) {
      if (values.length === 0) continue;
      combinations = combinations.flatMap((combination) => values.map((item) => ({ ...combination, [key2]: item })));
    }
    return combinations.some(
      (combination) => !relevant.some((entry) => Object.entries(entry).every(([key2, item]) => combination[key2] === item))
    );
  };
}

// src/drift/workflow.ts
import { posix as posix3 } from "node:path";

// src/drift/conditions.ts
var MAX_CONDITION_LENGTH = 4096;
var MAX_CONDITION_DEPTH = 32;
var ConditionBudget = class {
  constructor(total = 2e6) {
    this.total = total;
    this.remaining = total;
  }
  total;
  remaining;
  tokens = /* @__PURE__ */ new Map();
};
var Unreadable = class extends Error {
};
var UNKNOWN2 = { unknown: true };
var EITHER_BOOLEAN = { unknown: true, oneOf: [true, false] };
var MAX_CHOICES = 64;
var OPERATORS = ["==", "!=", "<=", ">=", "&&", "||", "<", ">", "!", "(", ")", "[", "]", ",", "."];
var WORD = /[A-Za-z0-9_-]/;
function evaluateCondition(condition, lookup, budget = new ConditionBudget()) {
  const value = evaluate(condition, lookup, budget);
  return value === void 0 ? void 0 : truthiness(value);
}
function evaluateValue(expression, lookup, budget = new ConditionBudget()) {
  const value = evaluate(expression, lookup, budget);
  if (value === void 0) return void 0;
  return (isUnknown(value) && value.oneOf ? value.oneOf : [value]).map(
    (item) => isUnknown(item) ? { runtime: item.source ?? expression } : { text: asString(item) }
  );
}
function referencesIn(expression, budget = new ConditionBudget()) {
  const tokens = tokensOf(expression, budget) ?? [];
  const references = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind !== "word" || token.value !== "matrix" && token.value !== "env" && token.value !== "inputs") continue;
    const path = propertyPath(tokens, i + 1);
    if (path.names.length > 0) references.push({ context: token.value, name: path.names.join(".") });
    i = path.end - 1;
  }
  return references;
}
function propertyPath(tokens, start) {
  const names = [];
  let i = start;
  for (; ; ) {
    const [first, second, third] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    if (first?.kind === "operator" && first.value === "." && second?.kind === "word") {
      names.push(second.value);
      i += 2;
    } else if (first?.kind === "operator" && first.value === "[" && second?.kind === "string" && third?.kind === "operator" && third.value === "]") {
      names.push(second.value);
      i += 3;
    } else return { names, end: i };
  }
}
function evaluate(text, lookup, budget) {
  const tokens = tokensOf(text, budget);
  if (tokens === void 0) return void 0;
  budget.remaining -= tokens.length + 1;
  if (budget.remaining < 0) return void 0;
  try {
    const parser = new Parser(tokens, lookup);
    const value = parser.expression(0);
    parser.end();
    return value;
  } catch (error) {
    if (error instanceof Unreadable) return void 0;
    throw error;
  }
}
function tokensOf(condition, budget) {
  if (budget.tokens.has(condition)) return budget.tokens.get(condition);
  const expression = unwrap(condition.trim());
  let tokens;
  if (expression !== void 0 && expression.length <= MAX_CONDITION_LENGTH) {
    try {
      tokens = tokenize(expression);
    } catch (error) {
      if (!(error instanceof Unreadable)) throw error;
    }
  }
  budget.remaining -= condition.length > MAX_CONDITION_LENGTH ? 1 : condition.length;
  budget.tokens.set(condition, tokens);
  return tokens;
}
function unwrap(text) {
  if (!text.includes("${{")) return text;
  if (!text.startsWith("${{") || !text.endsWith("}}")) return void 0;
  const inner = text.slice(3, -2);
  return inner.includes("${{") || inner.includes("}}") ? void 0 : inner;
}
function tokenize(text) {
  const tokens = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char === " " || char === "	" || char === "\n" || char === "\r") {
      i++;
      continue;
    }
    if (char === "'") {
      let value = "";
      let j2 = i + 1;
      for (; ; ) {
        if (j2 >= text.length) throw new Unreadable();
        if (text[j2] === "'") {
          if (text[j2 + 1] !== "'") break;
          value += "'";
          j2 += 2;
          continue;
        }
        value += text[j2];
        j2++;
      }
      tokens.push({ kind: "string", value });
      i = j2 + 1;
      continue;
    }
    const operator = OPERATORS.find((op) => text.startsWith(op, i));
    if (operator && !(operator === "." && /[0-9]/.test(text[i + 1] ?? "") && !WORD.test(text[i - 1] ?? ""))) {
      tokens.push({ kind: "operator", value: operator });
      i += operator.length;
      continue;
    }
    let j = i;
    while (j < text.length && (WORD.test(text[j]) || text[j] === "." && /[0-9]/.test(text[i]) && !text.startsWith("0x", i))) j++;
    if (j === i) throw new Unreadable();
    const word = text.slice(i, j);
    const number = /^-?(?:[0-9]|\.[0-9])/.test(word) ? Number(word) : Number.NaN;
    tokens.push(Number.isNaN(number) ? { kind: "word", value: word } : { kind: "number", value: number });
    i = j;
  }
  return tokens;
}
var PRECEDENCE = /* @__PURE__ */ new Map([
  ["||", 1],
  ["&&", 2],
  ["==", 3],
  ["!=", 3],
  ["<", 4],
  ["<=", 4],
  [">", 4],
  [">=", 4]
]);
var Parser = class {
  constructor(tokens, lookup) {
    this.tokens = tokens;
    this.lookup = lookup;
  }
  tokens;
  lookup;
  position = 0;
  end() {
    if (this.position !== this.tokens.length) throw new Unreadable();
  }
  /** Precedence climbing: each token is read once. */
  expression(depth, minimum = 1) {
    if (depth > MAX_CONDITION_DEPTH) throw new Unreadable();
    let left = this.unary(depth);
    for (; ; ) {
      const next = this.tokens[this.position];
      const operator = next?.kind === "operator" ? next.value : "";
      const precedence = PRECEDENCE.get(operator);
      if (precedence === void 0 || precedence < minimum) return left;
      this.position++;
      const right = this.expression(depth + 1, precedence + 1);
      left = binary(operator, left, right);
    }
  }
  unary(depth) {
    if (depth > MAX_CONDITION_DEPTH) throw new Unreadable();
    const token = this.take();
    if (token.kind === "string" || token.kind === "number") return token.value;
    if (token.kind === "operator") {
      if (token.value === "!") return not(this.unary(depth + 1));
      if (token.value === "(") {
        const inner = this.expression(depth + 1);
        this.expect(")");
        return inner;
      }
      throw new Unreadable();
    }
    const word = token.value;
    if (word === "true") return true;
    if (word === "false") return false;
    if (word === "null") return null;
    if (this.peek("(")) return this.call(word, depth);
    return this.reference(word);
  }
  call(name, depth) {
    this.expect("(");
    const args = [];
    if (!this.peek(")")) {
      args.push(this.expression(depth + 1));
      while (this.peek(",")) {
        this.position++;
        args.push(this.expression(depth + 1));
      }
    }
    this.expect(")");
    const test = STRING_FUNCTIONS.get(name.toLowerCase());
    const [haystack, needle] = args;
    if (!test || args.length !== 2) return { unknown: true, source: `${name}(...)` };
    if (isUnknown(haystack) || isUnknown(needle)) return EITHER_BOOLEAN;
    return test(asString(haystack).toLowerCase(), asString(needle).toLowerCase());
  }
  /** `matrix.go`, `inputs['go-version']`, `matrix.go.version`: a value only for the three contexts a version is resolved through. */
  reference(context) {
    const path = [];
    for (; ; ) {
      if (this.peek(".")) {
        this.position++;
        const name = this.take();
        if (name.kind !== "word") throw new Unreadable();
        path.push(name.value);
      } else if (this.peek("[")) {
        this.position++;
        const index = this.take();
        if (index.kind !== "string" && index.kind !== "number" && index.kind !== "word") throw new Unreadable();
        this.expect("]");
        path.push(index.kind === "word" ? "*" : String(index.value));
      } else break;
    }
    if ((context === "matrix" || context === "env" || context === "inputs") && path.length > 0 && !path.includes("*")) {
      const bound2 = this.lookup(context, path.join("."));
      if (bound2 !== void 0) return bound2;
    }
    return { unknown: true, source: [context, ...path].join(".") };
  }
  take() {
    const token = this.tokens[this.position++];
    if (!token) throw new Unreadable();
    return token;
  }
  peek(operator) {
    const token = this.tokens[this.position];
    return token?.kind === "operator" && token.value === operator;
  }
  expect(operator) {
    if (!this.peek(operator)) throw new Unreadable();
    this.position++;
  }
};
var STRING_FUNCTIONS = /* @__PURE__ */ new Map([
  ["startswith", (haystack, needle) => haystack.startsWith(needle)],
  ["endswith", (haystack, needle) => haystack.endsWith(needle)],
  ["contains", (haystack, needle) => haystack.includes(needle)]
]);
function isUnknown(value) {
  return typeof value === "object" && value !== null;
}
function truthiness(value) {
  if (isUnknown(value)) {
    if (value.truthy !== void 0 || !value.oneOf) return value.truthy;
    const [first, ...rest] = value.oneOf.map(truthiness);
    return rest.every((truthy) => truthy === first) ? first : void 0;
  }
  if (typeof value === "number") return value !== 0 && !Number.isNaN(value);
  return value !== false && value !== null && value !== "";
}
function not(value) {
  const truthy = truthiness(value);
  return truthy === void 0 ? EITHER_BOOLEAN : !truthy;
}
function choices(value) {
  return isUnknown(value) && value.oneOf ? value.oneOf : [value];
}
function oneOf(values) {
  const unique2 = values.filter((value, index) => isUnknown(value) || values.indexOf(value) === index);
  if (unique2.length === 1) return unique2[0];
  if (unique2.length > MAX_CHOICES) return UNKNOWN2;
  const choice = { unknown: true, oneOf: unique2 };
  return { ...choice, truthy: truthiness(choice) };
}
function asString(value) {
  return value === null ? "" : String(value);
}
function asNumber(value) {
  if (value === null) return 0;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "string") return value.trim() === "" ? 0 : Number(value);
  return value;
}
function compare(left, right) {
  if (typeof left === "string" && typeof right === "string") {
    const a2 = left.toLowerCase();
    const b2 = right.toLowerCase();
    return a2 === b2 ? 0 : a2 < b2 ? -1 : 1;
  }
  const a = asNumber(left);
  const b = asNumber(right);
  return a === b ? 0 : a < b ? -1 : a > b ? 1 : Number.NaN;
}
function binary(operator, left, right) {
  if (operator === "&&" || operator === "||") {
    const stopsAt = operator === "||";
    const leftTruthy = truthiness(left);
    if (leftTruthy === stopsAt) return left;
    if (leftTruthy === !stopsAt) return right;
    const results = [];
    let givesRight = false;
    for (const value of choices(left)) {
      const truthy = truthiness(value);
      if (truthy !== !stopsAt) results.push(truthy === void 0 ? { ...value, truthy: stopsAt } : value);
      if (truthy !== stopsAt) givesRight = true;
    }
    if (givesRight) results.push(...choices(right));
    return oneOf(results);
  }
  if (isUnknown(left) || isUnknown(right)) return EITHER_BOOLEAN;
  const order = compare(left, right);
  switch (operator) {
    case "==":
      return order === 0;
    case "!=":
      return order !== 0;
    case "<":
      return order < 0;
    case "<=":
      return order <= 0;
    case ">":
      return order > 0;
    default:
      return order >= 0;
  }
}

// src/drift/toolchain-mode.ts
var ENFORCED_SINCE = { major: 1, minor: 21, patch: 0 };
var SETUP_GO_LOCAL_SINCE = 6;
var ACTION_REF = /^([^\s/@]+)\/([^\s/@]+)@(\S+)$/;
var MAJOR_TAG = /^v?([0-9]+)(?:\.[0-9]+){0,2}$/;
var COMMIT = /^[0-9a-f]{40}$/i;
var VERSION_COMMENT = /#\s*(v?[0-9]+(?:\.[0-9]+){0,2})\b/;
function installerMode(uses, line) {
  const match = ACTION_REF.exec(uses);
  const [, owner = "", name = "", ref = ""] = match ?? [];
  if (name === "setup-go-golden") return { kind: "local", why: `${owner}/${name} sets GOTOOLCHAIN=local` };
  if (owner.toLowerCase() !== "actions" || name !== "setup-go") {
    return { kind: "unknown", why: `${uses} is not an installer the check knows, so it cannot tell whether Go switches toolchains` };
  }
  const tag = COMMIT.test(ref) ? VERSION_COMMENT.exec(line.slice(line.indexOf(ref) + ref.length))?.[1] : ref;
  const major = tag === void 0 ? void 0 : MAJOR_TAG.exec(tag)?.[1];
  if (major === void 0) {
    const named = COMMIT.test(ref) ? "a commit without a `# vX.Y.Z` comment" : `${ref}, not a release tag`;
    return { kind: "unknown", why: `${uses} names ${named}, so the check cannot tell whether Go switches toolchains` };
  }
  return Number(major) >= SETUP_GO_LOCAL_SINCE ? { kind: "local", why: `actions/setup-go v${major} sets GOTOOLCHAIN=local` } : { kind: "switch", why: `actions/setup-go v${major} leaves GOTOOLCHAIN=auto` };
}
var GOLANG_IMAGE_MODE = { kind: "local", why: "the golang image sets GOTOOLCHAIN=local" };
function gotoolchainMode(value, where3) {
  const text = value.trim();
  if (text === "") return void 0;
  const why = `GOTOOLCHAIN=${text} comes from ${where3}`;
  if (text === "local") return { kind: "local", why };
  if (/^(?:local\+)?(?:auto|path)$/.test(text)) return { kind: "switch", why };
  const switching = /^go(\S+)\+(?:auto|path)$/.exec(text);
  const floor = switching ? parseGoVersion(switching[1]) : void 0;
  if (floor) return { kind: "switch", why, floor };
  const forced = text.startsWith("go") ? parseGoVersion(text.slice(2)) : void 0;
  if (forced && !switching) return { kind: "forced", release: forced, why };
  return { kind: "unknown", why: `${why}, a value the check cannot read` };
}
function asRelease2(version) {
  return version.patch === void 0 && version.pre === void 0 ? { ...version, patch: 0 } : version;
}
function newest(versions) {
  return versions.reduce((best, v) => best === void 0 || compareGoVersions(v, best) > 0 ? v : best, void 0);
}
function goThatRuns(spec, mode, scope) {
  if (!mode || mode.kind === "local" || reachesAtLeast(spec, ENFORCED_SINCE) !== true) return { kind: "as-pinned" };
  if (mode.kind === "unknown") return { kind: "unknown", why: mode.why };
  if (mode.kind === "forced") return { kind: "other", release: mode.release, why: mode.why };
  const asked = newest([
    ...scope.minimum ? [asRelease2(scope.minimum.version)] : [],
    ...scope.modules.flatMap((module) => module.toolchain ? [module.toolchain.version] : []),
    ...mode.floor ? [asRelease2(mode.floor)] : []
  ]);
  if (!asked || reachesAtLeast(spec, asked) !== false) return { kind: "as-pinned" };
  return { kind: "other", release: asked, why: `Go switches toolchains since ${mode.why}` };
}
function releaseName(version) {
  return `go${formatGoVersion(version)}`;
}

// src/drift/workflow.ts
var SETUP_GO_ACTION = /^[^\s/]+\/setup-go(?:-golden)?@/;
var CHECKOUT_ACTION = /^actions\/checkout@/;
var GO_VERSION_INPUT = /^go[-_]?version(?:[-_]input)?$|^go[-_]?version[-_](file)$/i;
var MAX_VALUES = 1024;
var MAX_ENV_DEPTH = 8;
var MAX_CALL_DEPTH = 4;
function calledWorkflows(file, repository) {
  return mapEntries(mapValue(file.root, "jobs")).map(([, job]) => ownAsLocal(literalText(mapValue(job, "uses")), repository)).filter((uses) => typeof uses === "string" && uses.startsWith("./")).map(localPath);
}
function onlyCalled(file) {
  const on = mapValue(file.root, "on");
  const triggers = isScalar(on) ? [String(on.value)] : isSeq(on) ? on.items.map((item) => String(scalarText(item)?.value)) : mapEntries(on).map(([key2]) => key2);
  return triggers.length > 0 && triggers.every((trigger) => trigger === "workflow_call");
}
function readWorkflow(file, files, call) {
  const root = file.root;
  const usages = [];
  const depth = call?.depth ?? 0;
  const workflowEnv = { file, node: mapValue(root, "env") };
  for (const [jobId, job] of mapEntries(mapValue(root, "jobs"))) {
    if (!isMap(job)) continue;
    const jobAt = positionOf(file, job);
    const matrix = readJobMatrix(file, mapValue(job, "strategy"), jobAt, files.matrixBudget);
    const steps = mapValue(job, "steps");
    const stepNodes = isSeq(steps) ? steps.items : [];
    const jobScope = {
      file,
      files,
      matrix,
      envChain: [{ file, node: mapValue(job, "env") }, workflowEnv],
      inputs: call?.inputs,
      steps: stepNodes
    };
    const owner = call ? { ...call.owner, through: [...call.owner.through, `${file.path} (job ${jobId})`] } : { workflow: file.path, job: jobId, through: [] };
    const conditions = [...call?.conditions ?? [], ...conditionsOn(job, jobScope)];
    const calls = ownAsLocal(literalText(mapValue(job, "uses")), files.repository);
    if (calls !== void 0) {
      usages.push(
        ...readCalledWorkflow(calls, mapValue(job, "uses"), mapValue(job, "with"), jobScope, { owner, conditions, depth }, files)
      );
      continue;
    }
    const jobDirectory = defaultRunDirectory(job, jobScope) ?? defaultRunDirectory(root, jobScope);
    const ownCheckouts = ownCheckoutPaths(stepNodes);
    const runSteps = stepNodes.filter((step) => mapValue(step, "run") !== void 0);
    const buildingSteps = runSteps.filter((step) => scriptMayBuild(scalarText(mapValue(step, "run"))?.value ?? ""));
    const runDirectories = (buildingSteps.length > 0 ? buildingSteps : runSteps).map((step) => {
      const base = withinCheckout(directoryOf(mapValue(step, "working-directory"), jobScope) ?? jobDirectory ?? ".", ownCheckouts);
      const into = leadingCd(scalarText(mapValue(step, "run"))?.value ?? "");
      return into === void 0 ? base : localPath(posix3.join(base, into));
    });
    const runModes = stepNodes.filter((step) => GO_COMMAND2.test(scalarText(mapValue(step, "run"))?.value ?? "")).map((step) => envToolchainLevel({ file, node: mapValue(step, "env") }));
    const shown = stepNodes.some((step) => !SETUP_GO_ACTION.test(literalText(mapValue(step, "uses")) ?? ""));
    const buildsNothing = shown && !stepsMayBuild(stepNodes, files, depth) ? true : void 0;
    const jobUsages = [];
    const container = mapValue(job, "container");
    const image = isMap(container) ? mapValue(container, "image") : container;
    if (isScalar(image)) {
      const usage = containerUsage(image, jobScope, { owner, conditions, depth }, runDirectories, runModes);
      if (usage) jobUsages.push(buildsNothing ? { ...usage, buildsNothing } : usage);
    }
    jobUsages.push(...readSteps(stepNodes, { scope: jobScope, owner, runDirectories, runModes, depth, conditions, buildsNothing }, files));
    const otherRevision = checkedOutRef(stepNodes);
    usages.push(...otherRevision === void 0 ? jobUsages : jobUsages.map((usage) => ({ ...usage, otherRevision })));
  }
  return usages;
}
function readSteps(stepNodes, context, files) {
  const { file } = context.scope;
  const usages = [];
  const checkoutPaths = [];
  for (const step of stepNodes) {
    const usesNode = mapValue(step, "uses");
    const uses = ownAsLocal(literalText(usesNode), files.repository);
    if (uses === void 0) continue;
    const inputs = mapValue(step, "with");
    const scope = { ...context.scope, envChain: [{ file, node: mapValue(step, "env") }, ...context.scope.envChain] };
    const stepContext = { ...context, conditions: [...context.conditions, ...conditionsOn(step, scope)] };
    if (CHECKOUT_ACTION.test(uses)) {
      const path = literalText(mapValue(inputs, "path"));
      const repository = literalText(mapValue(inputs, "repository"));
      if (path !== void 0 && repository === void 0) checkoutPaths.push(localPath(path));
    } else if (SETUP_GO_ACTION.test(uses)) {
      usages.push(...setupGoUsages(uses, usesNode, inputs, scope, stepContext, checkoutPaths));
    } else if (uses.startsWith("./")) {
      usages.push(...readLocalAction(uses, checkoutPaths, inputs, scope, stepContext, files));
    } else if (!uses.startsWith("docker://")) {
      usages.push(...remoteUsages(uses, usesNode, inputs, scope, stepContext));
    }
  }
  return usages;
}
function setupGoUsages(uses, usesNode, inputs, scope, context, checkoutPaths = []) {
  const { file } = scope;
  const actionDirectory = directoryOf(mapValue(inputs, "working-directory"), scope);
  const directories = orRoot([...actionDirectory ? [actionDirectory] : [], ...context.runDirectories]);
  const version = mapValue(inputs, "go-version");
  const versionFile = mapValue(inputs, "go-version-file");
  const toolchain = withRunSteps(setupToolchainMode(uses, usesNode, inputs, scope), context.runModes ?? []);
  const base = {
    workflow: context.owner.workflow,
    job: context.owner.job,
    through: context.owner.through,
    directories,
    toolchain,
    ...context.buildsNothing ? { buildsNothing: context.buildsNothing } : {}
  };
  const usages = [];
  if (isScalar(version) && scalarText(version).value !== "") {
    const resolution = underConditions(resolveScalar(version, scope, [], 0), context.conditions);
    const given = resolution.values.filter((value) => value.text !== "");
    if (given.length > 0 || resolution.unresolved.length > 0) {
      const at2 = positionOf(file, version);
      usages.push({ ...base, source: "go-version", at: at2, raw: scalarText(version).written, resolution: { ...resolution, values: given } });
    }
    if (given.length === resolution.values.length) return usages;
  }
  if (isScalar(versionFile)) {
    const read = underConditions(resolveScalar(versionFile, scope, [], 0), context.conditions);
    const values = read.values.map(
      (value) => value.text === "" ? value : { ...value, text: withinCheckout(localPath(value.text), checkoutPaths) }
    );
    const resolution = { ...read, values };
    return [
      ...usages,
      { ...base, source: "go-version-file", at: positionOf(file, versionFile), raw: scalarText(versionFile).written, resolution }
    ];
  }
  const at = positionOf(file, usesNode);
  const reason = `${uses} has neither go-version nor go-version-file, so the Go already on the runner is used`;
  return [...usages, { ...base, source: "none", at, raw: uses, resolution: { values: [], unresolved: [{ reason, at }] } }];
}
function setupToolchainMode(uses, usesNode, inputs, scope) {
  const installer = installerMode(uses, restOfLine(scope.file, usesNode));
  const input = mapValue(inputs, "gotoolchain");
  if (/\/setup-go-golden@/.test(uses) && input !== void 0 && scalarText(input)?.value !== "") {
    const chosen = valueMode(resolveScalar(input, scope, [], 0), `the gotoolchain input at ${where(positionOf(scope.file, input))}`);
    if (chosen) return chosen;
  }
  return envToolchainMode(scope) ?? installer;
}
var NON_BUILDING_ACTION = /^(?:actions\/(?:checkout|cache(?:\/restore|\/save)?|upload-artifact|download-artifact)|[^\s/]+\/setup-(?!go)[\w-]+|[^\s/]+\/[\w-]+-setup|codecov\/codecov-action|docker\/[\w-]+-action)@/;
var BUILDING_TOOL = /(?:^|[\s;&|(`/])(?:govulncheck|golangci-lint|staticcheck|goreleaser|gotestsum|ginkgo|gosec|revive|errcheck|ineffassign|ko|make|task|mage|just)(?=$|[\s;&|)`])/m;
var SCRIPT_COMMAND = /(?:^|[;&|(`]|\b(?:then|do|else|sudo|exec|time)[ \t])[ \t]*(?:\.{1,2}\/\S|(?:bash|sh|zsh|source|\.)[ \t]+[^\s;&|)-]|[^\s;&|()]+\.(?:sh|bash)(?=$|[\s;&|)]))/m;
var ANY_GO_COMMAND = /(?:^|[\s;&|(`])go\s+([a-z]+)([^\n;&|)`]*)/g;
var OUTSIDE_MODULE = /* @__PURE__ */ new Set(["version", "env", "help", "telemetry"]);
function scriptMayBuild(script) {
  if (BUILDING_TOOL.test(script) || SCRIPT_COMMAND.test(script)) return true;
  for (const [, command = "", rest = ""] of script.matchAll(ANY_GO_COMMAND)) {
    if (OUTSIDE_MODULE.has(command)) continue;
    const packages = rest.trim().split(/\s+/).filter((arg) => arg !== "" && !arg.startsWith("-"));
    if ((command === "install" || command === "run") && packages.length > 0 && packages.every((arg) => arg.includes("@"))) continue;
    return true;
  }
  return false;
}
function stepsMayBuild(stepNodes, files, depth) {
  return stepNodes.some((step) => {
    const run = mapValue(step, "run");
    if (run !== void 0) return scriptMayBuild(scalarText(run)?.value ?? "unreadable");
    const uses = literalText(mapValue(step, "uses"));
    if (uses === void 0) return mapValue(step, "uses") !== void 0;
    if (SETUP_GO_ACTION.test(uses) || NON_BUILDING_ACTION.test(uses) || uses.startsWith("docker://")) return false;
    if (!uses.startsWith("./")) return true;
    const steps = depth < MAX_CALL_DEPTH ? compositeSteps(findLocalAction(localPath(uses), [], files)) : void 0;
    return steps === void 0 || stepsMayBuild(steps, files, depth + 1);
  });
}
var GO_COMMAND2 = /(?:^|[\s;&|(])go\s+(?:build|test|vet|run|install|generate|list|mod|tool)\b/;
function envToolchainLevel(level) {
  const value = mapValue(level.node, "GOTOOLCHAIN");
  if (value === void 0) return void 0;
  const text = scalarText(value);
  const where3 = `the env of a run step at ${level.file.path}:${positionOf(level.file, value).line}`;
  if (!text || hasExpression(text.value))
    return { kind: "unknown", why: `GOTOOLCHAIN comes from ${where3}, as ${text?.value ?? "a non-string"}` };
  return gotoolchainMode(text.value, where3);
}
function withRunSteps(setup, runModes) {
  const modes = runModes.map((mode) => mode ?? setup);
  const [first] = modes;
  if (!first || modes.every((mode) => mode.kind === first.kind && mode.why === first.why)) return first ?? setup;
  const local = modes.find((mode) => mode.kind === "local");
  return local ?? { kind: "unknown", why: "the go commands of the job run under different GOTOOLCHAIN settings" };
}
function envToolchainMode(scope) {
  const at = { file: scope.file.path, line: 0, column: 0 };
  const resolution = resolvePart({ kind: "env", name: "GOTOOLCHAIN", expression: "env.GOTOOLCHAIN" }, scope, [], 0, at);
  if (resolution.values.length === 0 && resolution.unresolved.every((item) => item.broken)) return void 0;
  return valueMode(resolution, "env");
}
function valueMode(resolution, setBy) {
  const texts = [...new Set(resolution.values.map((value) => value.text))];
  const [unresolved] = resolution.unresolved;
  if (unresolved) return { kind: "unknown", why: `GOTOOLCHAIN comes from ${setBy}, where ${unresolved.reason}` };
  if (texts.length !== 1) return { kind: "unknown", why: `GOTOOLCHAIN comes from ${setBy}, as one of ${texts.join(", ")}` };
  const first = resolution.values[0];
  return gotoolchainMode(texts[0], setBy === "env" ? `env at ${where(first.at)}` : setBy);
}
var MAX_USES_LINE = 256;
function restOfLine(file, node) {
  const offset = node.offset ?? 0;
  const end = file.text.indexOf("\n", offset);
  return file.text.slice(offset, Math.min(end === -1 ? file.text.length : end, offset + MAX_USES_LINE));
}
function where(at) {
  return `${at.file}:${at.line}`;
}
function conditionsOn(node, scope) {
  const condition = mapValue(node, "if");
  if (condition === void 0) return [];
  return [{ text: scalarText(condition)?.value ?? "", scope }];
}
function underConditions(resolution, conditions) {
  if (conditions.length === 0) return resolution;
  const values = [];
  for (const value of resolution.values) {
    let unknown;
    let excluded = false;
    for (const { text, scope } of conditions) {
      const budget = conditionBudget(scope.files);
      const verdict2 = evaluateCondition(text, (context, name) => boundText(value, context, name, scope), budget);
      if (verdict2 === false) excluded = true;
      else if (verdict2 === void 0) unknown ??= text;
    }
    if (!excluded) values.push(unknown === void 0 ? value : { ...value, condition: unknown });
  }
  return { values, unresolved: resolution.unresolved };
}
function boundText(value, context, name, scope) {
  const owner = context === "matrix" ? scope.matrix : context === "inputs" ? scope.inputs : void 0;
  const bound2 = value.bindings?.find((binding) => binding.context === context && binding.name === name && binding.owner === owner);
  if (bound2) return bound2.text;
  let known = referencesOf.get(scope);
  if (!known) {
    known = /* @__PURE__ */ new Map();
    referencesOf.set(scope, known);
  }
  const key2 = `${context}.${name}`;
  if (!known.has(key2)) {
    const at = { file: scope.file.path, line: 0, column: 0 };
    const { values, unresolved } = resolvePart(referencePart(context, name), scope, [], 0, at);
    known.set(key2, values.length === 1 && unresolved.length === 0 ? values[0].text : void 0);
  }
  return known.get(key2);
}
var referencesOf = /* @__PURE__ */ new WeakMap();
var conditionBudgets = /* @__PURE__ */ new WeakMap();
function conditionBudget(files) {
  let budget = conditionBudgets.get(files);
  if (!budget) {
    budget = new ConditionBudget();
    conditionBudgets.set(files, budget);
  }
  return budget;
}
function bindInputs(declared, declaredIn, passed, callerScope, of) {
  const bindings = /* @__PURE__ */ new Map();
  const defaultScope = { file: declaredIn, files: callerScope.files, matrix: noMatrix("an input default"), envChain: [] };
  for (const [name, declaration] of mapEntries(declared)) {
    const fallback = mapValue(declaration, "default");
    bindings.set(name, fallback !== void 0 ? { fallback: { node: fallback, scope: defaultScope } } : {});
  }
  for (const [name, node] of mapEntries(passed)) {
    if (node !== void 0) bindings.set(name, { ...bindings.get(name), passed: { node, scope: callerScope } });
  }
  return { of, bindings };
}
function readLocalAction(uses, checkoutPaths, inputs, scope, context, files) {
  if (context.depth >= MAX_CALL_DEPTH) return [];
  const action = findLocalAction(localPath(uses), checkoutPaths, files);
  if (!action) return [];
  const owner = { ...context.owner, through: [...context.owner.through, uses] };
  return readActionSteps(action, uses, inputs, scope, { ...context, owner, depth: context.depth + 1 });
}
function compositeSteps(action) {
  const runs = mapValue(action?.root, "runs");
  if (literalText(mapValue(runs, "using")) !== "composite") return void 0;
  const steps = mapValue(runs, "steps");
  return isSeq(steps) ? steps.items : [];
}
function readActionSteps(action, uses, inputs, callerScope, context) {
  const stepNodes = compositeSteps(action);
  if (!stepNodes) return [];
  const { files } = callerScope;
  const actionScope = {
    file: action,
    files,
    matrix: noMatrix("a composite action"),
    envChain: callerScope.envChain,
    inputs: bindInputs(mapValue(action.root, "inputs"), action, inputs, callerScope, uses),
    steps: stepNodes
  };
  return readSteps(stepNodes, { ...context, scope: actionScope }, files);
}
var actionsReached = /* @__PURE__ */ new WeakMap();
function calledLocalActions(files) {
  let reached = actionsReached.get(files);
  if (!reached) {
    reached = /* @__PURE__ */ new Set();
    actionsReached.set(files, reached);
  }
  return reached;
}
function readUncalledActions(actionPaths, files, calledActions = calledLocalActions(files)) {
  const uncalled = actionPaths.filter((path) => !calledActions.has(path));
  const nested = /* @__PURE__ */ new Set();
  for (const path of uncalled) {
    for (const step of compositeSteps(files.yaml(path)) ?? []) {
      const uses = literalText(mapValue(step, "uses"));
      const callee = uses?.startsWith("./") ? findLocalAction(localPath(uses), [], files) : void 0;
      if (callee && callee.path !== path) nested.add(callee.path);
    }
  }
  const usages = [];
  for (const path of uncalled) {
    const action = nested.has(path) ? void 0 : files.yaml(path);
    if (!action) continue;
    const directory = posix3.dirname(path);
    const scope = { file: action, files, matrix: noMatrix("a composite action"), envChain: [] };
    const owner = { workflow: directory, job: "", through: [] };
    const context = { scope, owner, runDirectories: [], depth: 1, conditions: [] };
    for (const usage of readActionSteps(action, `./${directory}`, void 0, scope, context)) usages.push({ ...usage, uncalled: true });
  }
  return usages;
}
function findLocalAction(path, checkoutPaths, files) {
  const candidates = [
    path,
    ...checkoutPaths.filter((prefix) => prefix !== "." && path.startsWith(`${prefix}/`)).map((prefix) => path.slice(prefix.length + 1))
  ];
  for (const directory of candidates) {
    const action = files.yaml(posix3.join(directory, "action.yml")) ?? files.yaml(posix3.join(directory, "action.yaml"));
    if (action) {
      calledLocalActions(files).add(action.path);
      return action;
    }
  }
  return void 0;
}
function readCalledWorkflow(uses, usesNode, passed, jobScope, call, files) {
  const { owner, depth } = call;
  if (!uses.startsWith("./")) {
    const usages = remoteUsages(uses, usesNode, passed, jobScope, { ...call, scope: jobScope, runDirectories: [] });
    return usages.length > 0 ? usages : [unpassedRemote(uses, usesNode, jobScope, owner, ["."])];
  }
  if (depth >= MAX_CALL_DEPTH) return [];
  const callee = files.yaml(localPath(uses));
  if (!callee) return [];
  const declared = mapValue(mapValue(mapValue(callee.root, "on"), "workflow_call"), "inputs");
  const inputs = bindInputs(declared, callee, passed, jobScope, uses);
  return readWorkflow(callee, files, { ...call, inputs, depth: depth + 1 });
}
function unpassedRemote(uses, usesNode, scope, owner, directories) {
  return {
    workflow: owner.workflow,
    job: owner.job,
    through: owner.through,
    source: "remote",
    at: positionOf(scope.file, usesNode),
    raw: uses,
    resolution: { values: [], unresolved: [] },
    directories,
    remote: { target: uses, input: "", versionFile: false }
  };
}
var GO_INSTALLER_NAME = /setup-go|go-setup|install-go|golang|govulncheck|gobrew|gotip/i;
function namedForGo(uses) {
  const repository = uses.split("@")[0].split("/")[1] ?? "";
  return GO_INSTALLER_NAME.test(repository);
}
var VERSION_FILE_PATH = /(?:^|\/)(?:go\.mod|go\.work|\.go-version|\.tool-versions)$/;
function remoteUsages(uses, usesNode, inputs, scope, context) {
  const usages = passedToRemote(uses, usesNode, inputs, scope, context);
  if (usages.length > 0 || !namedForGo(uses) || INSTALLS_NO_GO.test(uses)) return usages;
  return [unpassedRemote(uses, usesNode, scope, context.owner, orRoot(context.runDirectories))];
}
var INSTALLS_NO_GO = /^(?:golangci\/golangci-lint-action|goreleaser\/goreleaser-action|github\/codeql-action\/[\w-]+|[^\s/]+\/setup-go-golden\/drift)@/;
function passedToRemote(uses, usesNode, inputs, scope, context) {
  const usages = [];
  for (const [name, node] of mapEntries(inputs)) {
    const match = GO_VERSION_INPUT.exec(name);
    if (!match || !isScalar(node) || scalarText(node).value === "") continue;
    usages.push({
      workflow: context.owner.workflow,
      job: context.owner.job,
      through: context.owner.through,
      source: "remote",
      at: positionOf(scope.file, usesNode),
      raw: scalarText(node).written,
      resolution: underConditions(resolveScalar(node, scope, [], 0), context.conditions),
      directories: orRoot(context.runDirectories),
      remote: { target: uses, input: name, versionFile: match[1] !== void 0 || VERSION_FILE_PATH.test(scalarText(node).value) }
    });
  }
  return usages;
}
function noMatrix(where3) {
  return { lookup: () => ({ kind: "unknown", reason: `the matrix context is not available in ${where3}` }) };
}
function containerUsage(image, scope, { owner, conditions }, directories, runModes) {
  const text = scalarText(image);
  const resolution = underConditions(resolveScalar(image, scope, [], 0), conditions);
  const values = [];
  const unresolved = [...resolution.unresolved];
  let golang = false;
  for (const value of resolution.values) {
    const parsed = readGolangImage(value.text);
    if (parsed.kind === "not-golang") continue;
    golang = true;
    if (parsed.kind === "version") values.push({ ...value, text: parsed.version });
    else unresolved.push({ reason: parsed.reason, at: value.at });
  }
  const mayBeGolang = resolution.unresolved.length > 0 && text.value.includes("golang");
  if (!golang && !mayBeGolang) return void 0;
  return {
    workflow: owner.workflow,
    job: owner.job,
    through: owner.through,
    source: "container",
    at: positionOf(scope.file, image),
    raw: text.written,
    resolution: { values, unresolved },
    directories: orRoot(directories),
    toolchain: withRunSteps(envToolchainMode(scope) ?? GOLANG_IMAGE_MODE, runModes)
  };
}
function orRoot(directories) {
  return directories.length > 0 ? [...new Set(directories)] : ["."];
}
function ownCheckoutPaths(stepNodes) {
  const paths = [];
  for (const step of stepNodes) {
    if (!CHECKOUT_ACTION.test(literalText(mapValue(step, "uses")) ?? "")) continue;
    const inputs = mapValue(step, "with");
    const path = literalText(mapValue(inputs, "path"));
    if (path !== void 0 && mapValue(inputs, "repository") === void 0 && localPath(path) !== ".") paths.push(localPath(path));
  }
  return paths;
}
var LEADING_CD = /^\s*cd\s+["']?([\w./-]+?)\/?["']?\s*(?:&&|;|\n|$)/;
function leadingCd(script) {
  const body = script.replace(/^(?:\s*(?:#[^\n]*|set\s+-[a-z]+)\s*\n)+/, "");
  const folder = LEADING_CD.exec(body.slice(0, 1024))?.[1];
  return folder === void 0 || folder.startsWith("/") || folder === "-" ? void 0 : folder;
}
function checkedOutRef(stepNodes) {
  let other;
  for (const step of stepNodes) {
    if (!CHECKOUT_ACTION.test(literalText(mapValue(step, "uses")) ?? "")) continue;
    const inputs = mapValue(step, "with");
    if (mapValue(inputs, "repository") !== void 0 || localPath(literalText(mapValue(inputs, "path")) ?? ".") !== ".") continue;
    const ref = literalText(mapValue(inputs, "ref"));
    if (ref === void 0 || ref === "") return void 0;
    other ??= ref;
  }
  return other;
}
function withinCheckout(directory, checkouts) {
  for (const checkout of checkouts) {
    if (directory === checkout) return ".";
    if (directory.startsWith(`${checkout}/`)) return directory.slice(checkout.length + 1);
  }
  return directory;
}
function ownAsLocal(uses, repository) {
  if (uses === void 0 || repository === void 0) return uses;
  const prefix = `${repository.toLowerCase()}/`;
  if (!uses.toLowerCase().startsWith(prefix)) return uses;
  return `./${uses.slice(prefix.length).replace(/@[^@]*$/, "")}`;
}
function localPath(path) {
  return posix3.normalize(path.replace(/^\.\//, "")).replace(/\/+$/, "") || ".";
}
function defaultRunDirectory(node, scope) {
  return directoryOf(mapValue(mapValue(mapValue(node, "defaults"), "run"), "working-directory"), scope);
}
function directoryOf(node, scope) {
  const literal = literalText(node);
  if (literal !== void 0 || node === void 0 || !isScalar(node)) return literal;
  const resolved = resolveScalar(node, scope, [], 0);
  const texts = [...new Set(resolved.values.map((value) => value.text))];
  return resolved.unresolved.length === 0 && texts.length === 1 ? texts[0] : void 0;
}
function literalText(node) {
  const text = scalarText(node);
  if (!text || hasExpression(text.value)) return void 0;
  return text.value;
}
function resolveScalar(node, scope, via, depth) {
  const at = positionOf(scope.file, node);
  const text = scalarText(node);
  if (!text) return { values: [], unresolved: [{ reason: "the value is not a single string", at }] };
  if (!hasExpression(text.value)) {
    const lostDigits = text.lostDigits ? [{ at, found: text.value, written: text.written }] : [];
    return { values: [{ text: text.written, at, via, lostDigits }], unresolved: [] };
  }
  if (depth > MAX_ENV_DEPTH) return { values: [], unresolved: [{ reason: "references nest too deeply to follow", at }] };
  let combined = [{ text: "", at, via, lostDigits: [] }];
  const unresolved = [];
  for (const part of parseTemplate(text.value)) {
    const alternatives = bound(part, scope, resolvePart(part, scope, via, depth, at));
    unresolved.push(...alternatives.unresolved);
    if (alternatives.values.length === 0) {
      combined = [];
      break;
    }
    const next = [];
    for (const prefix of combined) {
      for (const value of alternatives.values) {
        if (next.length === MAX_VALUES) break;
        next.push({
          text: prefix.text + value.text,
          at: part.kind === "text" ? prefix.at : value.at,
          via: part.kind === "text" ? prefix.via : value.via,
          lostDigits: [...prefix.lostDigits, ...value.lostDigits],
          bindings: [...prefix.bindings ?? [], ...value.bindings ?? []]
        });
      }
    }
    combined = next;
  }
  return { values: combined, unresolved };
}
function bound(part, scope, resolution) {
  if (part.kind !== "matrix" && part.kind !== "env" && part.kind !== "inputs") return resolution;
  const owner = part.kind === "matrix" ? scope.matrix : part.kind === "inputs" ? scope.inputs : void 0;
  const name = part.kind === "matrix" ? [part.name, ...part.path ?? []].join(".") : part.name;
  return {
    values: resolution.values.map((value) => ({
      ...value,
      bindings: [{ context: part.kind, name, owner, text: value.text }, ...value.bindings ?? []]
    })),
    unresolved: resolution.unresolved
  };
}
var ENV_FILE_LOAD = /\bcat\s+["']?(?:\$\{?GITHUB_WORKSPACE\}?\/|\$\{\{\s*github\.workspace\s*\}\}\/)?([^\s"'>|$()]+)["']?\s*>>\s*["']?\$\{?GITHUB_ENV\b/g;
var envWritesOf = /* @__PURE__ */ new WeakMap();
var envFilesOf = /* @__PURE__ */ new WeakMap();
function envWrites(file) {
  let writes = envWritesOf.get(file);
  if (!writes) {
    const { text } = file;
    const written = /* @__PURE__ */ new Set();
    let start = -1;
    for (let i = 0; i <= text.length; i++) {
      const code = text.charCodeAt(i);
      const nameCharacter = code >= 48 && code <= 57 || code >= 65 && code <= 90 || code >= 97 && code <= 122 || code === 95;
      if (nameCharacter) {
        if (start === -1) start = i;
        continue;
      }
      if (start !== -1 && code === 61) written.add(text.slice(start, i));
      start = -1;
    }
    writes = {
      loads: [...text.matchAll(ENV_FILE_LOAD)].map((match) => localPath(match[1])),
      written,
      commands: assignedCommands(text, "GITHUB_ENV")
    };
    envWritesOf.set(file, writes);
  }
  return writes;
}
function envFile(files, path) {
  let byPath = envFilesOf.get(files);
  if (!byPath) {
    byPath = /* @__PURE__ */ new Map();
    envFilesOf.set(files, byPath);
  }
  if (byPath.has(path)) return byPath.get(path);
  const contents = files.text(path);
  let entries;
  if (contents !== void 0) {
    entries = /* @__PURE__ */ new Map();
    contents.split(/\r?\n/).forEach((line, index) => {
      const equals = line.indexOf("=");
      if (equals === -1) return;
      const name = line.slice(0, equals).trimStart();
      if (name === "" || entries.has(name)) return;
      const start = equals + 1;
      const rest = line.slice(start);
      const value = rest.trim().replace(/^(["'])(.*)\1$/, "$2");
      entries.set(name, { value, line: index + 1, column: start + 1 + (rest.length - rest.trimStart().length) });
    });
  }
  byPath.set(path, entries);
  return entries;
}
function envFromSteps(name, scope, at) {
  const files = [.../* @__PURE__ */ new Set([scope.file, ...scope.envChain.map((level) => level.file)])].filter((file) => file.text.includes("GITHUB_ENV"));
  let unreadable = false;
  for (const file of files) {
    for (const path of envWrites(file).loads) {
      const entries = envFile(scope.files, path);
      if (entries === void 0) {
        unreadable = true;
        continue;
      }
      const entry = entries.get(name);
      if (entry === void 0) continue;
      const at2 = { file: path, line: entry.line, column: entry.column };
      return { values: [{ text: entry.value, at: at2, via: [`env.${name}`], lostDigits: [] }], unresolved: [] };
    }
  }
  for (const file of files) {
    const command = envWrites(file).commands.get(name);
    const read = command === void 0 ? void 0 : readByCommand(command, ".", scope.files, `env.${name}`, at);
    if (read) return read;
  }
  const written = files.some((file) => /^[A-Za-z0-9_]+$/.test(name) ? envWrites(file).written.has(name) : file.text.includes(`${name}=`));
  return written || unreadable ? { values: [], unresolved: [] } : void 0;
}
function resolvePart(part, scope, via, depth, at) {
  switch (part.kind) {
    case "text":
      return { values: [{ text: part.text, at, via, lostDigits: [] }], unresolved: [] };
    case "runtime":
      return { values: [], unresolved: [{ reason: part.reason, at }] };
    case "choice":
      return resolveChoice(part.expression, scope, via, depth, at);
    case "steps":
      return stepOutput(part, scope, via, at);
    case "matrix": {
      const lookup = scope.matrix.lookup(part.name);
      if (lookup.kind === "unknown")
        return { values: [], unresolved: [{ reason: lookup.reason, at: lookup.broken ? at : lookup.at ?? at, broken: lookup.broken }] };
      const resolution = { values: [], unresolved: lookup.unknownToo ? [{ reason: lookup.unknownToo, at }] : [] };
      const path = part.path ?? [];
      const reference = ["matrix", part.name, ...path].join(".");
      const nodes = lookup.values.map((value) => ({ value, node: propertyOf(value.node, path) }));
      const anySet = nodes.some(({ node }) => node.kind !== "missing");
      for (const { value, node } of nodes) {
        if (node.kind === "missing") {
          if (anySet) resolution.values.push({ text: "", at: value.at, via: [...via, reference], lostDigits: [] });
          else
            resolution.unresolved.push({
              reason: `${reference} is not set in the matrix entry at ${where(value.at)}, so it is empty`,
              at,
              broken: true
            });
          continue;
        }
        const inner = resolveScalar(node.node, { ...scope, envChain: scope.envChain.slice(-1) }, [...via, reference], depth + 1);
        resolution.values.push(...inner.values);
        resolution.unresolved.push(...inner.unresolved);
      }
      return resolution;
    }
    case "env": {
      for (let level = 0; level < scope.envChain.length; level++) {
        const { file, node: env } = scope.envChain[level];
        if (isScalar(env) && hasExpression(String(env.value))) {
          return {
            values: [],
            unresolved: [{ reason: `env is the expression ${String(env.value)}, evaluated at run time`, at: positionOf(file, env) }]
          };
        }
        const value = mapValue(env, part.name);
        if (value !== void 0) {
          return resolveScalar(
            value,
            { ...scope, file, envChain: scope.envChain.slice(level + 1) },
            [...via, `env.${part.name}`],
            depth + 1
          );
        }
      }
      const fromSteps = envFromSteps(part.name, scope, at);
      if (fromSteps?.values.length || fromSteps?.unresolved.length) return fromSteps;
      if (fromSteps)
        return { values: [], unresolved: [{ reason: `env.${part.name} is written to $GITHUB_ENV by a step, known only at run time`, at }] };
      return { values: [], unresolved: [{ reason: `env.${part.name} is set nowhere in the workflow, so it is empty`, at, broken: true }] };
    }
    case "inputs": {
      if (!scope.inputs) return { values: [], unresolved: [{ reason: runtimeReason(part.expression), at }] };
      const binding = scope.inputs.bindings.get(part.name);
      if (!binding)
        return {
          values: [],
          unresolved: [{ reason: `inputs.${part.name} is not an input of ${scope.inputs.of}, so it is empty`, at, broken: true }]
        };
      const source = binding.passed ?? binding.fallback;
      if (!source)
        return {
          values: [],
          unresolved: [{ reason: `inputs.${part.name} of ${scope.inputs.of} is neither passed nor given a default`, at }]
        };
      return resolveScalar(source.node, source.scope, [...via, `inputs.${part.name}`], depth + 1);
    }
  }
}
function referencePart(context, name) {
  const expression = `${context}.${name}`;
  if (context !== "matrix") return { kind: context, name, expression };
  const [key2 = "", ...path] = name.split(".");
  return path.length > 0 ? { kind: "matrix", name: key2, path, expression } : { kind: "matrix", name: key2, expression };
}
function propertyOf(node, path) {
  let current = node;
  for (const name of path) {
    if (isScalar(current) && hasExpression(String(current.value))) return { kind: "found", node: current };
    current = mapValue(current, name);
    if (current === void 0) return { kind: "missing" };
  }
  return { kind: "found", node: current };
}
function resolveChoice(expression, scope, via, depth, at) {
  const budget = conditionBudget(scope.files);
  const unresolved = [];
  let combinations = [[]];
  const names = [];
  for (const reference of referencesIn(expression, budget)) {
    if (names.some((known) => known.context === reference.context && known.name === reference.name)) continue;
    const part = referencePart(reference.context, reference.name);
    const resolved = bound(part, scope, resolvePart(part, scope, via, depth, at));
    const brokenOnly = resolved.values.length === 0 && resolved.unresolved.every((item) => item.broken);
    const values2 = brokenOnly ? [
      {
        text: "",
        at,
        via,
        lostDigits: [],
        bindings: [{ context: reference.context, name: reference.name, owner: void 0, text: "" }]
      }
    ] : resolved.values;
    if (values2.length === 0) {
      unresolved.push(...resolved.unresolved);
      continue;
    }
    names.push(reference);
    const next = [];
    for (const combination of combinations) {
      for (const value of values2) {
        if (next.length === MAX_VALUES) break;
        next.push([...combination, value]);
      }
    }
    combinations = next;
  }
  const values = [];
  const runtime = /* @__PURE__ */ new Set();
  for (const combination of combinations) {
    const bindings = combination.flatMap((value) => value.bindings ?? []);
    const lookup = (context, name) => bindings.find((binding) => binding.context === context && binding.name === name)?.text;
    const outcomes = evaluateValue(expression, lookup, budget);
    if (outcomes === void 0) return { values: [], unresolved: [{ reason: runtimeReason(expression), at }] };
    for (const outcome of outcomes) {
      if ("runtime" in outcome) {
        runtime.add(outcome.runtime);
        continue;
      }
      const from = combination.find((value) => value.text === outcome.text);
      values.push({
        text: outcome.text,
        at: from?.at ?? at,
        via: from?.via ?? via,
        lostDigits: from?.lostDigits ?? [],
        bindings
      });
    }
  }
  for (const source of runtime) {
    if (!unresolved.some((item) => item.reason.includes(source))) unresolved.push({ reason: runtimeReason(source), at });
  }
  return { values, unresolved };
}
function assignedCommands(script, target) {
  const commands = /* @__PURE__ */ new Map();
  for (const line of script.split("\n")) {
    if (!line.includes(target)) continue;
    for (const match of line.matchAll(/(?<![\w-])([A-Za-z_][\w-]*)=\$\(/g)) {
      const from = match.index + match[0].length;
      let open = 1;
      for (let i = from; i < Math.min(line.length, from + MAX_COMMAND_LENGTH) && open > 0; i++) {
        if (line[i] === "(") open++;
        else if (line[i] === ")" && --open === 0 && !commands.has(match[1])) commands.set(match[1], line.slice(from, i).trim());
      }
    }
  }
  return commands;
}
var MAX_COMMAND_LENGTH = 512;
var outputsOf = /* @__PURE__ */ new WeakMap();
var WORKSPACE_PREFIX = /^["']?(?:\$\{?GITHUB_WORKSPACE\}?\/|\$\{\{\s*github\.workspace\s*\}\}\/)?/;
var FILE_READ = /^(?:cat\s+|<\s*)(\S+)\s*(?:\|.*)?$/;
var GO_MOD_TOKEN = /(?:^|\s)["']?((?:\$\{?GITHUB_WORKSPACE\}?\/)?(?:[\w.-]+\/)*go\.mod)["']?(?=\s|\||$)/;
function readByCommand(command, directory, files, reference, at) {
  const goMod = GO_MOD_TOKEN.exec(command)?.[1];
  const read = goMod ?? FILE_READ.exec(command)?.[1];
  if (read === void 0) return void 0;
  const path = localPath(posix3.join(directory, read.replace(WORKSPACE_PREFIX, "").replace(/["']$/, "")));
  const contents = files.text(path);
  if (contents === void 0) {
    const reason = `${reference} is read from ${path}, which is not in the repository, so it is known only at run time`;
    return { values: [], unresolved: [{ reason, at }] };
  }
  const lines = contents.split(/\r?\n/);
  const index = goMod ? lines.findIndex((line2) => /^go\s+\S/.test(line2)) : lines.findIndex((line2) => line2.trim() !== "");
  if (index === -1) return { values: [], unresolved: [{ reason: `${reference} is read from ${path}, which names no version`, at }] };
  const line = lines[index];
  const text = (goMod ? line.replace(/^go\s+/, "") : line).trim().split(/\s+/)[0];
  const place2 = { file: path, line: index + 1, column: line.indexOf(text) + 1 };
  return { values: [{ text, at: place2, via: [reference], lostDigits: [] }], unresolved: [] };
}
function stepOutput(part, scope, via, at) {
  const runtime = { values: [], unresolved: [{ reason: runtimeReason(part.expression), at }] };
  const step = scope.steps?.find((node) => literalText(mapValue(node, "id")) === part.id);
  const run = mapValue(step, "run");
  const script = scalarText(run)?.value;
  let outputs = run && outputsOf.get(run);
  if (run && !outputs && script !== void 0) {
    outputs = assignedCommands(script, "GITHUB_OUTPUT");
    outputsOf.set(run, outputs);
  }
  const command = outputs?.get(part.output);
  if (command === void 0) return runtime;
  const directory = directoryOf(mapValue(step, "working-directory"), scope) ?? ".";
  const read = readByCommand(command, directory, scope.files, part.expression, at);
  if (!read) return runtime;
  return { ...read, values: read.values.map((value) => ({ ...value, via: [...via, ...value.via] })) };
}

// src/drift/sources.ts
var WORKFLOW = /^\.github\/workflows\/[^/]+\.ya?ml$/;
var LOCAL_ACTION = /^\.github\/actions\/(?:[^/]+\/)+action\.ya?ml$/;
var MAY_SET_UP_GO = /setup-go|golang|uses:\s*["']?\.\/|go[-_]?version|uses:\s*["']?[^\s"'/]+\/[^\s"'/]+\/\.github\/workflows\//i;
var DOCKERFILE = /^(?:Dockerfile|Containerfile)(?:[.\-_].+)?$|[.\-_](?:Dockerfile|dockerfile)$/;
var COMPOSE = /^(?:docker-)?compose(?:\.[\w-]+)?\.ya?ml$/;
var ROOT_BAKE = /^docker-bake(?:\.override)?\.(?:hcl|json)$/;
var MAKEFILE = /^(?:[Mm]akefile|GNUmakefile|.+\.mk)$/;
var MAY_BUILD_IMAGE = /docker|podman|build-push-action|bake-action/i;
function classifyFile(path) {
  const name = posix4.basename(path);
  if (name === "go.mod") return "go.mod";
  if (name === "go.work") return "go.work";
  if (name === ".go-version" || name === ".tool-versions") return "version file";
  if (WORKFLOW.test(path)) return "workflow";
  if (LOCAL_ACTION.test(path)) return "local action";
  if (isOtherCiFile(path)) return "other ci";
  if (DOCKERFILE.test(name)) return "dockerfile";
  if (COMPOSE.test(name) || MAKEFILE.test(name) || ROOT_BAKE.test(path)) return "image build";
  if (name.endsWith(".go")) return "go source";
  return void 0;
}
var TEST_INPUT_FOLDER = /(?:^|\/)(?:testdata|test-fixtures|fixtures)\//;
var HIDDEN_FOLDER = /(?:^|\/)[_.][^/]*\//;
function outsideAnyModule(path, role) {
  if (role === "workflow" || role === "other ci") return false;
  return TEST_INPUT_FOLDER.test(path) || role !== "dockerfile" && role !== "image build" && role !== "local action" && HIDDEN_FOLDER.test(path);
}
function localFiles(lookup, findings, repository) {
  const parsed = /* @__PURE__ */ new Map();
  const refused = /* @__PURE__ */ new Set();
  const aliases = new AliasBudget();
  const text = (path) => {
    const contents = lookup(path);
    if (typeof contents !== "object") return contents;
    if (!refused.has(path)) findings.push(contents);
    refused.add(path);
    return void 0;
  };
  return {
    text,
    matrixBudget: new MatrixBudget(),
    ...repository ? { repository } : {},
    forget(path) {
      parsed.delete(path);
    },
    yaml(path) {
      if (parsed.has(path)) return parsed.get(path);
      const contents = text(path);
      let file;
      if (contents !== void 0) {
        const result = parseYamlFile(path, contents, aliases);
        if (result.ok) file = result.file;
        else findings.push(result.finding);
      }
      parsed.set(path, file);
      return file;
    }
  };
}
function collectSources(files, lookup, refused = [], directories, repository) {
  const findings = [...refused];
  const sites = [];
  const modules = [];
  const versionFiles = [];
  const usages = [];
  const dockerfiles = [];
  const local = localFiles(lookup, findings, repository);
  const onlyWhenCalled = [];
  const localActions = [];
  const called = /* @__PURE__ */ new Set();
  const goSourceDirectories = /* @__PURE__ */ new Set();
  const imageBuilds = [];
  const bakeFiles = /* @__PURE__ */ new Map();
  const otherCi = [];
  for (const { path, contents } of files) {
    const role = classifyFile(path);
    if (role === void 0 || outsideAnyModule(path, role)) continue;
    switch (role) {
      case "go.mod":
      case "go.work": {
        const module = readModule(path, contents, findings, sites);
        if (module) modules.push(module);
        break;
      }
      case "version file": {
        const pin = readVersionFile(path, contents, findings);
        if (pin) {
          versionFiles.push(pin);
          sites.push({ ...pin.at, kind: "version file", version: pin.result.text });
        }
        break;
      }
      case "workflow": {
        if (!MAY_SET_UP_GO.test(contents)) {
          const parsed2 = MAY_BUILD_IMAGE.test(contents) ? quietYaml(path, contents) : void 0;
          if (parsed2) readWorkflowBuilds(parsed2, imageBuilds, bakeFiles);
          break;
        }
        const parsed = local.yaml(path);
        if (!parsed) break;
        if (MAY_BUILD_IMAGE.test(contents)) readWorkflowBuilds(parsed, imageBuilds, bakeFiles);
        for (const callee of calledWorkflows(parsed, repository)) called.add(callee);
        if (onlyCalled(parsed)) onlyWhenCalled.push(parsed);
        else {
          for (const usage of readWorkflow(parsed, local)) usages.push(usage);
          local.forget(path);
        }
        break;
      }
      case "dockerfile":
        if (contents.includes("golang")) {
          const pins = readDockerfilePins(path, contents, findings);
          if (pins) dockerfiles.push(pins);
        }
        break;
      case "local action":
        localActions.push(path);
        break;
      case "go source":
        goSourceDirectories.add(posix4.dirname(path));
        break;
      case "image build":
        for (const build2 of readImageBuilds(path, contents)) imageBuilds.push(build2);
        break;
      case "other ci": {
        const lines = otherCiGoLines(contents);
        if (lines.length > 0) otherCi.push({ file: path, lines });
        break;
      }
    }
  }
  for (const [path, workdir] of bakeFiles) {
    if (classifyFile(path) === "image build" && (workdir === "." || COMPOSE.test(posix4.basename(path)))) continue;
    const contents = local.text(path);
    if (contents === void 0) continue;
    const builds = /\.ya?ml$/.test(path) ? composeBuilds(path, contents) : buildsInBake(path, contents, workdir);
    for (const build2 of builds) imageBuilds.push(build2);
  }
  for (const workflow of onlyWhenCalled) {
    if (!called.has(workflow.path)) for (const usage of readWorkflow(workflow, local)) usages.push(usage);
  }
  for (const usage of readUncalledActions(localActions, local)) usages.push(usage);
  const placed = placeBuilds(dockerfiles, imageBuilds, modules);
  return {
    modules: new ModuleIndex(modules, goSourceDirectories),
    versionFiles,
    usages,
    dockerfiles: placed,
    otherCi,
    ...directories ? { directories: new Set(directories) } : {},
    findings,
    sites
  };
}
function readWorkflowBuilds(workflow, builds, bakeFiles) {
  const found = buildsInWorkflow(workflow);
  for (const build2 of found.builds) builds.push(build2);
  for (const bake of found.bakeFiles) bakeFiles.set(bake.path, bake.workdir);
}
function readImageBuilds(path, contents) {
  const name = posix4.basename(path);
  if (ROOT_BAKE.test(path)) return buildsInBake(path, contents);
  if (MAKEFILE.test(name)) return /docker|podman/.test(contents) ? buildsInMakefile(path, contents) : [];
  return composeBuilds(path, contents);
}
function composeBuilds(path, contents) {
  const parsed = /\bbuild\s*:/.test(contents) ? quietYaml(path, contents) : void 0;
  return parsed ? buildsInCompose(parsed) : [];
}
function quietYaml(path, contents) {
  const parsed = parseYamlFile(path, contents);
  return parsed.ok ? parsed.file : void 0;
}
function placeBuilds(dockerfiles, builds, modules) {
  const contexts = /* @__PURE__ */ new Map();
  for (const { dockerfile, context } of builds) {
    const set = contexts.get(dockerfile) ?? /* @__PURE__ */ new Set();
    contexts.set(dockerfile, set.add(context));
  }
  const held = new ModuleDirectories(modules);
  return dockerfiles.map((pins) => {
    const folder = posix4.dirname(pins.file);
    const named = contexts.get(pins.file);
    const candidates = named ? [...named].flatMap((context) => context === void 0 ? [folder, "."] : [context]) : [folder];
    let buildDirectories = [...new Set(candidates.flatMap((context) => held.builtFrom(context)))];
    if (buildDirectories.length === 0 && !named && pins.usages.some((usage) => usage.buildsModule && usage.needsGoMod))
      buildDirectories = [folder];
    if (buildDirectories.length === 0) for (const usage of pins.usages) usage.buildsModule = false;
    return { ...pins, buildDirectories };
  });
}
var ModuleDirectories = class {
  constructor(modules) {
    this.modules = modules;
    for (const module of modules) {
      this.moduleDirectories.add(module.directory);
      for (let dir = module.directory; !this.holding.has(dir); dir = posix4.dirname(dir)) {
        this.holding.add(dir);
        if (dir === ".") break;
      }
    }
  }
  modules;
  moduleDirectories = /* @__PURE__ */ new Set();
  /** Every directory at or above a go.mod/go.work. */
  holding = /* @__PURE__ */ new Set();
  cache = /* @__PURE__ */ new Map();
  builtFrom(context) {
    let directories = this.cache.get(context);
    if (!directories) {
      directories = this.find(context);
      this.cache.set(context, directories);
    }
    return directories;
  }
  find(context) {
    if (!this.holding.has(context)) return [];
    if (this.moduleDirectories.has(context) || !this.moduleAbove(context)) return [context];
    const prefix = `${context}/`;
    return [...new Set(this.modules.map((module) => module.directory).filter((dir) => dir.startsWith(prefix)))];
  }
  moduleAbove(context) {
    for (let dir = context; dir !== "."; ) {
      dir = posix4.dirname(dir);
      if (this.moduleDirectories.has(dir)) return true;
    }
    return false;
  }
};
function readDockerfilePins(path, contents, findings) {
  try {
    return { file: path, usages: readDockerfile(path, contents), buildDirectories: [posix4.dirname(path)] };
  } catch (error) {
    if (!(error instanceof ExpansionTooLarge)) throw error;
    findings.push({
      ...error.at,
      rule: "over-budget",
      message: `${path}:${error.at.line}: ${error.message}; no Go version in it was checked.`,
      found: null,
      expected: null
    });
    return void 0;
  }
}
function readVersionFile(path, contents, findings) {
  try {
    const result = parseVersionFile(path, contents);
    const line = contents.split(/\r?\n/)[result.line - 1] ?? "";
    const column = Math.max(line.indexOf(result.text), 0) + 1;
    return { file: path, at: { file: path, line: result.line, column }, result };
  } catch (error) {
    findings.push(parseError(path, error));
    return void 0;
  }
}

// src/drift/rules.ts
var GO_LINE_ENFORCED = { major: 1, minor: 21, patch: 0 };
function conditionOf(subject) {
  if (subject.type === "pin") return subject.pin.condition;
  if (subject.type === "lost-digits" || subject.type === "unreadable-version" || subject.type === "missing-version-file")
    return subject.condition;
  return void 0;
}
function underCondition(observation, condition) {
  if (condition === void 0) return observation;
  return {
    ...observation,
    message: `${observation.message} (under \`if: ${condition}\`, which the check cannot evaluate)`,
    cap: observation.cap === "notice" ? "notice" : "warning"
  };
}
function where2(at) {
  return `${at.file}:${at.line}`;
}
function quote(version) {
  return `'${version}'`;
}
var HOUSEKEEPING_REMOTE = /(?:^|[/._-])(?:stale|sync|labels?|labeler|dependabot|drafter|scorecards?|coverage-report|lock|greetings?|welcome|triage|trunk|pr-title|semantic-pull-request|auto-?merge|add-to-project|kanban|spell(?:check)?|typos|cla|dco)(?=[/._-]|$)/i;
function collectSubjects(sources, lookup) {
  const subjects = sources.findings.map((failure) => ({ type: "read-failure", failure }));
  const sites = [...sources.sites];
  const ciPins = [];
  const unverifiedScopes = [];
  for (const usage of sources.usages) {
    const owner = ownerOf(usage);
    if (usage.otherRevision !== void 0) {
      const reason = `the job checks out ref ${usage.otherRevision}, another revision whose go.mod the check does not see`;
      const hint = "That revision is checked where it is built.";
      subjects.push({ type: "unresolved", item: { reason, at: usage.at, hint }, owner });
      continue;
    }
    const missing = usage.directories.filter((dir) => {
      const folder = folderPath(dir);
      return folder !== "." && sources.directories !== void 0 && !sources.directories.has(folder);
    });
    if (missing.length > 0 && missing.length === usage.directories.length) {
      const hint = "Nothing to change if the folder comes from another checkout or module.";
      subjects.push({ type: "unresolved", item: { reason: missingDirectories(missing), at: usage.at, hint }, owner });
      continue;
    }
    const present = usageDirectories(usage).filter((dir) => !missing.includes(dir));
    const scope = mergeScopes(present.map((dir) => sources.modules.scopeFor(dir)));
    for (const item of usage.resolution.unresolved) {
      subjects.push({ type: "unresolved", item, owner });
      sites.push({ ...item.at, kind: "workflow", version: usage.raw });
    }
    const remoteDecides = usage.remote?.input === "" && !HOUSEKEEPING_REMOTE.test(usage.remote.target.replace(/@.*$/, ""));
    if (usage.resolution.unresolved.some((item) => !item.broken) || remoteDecides) unverifiedScopes.push(scope);
    const versionFile = usage.source === "go-version-file" || usage.remote?.versionFile === true;
    const read = versionFile ? filePins(usage, owner, lookup, subjects, sources.directories) : valuePins(usage.resolution.values, owner, subjects, usage.remote?.target);
    const pins = read.map((pin) => ({
      ...pin,
      toolchain: usage.toolchain,
      ...usage.buildsNothing ? { buildsNothing: usage.buildsNothing } : {}
    }));
    if (usage.remote) subjects.push({ type: "remote", usage: { ...usage, remote: usage.remote }, owner, pins });
    for (const pin of pins) {
      sites.push({ ...pin.at, kind: "workflow", version: pin.viaFile ? `${pin.text} (${pin.viaFile})` : pin.text });
      ciPins.push({ pin: usage.remote ? { ...pin, remote: true } : pin, scope });
      if (!usage.remote) subjects.push({ type: "pin", pin, scope, origin: "workflow" });
      else if (!pin.viaFile) {
        const toolchain = { kind: "unknown", why: `${usage.remote.target} decides how it installs and runs Go` };
        subjects.push({ type: "pin", pin: { ...pin, remote: true, toolchain }, scope, origin: "workflow" });
      }
    }
  }
  subjects.push({
    type: "ci-jobs",
    ciPins,
    unverifiedScopes,
    modules: sources.modules,
    otherCiLines: new Set(sources.otherCi.flatMap((file) => file.lines.map(({ line }) => line)))
  });
  for (const { file, lines } of sources.otherCi) subjects.push({ type: "other-ci", file, lines, scope: sources.modules.scopeFor(".") });
  for (const dockerfile of sources.dockerfiles) {
    const scope = mergeScopes(dockerfile.buildDirectories.map((dir) => sources.modules.scopeFor(dir)));
    for (const usage of dockerfile.usages) {
      const owner = `${dockerfile.file} (FROM ${usage.raw})`;
      if (!usage.buildsModule) {
        for (const value of usage.resolution.values)
          sites.push({ ...value.at, kind: "dockerfile", version: `${value.text} (stage builds nothing of the module)` });
        continue;
      }
      for (const item of usage.resolution.unresolved) {
        subjects.push({ type: "unresolved", item, owner });
        sites.push({ ...item.at, kind: "dockerfile", version: usage.raw });
      }
      for (const pin of valuePins(usage.resolution.values, owner, subjects)) {
        sites.push({ ...pin.at, kind: "dockerfile", version: pin.text });
        subjects.push({ type: "pin", pin, scope, origin: "dockerfile" });
      }
    }
  }
  for (const file of sources.versionFiles) {
    const pin = { text: file.result.text, at: file.at, spec: file.result.spec, owner: file.file };
    subjects.push({ type: "pin", pin, scope: sources.modules.scopeFor(posix5.dirname(file.file)), origin: "version file" });
  }
  return { subjects, sites };
}
function missingDirectories(directories) {
  const named = directories.map((dir) => `${folderPath(dir)}/`).join(", ");
  return `the job works in ${named}, which the repository does not hold (made at run time?), so the module it builds is unknown`;
}
function ownerOf(usage) {
  const through = usage.through.length > 0 ? ` (through ${usage.through.join(" -> ")})` : "";
  if (usage.uncalled) return `action ${usage.workflow} (called by no workflow here)${through}`;
  return `workflow ${usage.workflow}, job ${usage.job}${through}`;
}
function usageDirectories(usage) {
  if (usage.source !== "go-version-file") return usage.directories;
  const fileDirs = usage.resolution.values.map((value) => posix5.dirname(normalizePath(value.text)));
  const explicit = usage.directories.filter((dir) => dir !== ".");
  const all = [.../* @__PURE__ */ new Set([...explicit, ...fileDirs])];
  return all.length > 0 ? all : ["."];
}
function folderPath(path) {
  return normalizePath(path).replace(/\/+$/, "") || ".";
}
function normalizePath(path) {
  return posix5.normalize(path.replace(/^\$\{\{\s*github\.workspace\s*\}\}\/?/, "")).replace(/^\.\//, "");
}
function valuePins(values, owner, subjects, remote) {
  const pins = [];
  for (const value of values) {
    if (value.text === "") continue;
    const { condition } = value;
    for (const lost of value.lostDigits) subjects.push({ type: "lost-digits", lost, owner, condition });
    if (remote !== void 0 && readSpec(value.text) instanceof Error) {
      const reason = `${value.text} is not a Go version the check reads; ${remote} decides what it means`;
      subjects.push({ type: "unresolved", item: { reason, at: value.at }, owner });
      continue;
    }
    const pin = toPin(value.text, value.at, owner, subjects, condition);
    if (pin) pins.push({ ...pin, via: value.via });
  }
  return pins;
}
var specCache = /* @__PURE__ */ new Map();
function readSpec(text) {
  let spec = specCache.get(text);
  if (spec === void 0) {
    try {
      spec = parseVersionSpec(text.replace(/^(\d+\.\d+\.\d+-(?:alpha|beta|rc))(\d+)$/, "$1.$2"), "version", { fromYaml: false }).spec;
    } catch (error) {
      spec = error instanceof Error ? error : new Error(String(error));
    }
    specCache.set(text, spec);
  }
  return spec;
}
function toPin(text, at, owner, subjects, condition) {
  const spec = readSpec(text);
  if (spec instanceof Error) {
    subjects.push({ type: "unreadable-version", text, at, owner, error: spec, condition });
    return void 0;
  }
  return { text, at, spec, owner, condition };
}
function filePins(usage, owner, lookup, subjects, directories) {
  const pins = [];
  for (const value of usage.resolution.values) {
    if (value.text === "") continue;
    const path = normalizePath(value.text);
    const contents = lookup(path);
    if (typeof contents === "object") {
      subjects.push({ type: "read-failure", failure: contents });
      continue;
    }
    if (contents === void 0) {
      if (usage.remote) continue;
      const folder = posix5.dirname(path);
      if (directories && folder !== "." && !directories.has(folder)) {
        const reason = `go-version-file ${path} lies in ${folder}/, which the repository does not hold (made at run time?)`;
        const hint = "Nothing to change if the folder comes from another checkout or module.";
        subjects.push({ type: "unresolved", item: { reason, at: value.at, hint }, owner });
        continue;
      }
      subjects.push({ type: "missing-version-file", value, owner, condition: value.condition });
      continue;
    }
    const failures = [];
    const read = readVersionFile(path, contents, failures);
    for (const failure of failures) {
      if (/(?:^|\/)go\.(?:mod|work)$/.test(path) && failure.rule === "parse-error") {
        const reason = `go-version-file ${path} names no Go release the check can pick (${failure.message.replace(/; no Go version.*$/, "")})`;
        subjects.push({ type: "unresolved", item: { reason, at: value.at }, owner });
      } else subjects.push({ type: "read-failure", failure });
    }
    if (!read) continue;
    pins.push({
      text: read.result.text.replace(/^go(?=\d)/, ""),
      at: value.at,
      spec: read.result.spec,
      owner: `${owner} (go-version-file ${path})`,
      viaFile: path,
      condition: value.condition
    });
  }
  return pins;
}
function brokenReference(subject) {
  if (subject.type !== "unresolved" || !subject.item.broken) return [];
  return [
    {
      at: subject.item.at,
      message: `${subject.owner}: ${subject.item.reason}; setup-go then installs no requested version. Define it or fix the name.`
    }
  ];
}
function unverified(subject, context) {
  if (subject.type === "unresolved" && !subject.item.broken) {
    const { item, owner } = subject;
    return [
      {
        at: item.at,
        message: `${owner}: unverified, not a pass: ${item.reason}. ${item.hint ?? "Pin a literal version (or a matrix/env value) so the check can compare it with go.mod."}`
      }
    ];
  }
  if (subject.type === "remote") {
    const { usage, owner, pins } = subject;
    const passed = pins.length > 0 ? pins.map((pin) => quote(pin.viaFile ?? pin.text)).join(", ") : usage.raw;
    const handed = usage.remote.input === "" ? "no Go version is passed" : `${usage.remote.input} ${passed} is handed`;
    return [
      {
        at: usage.at,
        message: `${owner}: unverified, not a pass: ${handed} to ${usage.remote.target}, which decides what Go it installs and is not in this repository.`,
        found: usage.raw
      }
    ];
  }
  if (subject.type === "pin" && subject.origin !== "version file") {
    const notice = channelBelowMinimum(subject.pin, subject.scope, context.today);
    return notice ? [notice] : [];
  }
  return [];
}
function yamlNumber(subject) {
  if (subject.type !== "lost-digits") return [];
  const { lost, owner } = subject;
  return [
    {
      at: lost.at,
      message: `${owner}: ${lost.written} is unquoted, so YAML reads the number ${lost.found} and setup-go installs the newest Go ${lost.found}.x instead of ${lost.written}; quote it: ${quote(lost.written)}.`,
      found: lost.found,
      expected: quote(lost.written)
    }
  ];
}
function invalidVersion2(subject) {
  if (subject.type === "read-failure" && subject.failure.rule === "invalid-version") return [readFailure(subject.failure)];
  if (subject.type !== "unreadable-version") return [];
  const { at, owner, error, text } = subject;
  return [{ at, message: `${owner}: ${where2(at)}${error.message.slice("version".length)}`, found: text }];
}
function readFailureOf(rule) {
  return (subject) => {
    if (subject.type !== "read-failure" || subject.failure.rule !== rule) return [];
    const observation = readFailure(subject.failure);
    if (rule === "parse-error" && /\.ya?ml$/.test(subject.failure.file)) return [{ ...observation, cap: "notice" }];
    return [observation];
  };
}
function readFailure(failure) {
  return { at: failure, message: failure.message, found: failure.found, expected: failure.expected };
}
function versionFileMissing(subject) {
  if (subject.type !== "missing-version-file") return [];
  const { value, owner } = subject;
  return [
    {
      at: value.at,
      message: `${owner}: go-version-file ${value.text} does not exist in the repository, so setup-go fails.`,
      found: value.text
    }
  ];
}
function pinBelowMinimum(origin) {
  return (subject) => {
    if (subject.type !== "pin" || subject.origin !== origin) return [];
    const { pin, scope } = subject;
    const unknown = unknownSwitch(pin, scope);
    if (unknown) return [{ ...unknown, cap: "warning" }];
    const below = belowMinimum(pin, scope);
    if (!below) return [];
    if (pin.buildsNothing)
      return [{ ...below, message: `${below.message} The job runs no go command that builds the module.`, cap: "warning" }];
    if (pin.remote)
      return [
        {
          ...below,
          message: `${below.message} It is handed to a remote action or workflow, which decides how it installs Go.`,
          cap: "warning"
        }
      ];
    if (reachesAtLeast(pin.spec, GO_LINE_ENFORCED) === false) {
      const unreadable = unreadableBeforeGo121(scope);
      if (!unreadable) return [{ ...below, cap: "warning" }];
      return [{ ...below, message: `${below.message} Go before 1.21 cannot even read ${unreadable}, so the build fails.` }];
    }
    return [below];
  };
}
function judgedBelow(pin, scope) {
  const minimum = scope.minimum;
  if (!minimum || pin.spec.kind === "stable" || pin.spec.kind === "oldstable") return void 0;
  return { minimum, runs: goThatRuns(pin.spec, pin.toolchain, scope), below: reachesAtLeast(pin.spec, minimum.version) === false };
}
function belowMinimum(pin, scope) {
  const judged = judgedBelow(pin, scope);
  if (!judged) return void 0;
  const { minimum, runs, below } = judged;
  const expected = `>= ${minimum.text}`;
  if (runs.kind === "other") {
    if (compareGoVersions(runs.release, minimum.version) >= 0) return void 0;
    return {
      at: pin.at,
      message: `${pin.owner} runs ${releaseName(runs.release)} (${runs.why}), below ${requiredBy(minimum)}, so Go refuses to build it; use ${quote(minimum.text)} or newer.`,
      found: formatGoVersion(runs.release),
      expected
    };
  }
  if (!below || runs.kind === "unknown") return void 0;
  const uses = pin.spec.kind === "exact" ? `Go ${pin.text}` : `${pin.text}, that is ${describeCeiling(pin.spec)},`;
  const refusal = reachesAtLeast(pin.spec, GO_LINE_ENFORCED) === false ? "Go before 1.21 does not enforce the go line: it builds unless the code uses something newer, so CI tests a Go the module says it does not support" : pin.toolchain ? `${pin.toolchain.why}, so Go refuses to build it` : "GOTOOLCHAIN=local refuses to build it";
  return {
    at: pin.at,
    message: `${pin.owner} uses ${uses} below ${requiredBy(minimum)} (${refusal}); use ${quote(minimum.text)} or newer.`,
    found: pin.text,
    expected
  };
}
function otherCiBelowMinimum(subject) {
  if (subject.type !== "other-ci" || !subject.scope.minimum) return [];
  const minimum = subject.scope.minimum;
  const below = subject.lines.filter(({ line }) => compareGoVersions(line, languageVersion(minimum.version)) < 0);
  if (below.length === 0) return [];
  const named = below.map(({ line }) => line).join(", ");
  return [
    {
      at: { file: subject.file, ...below[0].at },
      message: `${subject.file} names Go ${named}, below ${requiredBy(minimum)}: if this CI still runs, it tests a Go the module says it does not support; update it, or delete the file if the service is no longer used.`,
      found: named,
      expected: `>= ${minimum.text}`
    }
  ];
}
function ciToolchainSwitch(subject) {
  if (subject.type !== "pin" || subject.origin !== "workflow") return [];
  const judged = judgedBelow(subject.pin, subject.scope);
  if (!judged?.below || judged.runs.kind !== "other" || compareGoVersions(judged.runs.release, judged.minimum.version) < 0) return [];
  const { pin } = subject;
  const { minimum, runs } = judged;
  const lists = pin.via?.some((step) => step.startsWith("matrix.")) ? "the matrix lists" : "it asks for";
  return [
    {
      at: pin.at,
      message: `${pin.owner}: ${lists} ${pin.text}, but ${releaseName(runs.release)} runs: ${runs.why}. ${pin.text} is below ${requiredBy(minimum)} and is never tested; use ${quote(minimum.text)} or newer.`,
      found: pin.text,
      expected: `>= ${minimum.text}`
    }
  ];
}
function unknownSwitch(pin, scope) {
  const judged = judgedBelow(pin, scope);
  if (!judged?.below || judged.runs.kind !== "unknown") return void 0;
  return {
    at: pin.at,
    message: `${pin.owner}: ${pin.text} is below ${requiredBy(judged.minimum)}, and ${judged.runs.why}: the job either fails (GOTOOLCHAIN=local) or runs a newer Go than it names; either way CI does not build with ${pin.text}. Use ${quote(judged.minimum.text)} or newer.`,
    found: pin.text,
    expected: `>= ${judged.minimum.text}`
  };
}
function unreadableBeforeGo121(scope) {
  for (const module of scope.modules) {
    if (module.go?.version.patch !== void 0) return `the go ${module.go.text} of ${where2(module.go.at)}`;
    if (module.toolchain) return `the toolchain line of ${where2(module.toolchain.at)}`;
  }
  return void 0;
}
function requiredBy(minimum) {
  return `the go ${minimum.text} that ${where2(minimum.at)} requires`;
}
function channelBelowMinimum(pin, scope, today) {
  const minimum = scope.minimum;
  if (!minimum || pin.spec.kind !== "stable" && pin.spec.kind !== "oldstable") return void 0;
  const floor = channelFloor(pin.spec.kind, today);
  if (compareGoVersions(floor, languageVersion(minimum.version)) >= 0) return void 0;
  return {
    at: pin.at,
    message: `${pin.owner}: unverified, not a pass: ${pin.text} is Go ${floor} or newer today (Go ships a new line every February and August), which may not reach ${requiredBy(minimum)}; pin '${minimum.text}' or newer to be sure.`,
    found: pin.text,
    expected: `>= ${minimum.text}`
  };
}
function builtLine(pin, scope, today) {
  const runs = goThatRuns(pin.spec, pin.toolchain, scope);
  if (runs.kind === "other")
    return { line: languageVersion(runs.release), exact: true, label: `${pin.text} (${releaseName(runs.release)} runs)`, switched: true };
  if (pin.spec.kind === "stable" || pin.spec.kind === "oldstable") {
    const floor2 = channelFloor(pin.spec.kind, today);
    return { line: floor2, exact: false, label: `${pin.text} (Go ${floor2} or newer today)` };
  }
  const line = installedLine(pin.spec);
  if (line) return { line, exact: true, label: line };
  const floor = channelFloor("stable", today);
  return { line: floor, exact: false, label: `${pin.text} (the newest Go, ${floor} or newer today)` };
}
function untested(module, line, built, builders) {
  const labels = [...new Set(built.map((b) => b.label))].join(", ");
  const calendar = built.some((b) => !b.exact) ? "; Go ships a new line every February and August" : "";
  const local = built.some((b) => b.switched) ? " with GOTOOLCHAIN=local (actions/setup-go v6 sets it)" : "";
  return {
    at: module.at,
    message: `${module.file} says go ${module.text} is enough, but ${builders} builds with Go ${line} (CI uses ${labels}${calendar}); add ${quote(line)} to a CI matrix${local} or raise the go line.`,
    found: labels,
    expected: line
  };
}
function minimumUntested(subject, context) {
  if (subject.type !== "ci-jobs") return [];
  const { ciPins, modules: index } = subject;
  const byMinimum = /* @__PURE__ */ new Map();
  for (const { pin, scope } of ciPins) {
    if (!scope.minimum) continue;
    const key2 = where2(scope.minimum.at);
    const entry = byMinimum.get(key2) ?? { minimum: scope.minimum, built: [] };
    entry.built.push(builtLine(pin, scope, context.today));
    byMinimum.set(key2, entry);
  }
  const maybeTested = new Set(subject.unverifiedScopes.flatMap((scope) => scope.modules.map((module) => module.file)));
  const observations = [];
  for (const { minimum, built } of byMinimum.values()) {
    const line = languageVersion(minimum.version);
    if (maybeTested.has(minimum.file) || subject.otherCiLines.has(line)) continue;
    const none = built.every((b) => b.exact ? b.line !== line : compareGoVersions(b.line, line) > 0);
    if (none) observations.push(untested(minimum, line, built, "no CI job"));
  }
  if (ciPins.length === 0) return observations;
  const named = new Set(ciPins.flatMap(({ scope }) => scope.modules));
  const everyJob = [...new Map(ciPins.map(({ pin, scope }) => builtLine(pin, scope, context.today)).map((b) => [b.label, b])).values()];
  const oldest = everyJob.reduce((low, b) => compareGoVersions(b.line, low) < 0 ? b.line : low, everyJob[0].line);
  for (const module of index.all) {
    if (module.kind !== "go.mod" || module.directory === "." || !module.go || named.has(module) || !index.hasGoSources(module)) continue;
    const line = languageVersion(module.go.version);
    if (compareGoVersions(oldest, line) > 0 && !subject.otherCiLines.has(line))
      observations.push(untested({ ...module.go, file: module.file }, line, everyJob, "every CI job uses a newer Go; none"));
  }
  return observations;
}
function toolchainNewerThanCi(subject) {
  if (subject.type !== "ci-jobs") return [];
  const ciPins = subject.ciPins.filter(({ pin }) => !pin.remote);
  const observations = [];
  for (const module of subject.modules.all) {
    const toolchain = module.toolchain;
    if (!toolchain || subject.otherCiLines.has(languageVersion(toolchain.version))) continue;
    const building = ciPins.filter(({ scope }) => scope.modules.includes(module));
    const reaches = ({ pin, scope }) => {
      const runs = goThatRuns(pin.spec, pin.toolchain, scope);
      return runs.kind === "other" ? compareGoVersions(runs.release, toolchain.version) >= 0 : reachesAtLeast(pin.spec, toolchain.version) !== false;
    };
    if (building.length === 0 || building.some(reaches)) continue;
    const used = [...new Set(building.map(({ pin }) => pin.text))].join(", ");
    observations.push({
      at: toolchain.at,
      message: `${module.file} suggests toolchain ${toolchain.text}, newer than every Go its CI jobs use (${used}); CI never builds with the toolchain developers get. Add ${quote(formatGoVersion(toolchain.version))} to CI or lower the toolchain line.`,
      found: used,
      expected: `>= ${formatGoVersion(toolchain.version)}`
    });
  }
  return observations;
}

// src/drift/rule-ids.ts
var RULE_IDS = [
  "ci-below-minimum",
  "ci-toolchain-switch",
  "yaml-number",
  "dockerfile-below-minimum",
  "version-file-below-minimum",
  "version-file-missing",
  "other-ci-below-minimum",
  "invalid-version",
  "parse-error",
  "not-followed",
  "over-budget",
  "minimum-untested",
  "toolchain-newer-than-ci",
  "broken-reference",
  "unverified"
];

// src/drift/rule-table.ts
var RULES = {
  "ci-below-minimum": {
    severity: "error",
    readme: "the Go a CI job runs cannot build the highest `go` minimum of the modules it builds: no release the pin admits reaches it and Go cannot switch (`GOTOOLCHAIN=local` from actions/setup-go v6, this action or a golang image; Go before 1.21 facing a go line with a patch or a toolchain line, which it cannot read), or `GOTOOLCHAIN=go1.X.Y` forces an older Go; a warning when Go before 1.21 builds anyway (it does not enforce the go line), when no step of the job could build the module (only `gofmt`, `go version`, `go env`, `go install x@version`, or actions such as checkout, caches, artifacts), when the check cannot tell whether the job fails or switches to a newer Go (an installer it does not know: a fork, a SHA without a `# vX.Y.Z` comment; a `GOTOOLCHAIN` it cannot read), and for a version handed to a remote action or workflow: either way the pinned Go is not what runs",
    judge: pinBelowMinimum("workflow")
  },
  "ci-toolchain-switch": {
    severity: "warning",
    readme: "a CI pin below that minimum passes only because Go switches to the newer toolchain go.mod asks for (actions/setup-go v5 and older leave `GOTOOLCHAIN=auto`, or an `env:` sets `auto`, `path` or `go1.X.Y`): names the Go that really runs",
    judge: ciToolchainSwitch
  },
  "yaml-number": {
    severity: "error",
    readme: "an unquoted YAML number that lost a trailing zero (`1.20` read as 1.2), found from the source, also on the line of a caller's `with:`",
    judge: yamlNumber
  },
  "dockerfile-below-minimum": {
    severity: "error",
    readme: "a Dockerfile stage that builds the module uses a Go below its minimum",
    judge: pinBelowMinimum("dockerfile")
  },
  "version-file-below-minimum": {
    severity: "warning",
    readme: "a `.go-version` or `.tool-versions` file names a Go below the go line of the module it is in (a warning: Go 1.21 and newer, as version managers install it, switches up by default; a CI job that reads the file is judged where it reads it)",
    judge: pinBelowMinimum("version file")
  },
  "version-file-missing": {
    severity: "error",
    readme: "a `go-version-file` a workflow names does not exist in the repository (one in a folder the repository lacks, such as the `path:` of a second checkout, is made at run time: a notice)",
    judge: versionFileMissing
  },
  "other-ci-below-minimum": {
    severity: "warning",
    readme: "a CI file of another service (`.travis.yml`, `.circleci/config.yml`, `.gitlab-ci.yml`, `.semaphore/`, `Jenkinsfile`...) names a Go line below the go line of the root module: a warning, since such files often outlive the service",
    judge: otherCiBelowMinimum
  },
  "invalid-version": {
    severity: "error",
    readme: "a `go`/`toolchain` line or a pinned version that is not a Go version (pointing at file and line, never a crash)",
    judge: invalidVersion2
  },
  "parse-error": {
    severity: "error",
    readme: "a go.mod, go.work, version file, workflow or local action that cannot be parsed (pointing at file and line, never a crash); a notice for YAML, which GitHub reads more leniently than the check",
    judge: readFailureOf("parse-error")
  },
  "not-followed": {
    severity: "error",
    readme: "a version file, go.mod, workflow, action or Dockerfile that is a symbolic link (or lies below one under `.github/`), a named pipe or a device: not read, only its path is named",
    judge: readFailureOf("not-followed")
  },
  "over-budget": {
    severity: "error",
    readme: "a file larger than 1 MiB, YAML aliases or Dockerfile ARGs that expand past their budget, or a repository past the files or bytes the check reads: named, and the rest is still judged",
    judge: readFailureOf("over-budget")
  },
  "minimum-untested": {
    severity: "warning",
    readme: "no CI job builds with the go line of a module it builds (a job counts with the Go that really runs; none is claimed while a job that builds the module has a Go the check could not resolve, the Go on the runner or one a remote action or workflow passed no Go version decides); a go.mod below the root, with Go code, that no job names while every job uses a newer Go; CI of only `stable`/`oldstable` or open ranges past the go line today",
    judge: minimumUntested
  },
  "toolchain-newer-than-ci": {
    severity: "warning",
    readme: "a `toolchain` line newer than every Go the CI jobs run (a job whose Go switches up to it builds with it)",
    judge: toolchainNewerThanCi
  },
  "broken-reference": {
    severity: "warning",
    readme: "`${{ matrix.x }}`, `${{ env.X }}` or `${{ inputs.x }}` defined nowhere (it is empty, so no version is requested)",
    judge: brokenReference
  },
  unverified: {
    severity: "notice",
    readme: "`vars.*`, `needs.*`, `steps.*` (but a repository file a step reads is followed), `fromJSON(...)`, `ARG`s without default, inputs of a workflow called from elsewhere, `stable` when the go line is past its calendar floor, remote actions and reusable workflows (`owner/repo/...@ref`, naming what is passed to them; a remote action named for installing Go, such as `golang/govulncheck-action`, also when nothing is): never a pass",
    judge: unverified
  }
};
var MAX_MESSAGE_LENGTH = 1e3;
var MAX_VALUE_LENGTH = 200;
var SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
function capped(severity, cap) {
  return cap !== void 0 && SEVERITY_RANK[cap] > SEVERITY_RANK[severity] ? cap : severity;
}
function clipped(text, max) {
  return text.length <= max ? text : `${text.slice(0, max)}\u2026 (${text.length} characters)`;
}
var DRIFT_RULES = RULE_IDS.map((id) => ({ id, ...RULES[id] }));
function applyRules(sources, lookup, today) {
  const { subjects, sites } = collectSubjects(sources, lookup);
  const context = { today };
  const findings = [];
  for (const subject of subjects) {
    const condition = conditionOf(subject);
    for (const rule of DRIFT_RULES) {
      for (const observation of rule.judge(subject, context)) {
        const { at, message, found = null, expected = null, cap } = underCondition(observation, condition);
        findings.push({
          file: at.file,
          line: at.line,
          column: at.column,
          severity: capped(rule.severity, cap),
          rule: rule.id,
          message: clipped(message, MAX_MESSAGE_LENGTH),
          found: found === null ? null : clipped(found, MAX_VALUE_LENGTH),
          expected: expected === null ? null : clipped(expected, MAX_VALUE_LENGTH)
        });
      }
    }
  }
  return { findings, sites };
}

// src/drift/check.ts
function checkDrift(files, options = {}) {
  const byPath = new Map(files.map((file) => [file.path, file.contents]));
  const lookup = (path) => byPath.get(path) ?? options.readFile?.(path);
  const { findings, sites } = applyRules(
    collectSources(files, lookup, options.refused, options.directories, options.repository),
    lookup,
    options.today ?? /* @__PURE__ */ new Date()
  );
  return { findings: unique(findings, (f) => `${key(f)}|${f.rule}`), sites: unique(sites, (s) => `${key(s)}|${s.version}`) };
}
function key(at) {
  return `${at.file}:${at.line}:${at.column}`;
}
function byPosition(a, b) {
  return compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column;
}
function unique(items, identity) {
  const seen = /* @__PURE__ */ new Map();
  for (const item of items) if (!seen.has(identity(item))) seen.set(identity(item), item);
  return [...seen.values()].sort(byPosition);
}

// src/drift/scan.ts
import { readdirSync } from "node:fs";
import { join } from "node:path";

// src/drift/glob.ts
function globToRegExp(glob) {
  let pattern = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*" && glob[i + 1] === "*") {
      const slash = glob[i + 2] === "/";
      pattern += slash ? "(?:.*/)?" : ".*";
      i += slash ? 2 : 1;
    } else if (c === "*") pattern += "[^/]*";
    else if (c === "?") pattern += "[^/]";
    else if (c === "{") {
      const end = glob.indexOf("}", i);
      if (end === -1) pattern += "\\{";
      else {
        pattern += `(?:${glob.slice(i + 1, end).split(",").map(escape).join("|")})`;
        i = end;
      }
    } else pattern += escapeRegExp(c);
  }
  return new RegExp(`^${pattern}$`);
}
function escapeRegExp(text) {
  return text.replace(/[.+^${}()|[\]\\*?]/g, "\\$&");
}
function ignoreMatcher(globs) {
  const patterns = globs.map((glob) => glob.trim().replace(/^\.\//, "").replace(/\/+$/, "")).filter((glob) => glob !== "" && !glob.startsWith("#")).map((glob) => globToRegExp(glob.includes("/") ? glob : `**/${glob}`));
  if (patterns.length === 0) return () => false;
  return (path) => {
    const parts = path.split("/");
    for (let end = 1; end <= parts.length; end++) {
      const prefix = parts.slice(0, end).join("/");
      if (patterns.some((pattern) => pattern.test(prefix))) return true;
    }
    return false;
  };
}

// src/drift/scan.ts
var SKIPPED_DIRECTORIES = /* @__PURE__ */ new Set(["node_modules", ".git", "vendor"]);
var MAX_FILE_BYTES = 1 << 20;
var MAX_FILES = 1e4;
var MAX_TOTAL_BYTES = 4 << 20;
var MAX_MODULE_BYTES = 16 << 20;
var MAX_ENTRIES = 5e5;
var CI_FOLDER = /^\.github(?:\/|$)/;
var CheckReads = class {
  constructor(budget = new ReadBudget(MAX_FILES, MAX_TOTAL_BYTES), moduleBudget = budget.sharingFiles(MAX_MODULE_BYTES, "of go.mod, go.work and version files")) {
    this.budget = budget;
    this.moduleBudget = moduleBudget;
  }
  budget;
  moduleBudget;
  spent;
  /** The budget a file of this role is read from. */
  budgetFor(role) {
    return role === "go.mod" || role === "go.work" || role === "version file" ? this.moduleBudget : this.budget;
  }
  /** The finding for a file not read; every over-budget file gets the same one. */
  refuse(path, read) {
    if (read.kind !== "over-budget") return refusedFile(path, read);
    if (!this.spent) {
      const finding = refusedFile(path, read);
      this.spent = { finding, message: finding.message, count: 0 };
      return finding;
    }
    this.spent.count++;
    this.spent.finding.message = this.spent.message.replace(
      /; no Go version/,
      `, nor ${this.spent.count} more file(s) after it; no Go version`
    );
    return this.spent.finding;
  }
};
var READ_ORDER = {
  "go.work": 0,
  "go.mod": 1,
  "version file": 2,
  dockerfile: 3,
  workflow: 4,
  "local action": 4,
  "image build": 5,
  "other ci": 6
};
function scanTree(root, ignore = [], reads = new CheckReads()) {
  const isIgnored = ignoreMatcher(ignore);
  const files = [];
  const refused = [];
  const directories = [];
  const toRead = [];
  let seen = 0;
  let stopped = false;
  const walk = (directory, prefix) => {
    let goSourceListed = false;
    const entries = readdirSync(directory, { withFileTypes: true }).sort((a, b) => compareStrings(a.name, b.name));
    for (const entry of entries) {
      if (stopped) return;
      const path = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
      if (++seen > MAX_ENTRIES) {
        const reason = `the check looks at most ${MAX_ENTRIES} directory entries`;
        refused.push(refusedFile(path, { kind: "over-budget", reason }));
        stopped = true;
        return;
      }
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name) && !isIgnored(path)) {
          directories.push(path);
          walk(join(directory, entry.name), path);
        }
        continue;
      }
      const role = classifyFile(path);
      if (role === "go source") {
        if (!goSourceListed && !isIgnored(path)) files.push({ path, contents: "" });
        goSourceListed = true;
      } else if (role === void 0) {
        if (entry.isSymbolicLink() && CI_FOLDER.test(path) && !isIgnored(path)) {
          refused.push(refusedFile(path, { kind: "not-followed", at: path, what: "a symbolic link" }));
        }
      } else if (!isIgnored(path)) toRead.push({ path, role });
    }
  };
  walk(root, "");
  toRead.sort((a, b) => READ_ORDER[a.role] - READ_ORDER[b.role] || compareStrings(a.path, b.path));
  for (const { path, role } of toRead) {
    const read = readRepoFile(root, path, { maxBytes: MAX_FILE_BYTES, budget: reads.budgetFor(role), parentsChecked: true });
    if (read.kind === "text") files.push({ path, contents: read.text });
    else if (read.kind !== "missing") {
      const finding = reads.refuse(path, read);
      if (!refused.includes(finding)) refused.push(finding);
    }
  }
  return { files, refused, directories };
}
function treeFileReader(root, reads = new CheckReads()) {
  const seen = /* @__PURE__ */ new Map();
  return (path) => {
    if (seen.has(path)) return seen.get(path);
    const read = readRepoFile(root, path, { maxBytes: MAX_FILE_BYTES, budget: reads.budgetFor(classifyFile(path)) });
    const result = read.kind === "text" ? read.text : read.kind === "missing" ? void 0 : reads.refuse(path, read);
    seen.set(path, result);
    return result;
  };
}

// src/drift/check-tree.ts
function checkTree(root, options = {}) {
  const reads = new CheckReads();
  const { files, refused, directories } = scanTree(root, options.ignore, reads);
  return checkDrift(files, {
    readFile: treeFileReader(root, reads),
    refused,
    directories,
    today: options.today,
    repository: options.repository
  });
}

// src/drift/format.ts
var SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 };
function formatFinding(finding) {
  return `${finding.file}:${finding.line}:${finding.column} ${finding.severity} ${finding.rule} ${finding.message}`;
}
function countBySeverity(findings) {
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}
function formatTotals(findings) {
  const counts = countBySeverity(findings);
  return `${counts.error} error(s), ${counts.warning} warning(s), ${counts.notice} notice(s)`;
}
function positionKey(at) {
  return `${at.file}:${at.line}:${at.column}`;
}
function verdict(here) {
  const worst = here?.slice().sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])[0];
  if (!worst) return "ok";
  return worst.rule === "unverified" ? "unverified" : `${worst.severity}: ${worst.rule}`;
}
function siteRows(result) {
  const findingsAt = /* @__PURE__ */ new Map();
  for (const finding of result.findings) {
    const key2 = positionKey(finding);
    findingsAt.set(key2, [...findingsAt.get(key2) ?? [], finding]);
  }
  return result.sites.map((site) => [site.kind, positionKey(site), site.version, verdict(findingsAt.get(positionKey(site)))]);
}

export {
  DRIFT_RULES,
  checkTree,
  formatFinding,
  countBySeverity,
  formatTotals,
  siteRows
};
//# sourceMappingURL=chunk-MOOR5XHU.js.map
