// The ids of the drift rules, in README.md's order. They live here, apart from the rule table, so
// that types.ts can name them without importing the table (which imports the rules, which import
// types.ts). rule-table.ts is checked to give exactly one rule per id. Imports nothing.

// Findings come out in the order their subjects were found, then in this order for one subject
// (minimum-untested before toolchain-newer-than-ci is the one order that shows).
export const RULE_IDS = [
  'ci-below-minimum',
  'ci-toolchain-switch',
  'yaml-number',
  'dockerfile-below-minimum',
  'version-file-below-minimum',
  'version-file-missing',
  'other-ci-below-minimum',
  'invalid-version',
  'parse-error',
  'not-followed',
  'over-budget',
  'minimum-untested',
  'toolchain-newer-than-ci',
  'broken-reference',
  'unverified',
] as const;

export type RuleId = (typeof RULE_IDS)[number];
