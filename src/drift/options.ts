// What the drift check is asked to do, as the input layer (src/inputs/drift.ts) reads it.

export interface DriftOptions {
  /** The checkout: annotations name files relative to it. */
  workspace: string;
  /** Absolute root of the tree to check. */
  workingDirectory: string;
  mode: 'off' | 'warn' | 'error';
  /** Globs of paths to leave out. */
  ignore: string[];
  /** `owner/name` of the repository checked: its own `owner/name/...@ref` workflows and actions are read from the tree. */
  repository?: string;
}
