import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);

// src/build/plan/targets.ts
var ARM64_LEVELS = [
  ...Array.from({ length: 10 }, (_, minor) => `v8.${minor}`),
  ...Array.from({ length: 6 }, (_, minor) => `v9.${minor}`)
];
var identity = (values) => new Map(values.map((value) => [value, value]));
var FLOAT_ABI = identity(["hardfloat", "softfloat"]);
var POWER_LEVELS = identity(["power8", "power9", "power10"]);
var VARIANT_RULES = /* @__PURE__ */ new Map([
  // Docker writes linux/arm/v7; Go wants GOARM=7.
  [
    "arm",
    {
      variable: "GOARM",
      values: /* @__PURE__ */ new Map([
        ["v5", "5"],
        ["v6", "6"],
        ["v7", "7"]
      ]),
      aliases: /* @__PURE__ */ new Map([
        ["5", "v5"],
        ["6", "v6"],
        ["7", "v7"]
      ])
    }
  ],
  ["amd64", { variable: "GOAMD64", values: identity(["v1", "v2", "v3", "v4"]) }],
  ["386", { variable: "GO386", values: identity(["sse2", "softfloat"]) }],
  // Docker writes linux/arm64/v8; Go wants GOARM64=v8.0.
  [
    "arm64",
    {
      variable: "GOARM64",
      values: identity(ARM64_LEVELS),
      aliases: /* @__PURE__ */ new Map([
        ["v8", "v8.0"],
        ["v9", "v9.0"]
      ])
    }
  ],
  ["mips", { variable: "GOMIPS", values: FLOAT_ABI }],
  ["mipsle", { variable: "GOMIPS", values: FLOAT_ABI }],
  ["mips64", { variable: "GOMIPS64", values: FLOAT_ABI }],
  ["mips64le", { variable: "GOMIPS64", values: FLOAT_ABI }],
  ["ppc64", { variable: "GOPPC64", values: POWER_LEVELS }],
  ["ppc64le", { variable: "GOPPC64", values: POWER_LEVELS }],
  ["riscv64", { variable: "GORISCV64", values: identity(["rva20u64", "rva22u64", "rva23u64"]) }]
]);
var VARIANT_VARIABLES = [...new Set([...VARIANT_RULES.values()].map((rule) => rule.variable))];
function canonicalVariant(goarch, variant) {
  const rule = VARIANT_RULES.get(goarch);
  if (!rule) return void 0;
  const canonical = rule.aliases?.get(variant) ?? variant;
  return rule.values.has(canonical) ? canonical : void 0;
}
function targetId(target) {
  return [target.goos, target.goarch, target.variant].filter(Boolean).join("/");
}
function targetEnv(target) {
  const env = { GOOS: target.goos, GOARCH: target.goarch };
  if (target.variant) {
    const rule = VARIANT_RULES.get(target.goarch);
    env[rule.variable] = rule.values.get(target.variant);
  }
  return env;
}
function globToRegExp(glob) {
  const escaped = glob.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*").replace(/\?/g, "[^/]");
  return new RegExp(`^${escaped}$`);
}
function listValid(dist) {
  return dist.map((entry) => `${entry.GOOS}/${entry.GOARCH}`).join(", ");
}
function describeVariants(goarch) {
  const rule = VARIANT_RULES.get(goarch);
  if (!rule) return `${goarch} has no variants`;
  return `${goarch} variants (${rule.variable}): ${[...rule.values.keys(), ...rule.aliases?.keys() ?? []].join(", ")}`;
}
function resolveTargets(entries, dist) {
  const resolved = /* @__PURE__ */ new Map();
  const add = (target) => {
    if (!resolved.has(targetId(target))) resolved.set(targetId(target), target);
  };
  for (const entry of entries) {
    if (entry === "all" || entry === "first-class") {
      for (const d of dist) if (entry === "all" || d.FirstClass) add({ goos: d.GOOS, goarch: d.GOARCH, variant: "" });
      continue;
    }
    const parts = entry.split("/");
    if (parts.length < 2 || parts.length > 3 || parts.some((part) => part === "")) {
      throw new Error(`input targets: "${entry}" is not goos/goarch[/variant]. Valid targets: ${listValid(dist)}`);
    }
    const [goos, goarch, variant = ""] = parts;
    if (/[*?]/.test(goos) || /[*?]/.test(goarch)) {
      if (variant) throw new Error(`input targets: "${entry}": a glob cannot carry a variant`);
      const pattern = globToRegExp(`${goos}/${goarch}`);
      const matches = dist.filter((d) => pattern.test(`${d.GOOS}/${d.GOARCH}`));
      if (matches.length === 0) throw new Error(`input targets: the glob "${entry}" matches nothing. Valid targets: ${listValid(dist)}`);
      for (const d of matches) add({ goos: d.GOOS, goarch: d.GOARCH, variant: "" });
      continue;
    }
    if (!dist.some((d) => d.GOOS === goos && d.GOARCH === goarch)) {
      throw new Error(`input targets: unknown target "${entry}" for this Go. Valid targets: ${listValid(dist)}`);
    }
    const canonical = variant ? canonicalVariant(goarch, variant) : "";
    if (canonical === void 0) {
      throw new Error(`input targets: "${entry}": unknown variant "${variant}"; ${describeVariants(goarch)}`);
    }
    add({ goos, goarch, variant: canonical });
  }
  if (resolved.size === 0) throw new Error("input targets: no targets to build: the input is empty");
  return [...resolved.values()];
}

export {
  VARIANT_VARIABLES,
  targetId,
  targetEnv,
  resolveTargets
};
//# sourceMappingURL=chunk-CFGINUAJ.js.map
