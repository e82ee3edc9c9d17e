import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  compareGoVersions,
  formatGoVersion,
  fromSemver,
  languageVersion,
  parseGoVersion,
  releaseVersion
} from "./chunk-NBMMN6Z4.js";

// src/version/spec.ts
var ACCEPTED_FORMS = "accepted forms: an exact release (1.22.5, go1.22.5, v1.22.5, 1.21rc2, 1.21.0-rc.2), a minor line (1.22, 1.22.x), a range (^1.22, ~1.22.3, >=1.21 <1.23, >=1.21.0, <1.23, 1.21 - 1.22, 1.x, a || b, >=1.26.0-0 with candidates), *, stable, oldstable, latest";
function invalid(source, text, reason) {
  const because = reason ? ` (${reason})` : "";
  return new Error(`${source}: cannot read ${JSON.stringify(text)} as a Go version${because}; ${ACCEPTED_FORMS}`);
}
function lineStart(major, minor) {
  return { major, minor, pre: { kind: "alpha", number: 0 } };
}
var WILDCARD_TAIL = /((?:\.[xX*])*)$/;
var ANY_VERSION = /^[xX*]$/;
var BUILD_METADATA = /\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*$/;
var LOWEST_PRERELEASE = "-0";
function parsePartial(text) {
  const wildcards = WILDCARD_TAIL.exec(text)[1];
  const written = text.slice(0, text.length - wildcards.length);
  const parts = written.split(".").length + wildcards.length / 2;
  const version = parseGoVersion(written);
  if (!version || version.patch !== void 0 || version.pre !== void 0 || parts > 3) return void 0;
  return written.includes(".") ? { major: version.major, minor: version.minor } : { major: version.major };
}
function partialLow(p) {
  return lineStart(p.major, p.minor ?? 0);
}
function partialHigh(p) {
  return p.minor === void 0 ? lineStart(p.major + 1, 0) : lineStart(p.major, p.minor + 1);
}
function parseBound(written) {
  const text = written.replace(BUILD_METADATA, "");
  if (text.endsWith(LOWEST_PRERELEASE)) {
    const version = text.slice(0, -LOWEST_PRERELEASE.length);
    const bound = parseBound(version);
    if (bound === void 0 || bound.includePrerelease || version.split(".").length !== 3) return void 0;
    if ("partial" in bound) return bound;
    if (bound.full.pre !== void 0) return void 0;
    const full2 = bound.full.patch === 0 ? lineStart(bound.full.major, bound.full.minor) : { ...bound.full, pre: { kind: "alpha", number: 0 } };
    return { full: full2, includePrerelease: true };
  }
  const partial = parsePartial(text);
  if (partial) return { partial };
  const full = parseGoVersion(text) ?? fromSemver(text.replace(/^v/, ""));
  return full && (full.patch !== void 0 || full.pre !== void 0) ? { full } : void 0;
}
var OPERATOR = /^(<=|>=|<|>|=|\^|~)?(.*)$/;
function comparatorsFor(operator, bound) {
  if ("partial" in bound) {
    const low = partialLow(bound.partial);
    const high = partialHigh(bound.partial);
    switch (operator) {
      case ">=":
        return [{ operator: ">=", bound: low }];
      case ">":
        return [{ operator: ">=", bound: high }];
      case "<":
        return [{ operator: "<", bound: low }];
      case "<=":
        return [{ operator: "<", bound: high }];
      case "^":
        return [
          { operator: ">=", bound: low },
          { operator: "<", bound: lineStart(bound.partial.major + 1, 0) }
        ];
      default:
        return [
          { operator: ">=", bound: low },
          { operator: "<", bound: high }
        ];
    }
  }
  const v = bound.full;
  switch (operator) {
    case ">=":
    case ">":
    case "<":
    case "<=":
      return [{ operator, bound: v }];
    case "^":
      return [
        { operator: ">=", bound: v },
        { operator: "<", bound: lineStart(v.major + 1, 0) }
      ];
    case "~":
      return [
        { operator: ">=", bound: v },
        { operator: "<", bound: lineStart(v.major, v.minor + 1) }
      ];
    default:
      return [
        { operator: ">=", bound: v },
        { operator: "<=", bound: v }
      ];
  }
}
function prereleaseLinesOf(bounds) {
  return bounds.flatMap((b) => "full" in b && b.full.pre !== void 0 ? [languageVersion(b.full)] : []);
}
function parseComparatorSet(text, source, whole) {
  const hyphen = /^(\S+)\s+-\s+(\S+)$/.exec(text);
  if (hyphen) {
    const from = parseBound(hyphen[1]);
    const to = parseBound(hyphen[2]);
    if (!from || !to) throw invalid(source, whole);
    return {
      comparators: [...comparatorsFor(">=", from), ...comparatorsFor("<=", to)],
      prereleaseLines: prereleaseLinesOf([from, to])
    };
  }
  const tokens = text.replace(/(<=|>=|<|>|=|\^|~)\s+/g, "$1").split(/[\s,]+/).filter(Boolean);
  if (tokens.length === 0) throw invalid(source, whole, "empty comparator set");
  const comparators = [];
  const bounds = [];
  for (const token of tokens) {
    if (ANY_VERSION.test(token.replace(BUILD_METADATA, ""))) continue;
    const [, operator, versionText] = OPERATOR.exec(token);
    const bound = parseBound(versionText);
    if (!bound) throw invalid(source, whole, `${JSON.stringify(token)} is not a version comparator`);
    bounds.push(bound);
    comparators.push(...comparatorsFor(operator, bound));
  }
  return { comparators, prereleaseLines: prereleaseLinesOf(bounds) };
}
function lostZeroWarning(text, source) {
  const match = /^1\.([1-9])$/.exec(text);
  if (!match) return void 0;
  const intended = `1.${match[1]}0`;
  return `${source}: ${text} is probably ${intended} written unquoted in YAML (which reads ${intended} as the number ${text}); quote it: '${intended}'. Go ${text} is over a decade old.`;
}
function parseVersionSpec(text, source, { fromYaml = true } = {}) {
  const trimmed = text.trim();
  if (trimmed === "") throw invalid(source, text, "empty");
  const warnings = [];
  const lostZero = fromYaml ? lostZeroWarning(trimmed, source) : void 0;
  if (lostZero) warnings.push(lostZero);
  const keyword = trimmed.toLowerCase();
  if (keyword === "stable" || keyword === "latest") return { spec: { kind: "stable" }, warnings };
  if (keyword === "oldstable") return { spec: { kind: "oldstable" }, warnings };
  const single = parseBound(trimmed);
  if (single?.includePrerelease) {
    throw invalid(
      source,
      text,
      `${LOWEST_PRERELEASE} admits pre-releases to a range; give it an operator (>=${trimmed}) or name the release`
    );
  }
  if (single && "full" in single) return { spec: { kind: "exact", version: single.full }, warnings };
  if (single && single.partial.minor !== void 0) {
    return { spec: { kind: "minor", major: single.partial.major, minor: single.partial.minor }, warnings };
  }
  const sets = trimmed.split("||").map((set) => parseComparatorSet(set.trim(), source, text));
  return { spec: { kind: "range", text: trimmed, sets }, warnings };
}
function satisfiesComparator(version, { operator, bound }) {
  const order = compareGoVersions(version, bound);
  switch (operator) {
    case "<":
      return order < 0;
    case "<=":
      return order <= 0;
    case ">":
      return order > 0;
    case ">=":
      return order >= 0;
  }
}
function satisfiesSet(version, set) {
  if (version.pre !== void 0 && !set.prereleaseLines.includes(languageVersion(version))) return false;
  return set.comparators.every((comparator) => satisfiesComparator(version, comparator));
}
function sameLine(a, b) {
  return a.major === b.major && a.minor === b.minor;
}
function asRelease(name) {
  const version = releaseVersion(name);
  return version && (version.patch !== void 0 || version.pre !== void 0) ? version : void 0;
}
function matches(spec, version) {
  switch (spec.kind) {
    case "exact":
      return compareGoVersions(version, spec.version) === 0;
    case "minor":
      return version.pre === void 0 && version.major === spec.major && version.minor === spec.minor;
    case "range":
      return spec.sets.some((set) => satisfiesSet(version, set));
    case "minimum":
      return sameLine(version, spec.version) && (version.pre === void 0 || spec.version.pre !== void 0) && compareGoVersions(version, spec.version) >= 0;
    case "stable":
    case "oldstable":
      return false;
  }
}
function satisfiesVersionSpec(spec, version) {
  const release = asRelease(version);
  return release !== void 0 && matches(spec, release);
}
function newest(versions) {
  return versions.reduce((best, v) => best === void 0 || compareGoVersions(v, best) > 0 ? v : best, void 0);
}
function resolveVersionSpec(spec, releases) {
  const known = releases.flatMap((r) => {
    const version = asRelease(r.version);
    return version ? [{ version, stable: r.stable && version.pre === void 0 }] : [];
  });
  let chosen;
  if (spec.kind === "stable" || spec.kind === "oldstable") {
    const stable = known.filter((r) => r.stable).map((r) => r.version);
    chosen = newest(stable);
    if (chosen && spec.kind === "oldstable") {
      const current = chosen;
      chosen = newest(stable.filter((v) => compareGoVersions(v, lineStart(current.major, current.minor)) < 0));
    }
  } else {
    chosen = newest(known.map((r) => r.version).filter((v) => matches(spec, v)));
  }
  return chosen && formatGoVersion(chosen);
}
function describeBound(v) {
  const isLineStart = v.pre?.kind === "alpha" && v.pre.number === 0 && v.patch === void 0;
  return isLineStart ? languageVersion(v) : formatGoVersion(v);
}
function describeVersionSpec(spec) {
  switch (spec.kind) {
    case "exact":
      return `Go ${formatGoVersion(spec.version)}`;
    case "minor":
      return `the newest Go ${spec.major}.${spec.minor}.x release`;
    case "range": {
      const sets = spec.sets.map((set) => set.comparators.map((c) => `${c.operator}${describeBound(c.bound)}`).join(" "));
      return `the newest Go release matching ${JSON.stringify(spec.text)} (${sets.join(" or ")})`;
    }
    case "stable":
      return "the newest stable Go release";
    case "oldstable":
      return "the newest release of the Go line before the newest stable one";
    case "minimum":
      return `the newest Go ${languageVersion(spec.version)}.x release at or above ${formatGoVersion(spec.version)}`;
  }
}
function newestStableReleases(releases, count) {
  return releases.filter((release) => release.stable).sort((a, b) => compareGoVersions(releaseVersion(b.version) ?? b.version, releaseVersion(a.version) ?? a.version)).slice(0, count).map((release) => release.version);
}
var OLDEST_SUPPORTED = lineStart(1, 9);
function admitsSupported(set) {
  return set.comparators.every(({ operator, bound }) => {
    const order = compareGoVersions(bound, OLDEST_SUPPORTED);
    return operator === "<" ? order > 0 : operator === "<=" ? order >= 0 : true;
  });
}
function onlyUnsupported(spec) {
  switch (spec.kind) {
    case "exact":
    case "minimum":
      return compareGoVersions(spec.version, OLDEST_SUPPORTED) < 0;
    case "minor":
      return compareGoVersions(lineStart(spec.major, spec.minor), OLDEST_SUPPORTED) < 0;
    case "range":
      return !spec.sets.some(admitsSupported);
    case "stable":
    case "oldstable":
      return false;
  }
}
function refuseUnsupportedSpec(spec, source, text, { fromYaml = true } = {}) {
  if (!onlyUnsupported(spec)) return;
  const trimmed = text.trim();
  const oldest = languageVersion(OLDEST_SUPPORTED);
  const lostZero = fromYaml ? /^1\.([1-9])$/.exec(trimmed) : null;
  const advice = lostZero ? `did you mean '1.${lostZero[1]}0'? (YAML reads an unquoted 1.${lostZero[1]}0 as ${trimmed})` : `ask for Go ${oldest} or newer`;
  throw new Error(`${source}: ${trimmed} is older than Go ${oldest}, the oldest this action supports; ${advice}`);
}

export {
  parseVersionSpec,
  satisfiesVersionSpec,
  resolveVersionSpec,
  describeVersionSpec,
  newestStableReleases,
  refuseUnsupportedSpec
};
//# sourceMappingURL=chunk-FAKZ4MPP.js.map
