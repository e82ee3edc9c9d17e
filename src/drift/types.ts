// Shared shapes of the drift check: where a version was found, what was found, what is wrong with it.
// Pure: no I/O, no @actions/*.
import type { RuleId } from './rule-ids';

export type Severity = 'error' | 'warning' | 'notice';

/** The drift rule ids (rule-ids.ts); the rule table has one rule for each. */
export type { RuleId };

/** A place in a file; line and column are 1-based, paths are relative to the checked directory, with `/`. */
export interface Position {
  file: string;
  line: number;
  column: number;
}

/**
 * A file that could not be read as what it should be (or was not read at all: a link, a special
 * file, a budget spent): judged before any rule runs, rated by the rule table.
 */
export interface ReadFailure extends Position {
  rule: Extract<RuleId, 'parse-error' | 'invalid-version' | 'not-followed' | 'over-budget'>;
  message: string;
  found: string | null;
  expected: string | null;
}

export interface Finding extends Position {
  severity: Severity;
  rule: RuleId;
  message: string;
  /** The version (or text) found, when the rule is about one. */
  found: string | null;
  /** What the rule expects instead, when it can say. */
  expected: string | null;
}

/** Reads a file a workflow names: its text, why it was not read, or undefined when it does not exist. */
export type FileLookup = (path: string) => string | ReadFailure | undefined;

/** A file of the checked tree: path relative to the checked directory (with `/`) and its text. */
export interface RepoFile {
  path: string;
  contents: string;
}

/** A literal that ends up as (part of) a version, with where to change it. */
export interface ResolvedValue {
  /** The text as the author wrote it (`1.20` even when YAML reads 1.2). */
  text: string;
  at: Position;
  /** How the value was reached, e.g. `matrix.go` or `env.GO_VERSION`. */
  via: string[];
  /** Plain YAML numbers on the way that lost digits: what the runner sees instead of what was written. */
  lostDigits: Array<{ at: Position; found: string; written: string }>;
  /** What each matrix, env or inputs reference on the way stood for, to evaluate `if:` conditions with. */
  bindings?: Binding[];
  /** An `if:` over this value the check cannot evaluate: its findings are at most warnings. */
  condition?: string;
}

/** `matrix.go` stood for `1.22`: the reference, the matrix or inputs it was looked up in, and the text. */
export interface Binding {
  context: 'matrix' | 'env' | 'inputs';
  name: string;
  /** The JobMatrix or inputs object the name was looked up in (env names are the job's, whatever the level). */
  owner: unknown;
  text: string;
}

export interface UnresolvedValue {
  reason: string;
  at: Position;
  /** A reference to something defined nowhere (a misspelt matrix key or env name), not a run-time value. */
  broken?: boolean;
  /** What to do instead of pinning a literal: the value is fine, the place it is used is what the check cannot see. */
  hint?: string;
}

export interface Resolution {
  values: ResolvedValue[];
  unresolved: UnresolvedValue[];
}

export type SiteKind = 'go.mod' | 'go.work' | 'toolchain' | 'version file' | 'workflow' | 'dockerfile';

/** Every place that pins a Go version, for the summary table (one row each). */
export interface VersionSite extends Position {
  kind: SiteKind;
  /** The version as the tool that reads it sees it (`1.22.x`, `1.21.0`, `${{ vars.GO }}`). */
  version: string;
}

export interface DriftResult {
  findings: Finding[];
  sites: VersionSite[];
}
