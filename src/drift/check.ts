// The drift check as one pure function: file contents in, findings and version sites out.
import { compareStrings } from '../shared/order';
import { applyRules } from './rule-table';
import { collectSources } from './sources';
import type { DriftResult, FileLookup, Finding, Position, ReadFailure, RepoFile, VersionSite } from './types';

export interface CheckOptions {
  /** Reads a file a go-version-file names that is not among `files`; default: only `files`. */
  readFile?: FileLookup;
  /** Files the walk did not read (links, special files, budgets): each becomes a finding. */
  refused?: ReadFailure[];
  /** The day the check runs, for what `stable` and `oldstable` can mean; default now. */
  today?: Date;
  /** Every folder of the tree, when known: a job working in one that is not there builds an unknown module. */
  directories?: Iterable<string>;
  /** `owner/name` of the checked repository: its own reusable workflows and actions are read from the tree. */
  repository?: string;
}

export function checkDrift(files: RepoFile[], options: CheckOptions = {}): DriftResult {
  const byPath = new Map(files.map((file) => [file.path, file.contents]));
  const lookup: FileLookup = (path) => byPath.get(path) ?? options.readFile?.(path);
  const { findings, sites } = applyRules(
    collectSources(files, lookup, options.refused, options.directories, options.repository),
    lookup,
    options.today ?? new Date(),
  );
  return { findings: unique(findings, (f) => `${key(f)}|${f.rule}`), sites: unique(sites, (s) => `${key(s)}|${s.version}`) };
}

function key(at: Position): string {
  return `${at.file}:${at.line}:${at.column}`;
}

function byPosition(a: Position, b: Position): number {
  return compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column;
}

function unique<T extends Finding | VersionSite>(items: T[], identity: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(identity(item))) seen.set(identity(item), item);
  return [...seen.values()].sort(byPosition);
}
