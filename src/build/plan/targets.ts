// Target grammar: `goos/goarch[/variant]`, the shorthands `first-class` and `all`, and globs such as
// `linux/*`, resolved against `go tool dist list -json` of the Go in use. Pure: no I/O.

/** One entry of `go tool dist list -json`. */
export interface DistEntry {
  GOOS: string;
  GOARCH: string;
  CgoSupported: boolean;
  FirstClass: boolean;
}

export interface BuildTarget {
  goos: string;
  goarch: string;
  /** Canonical variant (`v7`, `v3`, `softfloat`...), empty when none was asked for. */
  variant: string;
}

interface VariantRule {
  /** Environment variable that carries the variant. */
  variable: string;
  /** Canonical variant spelling -> the variable's value. */
  values: ReadonlyMap<string, string>;
  /** Other accepted spellings -> canonical spelling. */
  aliases?: ReadonlyMap<string, string>;
}

// Maps, not plain objects: a variant comes from the targets input, and `constructor` or `toString`
// must not find an inherited property.
const ARM64_LEVELS = [
  ...Array.from({ length: 10 }, (_, minor) => `v8.${minor}`),
  ...Array.from({ length: 6 }, (_, minor) => `v9.${minor}`),
];
const identity = (values: string[]) => new Map(values.map((value) => [value, value]));
const FLOAT_ABI = identity(['hardfloat', 'softfloat']);
const POWER_LEVELS = identity(['power8', 'power9', 'power10']);

/** Which variable each GOARCH's variant sets, and the values Go accepts for it. */
const VARIANT_RULES = new Map<string, VariantRule>([
  // Docker writes linux/arm/v7; Go wants GOARM=7.
  [
    'arm',
    {
      variable: 'GOARM',
      values: new Map([
        ['v5', '5'],
        ['v6', '6'],
        ['v7', '7'],
      ]),
      aliases: new Map([
        ['5', 'v5'],
        ['6', 'v6'],
        ['7', 'v7'],
      ]),
    },
  ],
  ['amd64', { variable: 'GOAMD64', values: identity(['v1', 'v2', 'v3', 'v4']) }],
  ['386', { variable: 'GO386', values: identity(['sse2', 'softfloat']) }],
  // Docker writes linux/arm64/v8; Go wants GOARM64=v8.0.
  [
    'arm64',
    {
      variable: 'GOARM64',
      values: identity(ARM64_LEVELS),
      aliases: new Map([
        ['v8', 'v8.0'],
        ['v9', 'v9.0'],
      ]),
    },
  ],
  ['mips', { variable: 'GOMIPS', values: FLOAT_ABI }],
  ['mipsle', { variable: 'GOMIPS', values: FLOAT_ABI }],
  ['mips64', { variable: 'GOMIPS64', values: FLOAT_ABI }],
  ['mips64le', { variable: 'GOMIPS64', values: FLOAT_ABI }],
  ['ppc64', { variable: 'GOPPC64', values: POWER_LEVELS }],
  ['ppc64le', { variable: 'GOPPC64', values: POWER_LEVELS }],
  ['riscv64', { variable: 'GORISCV64', values: identity(['rva20u64', 'rva22u64', 'rva23u64']) }],
]);

/** Every variable a variant can set: cleared for each build so a job-level value cannot leak into a target's name. */
export const VARIANT_VARIABLES = [...new Set([...VARIANT_RULES.values()].map((rule) => rule.variable))];

/** Canonical spelling of a variant, or undefined when the GOARCH does not know it. */
function canonicalVariant(goarch: string, variant: string): string | undefined {
  const rule = VARIANT_RULES.get(goarch);
  if (!rule) return undefined;
  const canonical = rule.aliases?.get(variant) ?? variant;
  return rule.values.has(canonical) ? canonical : undefined;
}

export function targetId(target: BuildTarget): string {
  return [target.goos, target.goarch, target.variant].filter(Boolean).join('/');
}

/** Environment that selects the target for `go build` / `go test`. */
export function targetEnv(target: BuildTarget): Record<string, string> {
  const env: Record<string, string> = { GOOS: target.goos, GOARCH: target.goarch };
  if (target.variant) {
    const rule = VARIANT_RULES.get(target.goarch)!;
    env[rule.variable] = rule.values.get(target.variant)!;
  }
  return env;
}

function globToRegExp(glob: string): RegExp {
  const escaped = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]');
  return new RegExp(`^${escaped}$`);
}

function listValid(dist: DistEntry[]): string {
  return dist.map((entry) => `${entry.GOOS}/${entry.GOARCH}`).join(', ');
}

function describeVariants(goarch: string): string {
  const rule = VARIANT_RULES.get(goarch);
  if (!rule) return `${goarch} has no variants`;
  return `${goarch} variants (${rule.variable}): ${[...rule.values.keys(), ...(rule.aliases?.keys() ?? [])].join(', ')}`;
}

/**
 * Resolves the `targets` input against the Go's dist list. Order follows the input; expansions of
 * shorthands and globs follow the dist list; duplicates are dropped. Throws with the valid targets
 * listed when an entry is malformed or unknown.
 */
export function resolveTargets(entries: string[], dist: DistEntry[]): BuildTarget[] {
  const resolved = new Map<string, BuildTarget>();
  const add = (target: BuildTarget) => {
    if (!resolved.has(targetId(target))) resolved.set(targetId(target), target);
  };
  for (const entry of entries) {
    if (entry === 'all' || entry === 'first-class') {
      for (const d of dist) if (entry === 'all' || d.FirstClass) add({ goos: d.GOOS, goarch: d.GOARCH, variant: '' });
      continue;
    }
    const parts = entry.split('/');
    if (parts.length < 2 || parts.length > 3 || parts.some((part) => part === '')) {
      throw new Error(`input targets: "${entry}" is not goos/goarch[/variant]. Valid targets: ${listValid(dist)}`);
    }
    const [goos, goarch, variant = ''] = parts as [string, string, string?];
    if (/[*?]/.test(goos) || /[*?]/.test(goarch)) {
      if (variant) throw new Error(`input targets: "${entry}": a glob cannot carry a variant`);
      const pattern = globToRegExp(`${goos}/${goarch}`);
      const matches = dist.filter((d) => pattern.test(`${d.GOOS}/${d.GOARCH}`));
      if (matches.length === 0) throw new Error(`input targets: the glob "${entry}" matches nothing. Valid targets: ${listValid(dist)}`);
      for (const d of matches) add({ goos: d.GOOS, goarch: d.GOARCH, variant: '' });
      continue;
    }
    if (!dist.some((d) => d.GOOS === goos && d.GOARCH === goarch)) {
      throw new Error(`input targets: unknown target "${entry}" for this Go. Valid targets: ${listValid(dist)}`);
    }
    const canonical = variant ? canonicalVariant(goarch, variant) : '';
    if (canonical === undefined) {
      throw new Error(`input targets: "${entry}": unknown variant "${variant}"; ${describeVariants(goarch)}`);
    }
    add({ goos, goarch, variant: canonical });
  }
  if (resolved.size === 0) throw new Error('input targets: no targets to build: the input is empty');
  return [...resolved.values()];
}
