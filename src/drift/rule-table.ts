// The drift rules as one table: each rule's id, severity, the sentence README.md shows for it, and
// the function that judges. The check collects the version sites, then runs every rule of the
// table on each subject found. Pure.
import {
  brokenReference,
  ciToolchainSwitch,
  collectSubjects,
  conditionOf,
  invalidVersion,
  minimumUntested,
  otherCiBelowMinimum,
  readFailureOf,
  pinBelowMinimum,
  toolchainNewerThanCi,
  underCondition,
  unverified,
  versionFileMissing,
  yamlNumber,
  type Observation,
  type RuleContext,
  type Subject,
} from './rules';
import { RULE_IDS, type RuleId } from './rule-ids';
import type { FileLookup, Finding, Severity, VersionSite } from './types';
import type { Sources } from './sources';

/** A rule without its id: the id is its key in RULES. */
interface RuleSpec {
  severity: Severity;
  /** One sentence for README.md's table of drift rules (a test keeps the two the same). */
  readme: string;
  judge: (subject: Subject, context: RuleContext) => Observation[];
}

export interface DriftRule extends RuleSpec {
  id: RuleId;
}

// Keyed by rule id and checked against Record<RuleId, RuleSpec>, so the typecheck fails on a rule
// whose id is not in RULE_IDS, on an id without a rule, and on two rules under one id.
const RULES = {
  'ci-below-minimum': {
    severity: 'error',
    readme:
      'the Go a CI job runs cannot build the highest `go` minimum of the modules it builds: no release the pin admits reaches it and Go cannot switch (`GOTOOLCHAIN=local` from actions/setup-go v6, this action or a golang image; Go before 1.21 facing a go line with a patch or a toolchain line, which it cannot read), or `GOTOOLCHAIN=go1.X.Y` forces an older Go; a warning when Go before 1.21 builds anyway (it does not enforce the go line), when no step of the job could build the module (only `gofmt`, `go version`, `go env`, `go install x@version`, or actions such as checkout, caches, artifacts), when the check cannot tell whether the job fails or switches to a newer Go (an installer it does not know: a fork, a SHA without a `# vX.Y.Z` comment; a `GOTOOLCHAIN` it cannot read), and for a version handed to a remote action or workflow: either way the pinned Go is not what runs',
    judge: pinBelowMinimum('workflow'),
  },
  'ci-toolchain-switch': {
    severity: 'warning',
    readme:
      'a CI pin below that minimum passes only because Go switches to the newer toolchain go.mod asks for (actions/setup-go v5 and older leave `GOTOOLCHAIN=auto`, or an `env:` sets `auto`, `path` or `go1.X.Y`): names the Go that really runs',
    judge: ciToolchainSwitch,
  },
  'yaml-number': {
    severity: 'error',
    readme:
      "an unquoted YAML number that lost a trailing zero (`1.20` read as 1.2), found from the source, also on the line of a caller's `with:`",
    judge: yamlNumber,
  },
  'dockerfile-below-minimum': {
    severity: 'error',
    readme: 'a Dockerfile stage that builds the module uses a Go below its minimum',
    judge: pinBelowMinimum('dockerfile'),
  },
  'version-file-below-minimum': {
    severity: 'warning',
    readme:
      'a `.go-version` or `.tool-versions` file names a Go below the go line of the module it is in (a warning: Go 1.21 and newer, as version managers install it, switches up by default; a CI job that reads the file is judged where it reads it)',
    judge: pinBelowMinimum('version file'),
  },
  'version-file-missing': {
    severity: 'error',
    readme:
      'a `go-version-file` a workflow names does not exist in the repository (one in a folder the repository lacks, such as the `path:` of a second checkout, is made at run time: a notice)',
    judge: versionFileMissing,
  },
  'other-ci-below-minimum': {
    severity: 'warning',
    readme:
      'a CI file of another service (`.travis.yml`, `.circleci/config.yml`, `.gitlab-ci.yml`, `.semaphore/`, `Jenkinsfile`...) names a Go line below the go line of the root module: a warning, since such files often outlive the service',
    judge: otherCiBelowMinimum,
  },
  'invalid-version': {
    severity: 'error',
    readme: 'a `go`/`toolchain` line or a pinned version that is not a Go version (pointing at file and line, never a crash)',
    judge: invalidVersion,
  },
  'parse-error': {
    severity: 'error',
    readme:
      'a go.mod, go.work, version file, workflow or local action that cannot be parsed (pointing at file and line, never a crash); a notice for YAML, which GitHub reads more leniently than the check',
    judge: readFailureOf('parse-error'),
  },
  'not-followed': {
    severity: 'error',
    readme:
      'a version file, go.mod, workflow, action or Dockerfile that is a symbolic link (or lies below one under `.github/`), a named pipe or a device: not read, only its path is named',
    judge: readFailureOf('not-followed'),
  },
  'over-budget': {
    severity: 'error',
    readme:
      'a file larger than 1 MiB, YAML aliases or Dockerfile ARGs that expand past their budget, or a repository past the files or bytes the check reads: named, and the rest is still judged',
    judge: readFailureOf('over-budget'),
  },
  'minimum-untested': {
    severity: 'warning',
    readme:
      'no CI job builds with the go line of a module it builds (a job counts with the Go that really runs; none is claimed while a job that builds the module has a Go the check could not resolve, the Go on the runner or one a remote action or workflow passed no Go version decides); a go.mod below the root, with Go code, that no job names while every job uses a newer Go; CI of only `stable`/`oldstable` or open ranges past the go line today',
    judge: minimumUntested,
  },
  'toolchain-newer-than-ci': {
    severity: 'warning',
    readme: 'a `toolchain` line newer than every Go the CI jobs run (a job whose Go switches up to it builds with it)',
    judge: toolchainNewerThanCi,
  },
  'broken-reference': {
    severity: 'warning',
    readme: '`${{ matrix.x }}`, `${{ env.X }}` or `${{ inputs.x }}` defined nowhere (it is empty, so no version is requested)',
    judge: brokenReference,
  },
  unverified: {
    severity: 'notice',
    readme:
      '`vars.*`, `needs.*`, `steps.*` (but a repository file a step reads is followed), `fromJSON(...)`, `ARG`s without default, inputs of a workflow called from elsewhere, `stable` when the go line is past its calendar floor, remote actions and reusable workflows (`owner/repo/...@ref`, naming what is passed to them; a remote action named for installing Go, such as `golang/govulncheck-action`, also when nothing is): never a pass',
    judge: unverified,
  },
} satisfies Record<RuleId, RuleSpec>;

// A message quotes the tokens it is about, and a token of a pull request's file can be a megabyte
// long: every annotation, output entry and summary row stays readable.
const MAX_MESSAGE_LENGTH = 1000;
const MAX_VALUE_LENGTH = 200;
const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** The rule's severity, lowered to the observation's cap when it has one. */
function capped(severity: Severity, cap: Severity | undefined): Severity {
  return cap !== undefined && SEVERITY_RANK[cap] > SEVERITY_RANK[severity] ? cap : severity;
}

function clipped(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`;
}

/** The rules in RULE_IDS's order (README.md's), which is the order they judge each subject in. */
export const DRIFT_RULES: readonly DriftRule[] = RULE_IDS.map((id) => ({ id, ...RULES[id] }));

/** Collects the version sites, then judges each subject (in the order found) by every rule. */
export function applyRules(sources: Sources, lookup: FileLookup, today: Date): { findings: Finding[]; sites: VersionSite[] } {
  const { subjects, sites } = collectSubjects(sources, lookup);
  const context: RuleContext = { today };
  const findings: Finding[] = [];
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
          expected: expected === null ? null : clipped(expected, MAX_VALUE_LENGTH),
        });
      }
    }
  }
  return { findings, sites };
}
