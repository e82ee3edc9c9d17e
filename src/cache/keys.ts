// Cache keys for the two cache entries. Pure.
//
// Keys end with the dependency hash so that restore keys (prefixes) find the nearest entry when
// go.sum changes. The user's suffix therefore sits just before that hash: appended to the
// fixed part, and still honoured by the restore keys (entries of another suffix never match).
// The build cache key also ends with the commit: its content follows the code, not only go.sum,
// and a key cannot be saved twice, so a key without the commit would freeze at the first job
// after each dependency change. The service answers a prefix with its newest entry, so every job
// restores the latest build cache saved for its dependencies (docs/caches.md).
import { createHash } from 'node:crypto';
import { compareStrings } from '../shared/order';

const PREFIX = 'setup-go-golden';
/** Stands in for the dependency hash of a workspace without any go.sum (no third-party modules). */
export const NO_DEPENDENCY_FILES = 'nosum';

export interface DependencyFile {
  /** Path relative to the workspace, with forward slashes. */
  path: string;
  content: Uint8Array;
}

export interface CacheKeyContext {
  /** Runner OS, lower case: linux, macos, windows. */
  os: string;
  /** Toolchain architecture, as the action names it: x64, arm64... */
  arch: string;
  /** The runner image (ImageOS on hosted runners), when known: caches of two images do not mix. */
  image?: string;
  goVersion: string;
  /** Build targets as given in the `targets` input; empty for a native build only. */
  targets: string[];
  /** Identity of the C compilers of cgo builds (inputs cgo, cc, libc, zig-version, CC_FOR_*); empty without cgo. */
  cCompiler?: string;
  dependencyHash: string;
  suffix: string;
  /** The commit the job builds (GITHUB_SHA); empty when unknown: the build key then ends with the dependency hash. */
  revision?: string;
}

export interface CacheKeySet {
  key: string;
  /** Prefixes tried in order when the exact key misses. */
  restoreKeys: string[];
  /**
   * The prefix of the entries this key succeeds (same dependencies and configuration, an earlier
   * commit): content restored from one of them is saved again only when the job added enough.
   */
  lineage?: string;
}

/** Characters of the commit kept in the build key: unique among a repository's recent pushes, and readable. */
export const REVISION_LENGTH = 12;

/** One hash over every dependency file's path and content, independent of the order found. */
export function hashDependencyFiles(files: readonly DependencyFile[]): string {
  if (files.length === 0) return NO_DEPENDENCY_FILES;
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => compareStrings(a.path, b.path))) {
    const digest = createHash('sha256').update(file.content).digest('hex');
    hash.update(`${digest}  ${file.path}\n`);
  }
  return hash.digest('hex').slice(0, 32);
}

/** The entries of the `targets` input (already split, comments gone) as a sorted set: order and case do not change the key. */
export function canonicalTargets(targets: readonly string[]): string[] {
  return [...new Set(targets.map((target) => target.toLowerCase()))].sort();
}

/** A short stable name of a target set: `native` when there is no cross-build. */
export function targetSetId(targets: readonly string[]): string {
  if (targets.length === 0) return 'native';
  return `t${createHash('sha256').update(canonicalTargets(targets).join('\n')).digest('hex').slice(0, 12)}`;
}

function sanitize(part: string): string {
  // Keys may not contain commas; keep them readable and single-line.
  return part.replace(/[,\s]+/g, '_');
}

function join(parts: readonly string[]): string {
  return parts
    .filter((part) => part !== '')
    .map(sanitize)
    .join('-');
}

function base(kind: 'mod' | 'build', context: CacheKeyContext): string[] {
  return [PREFIX, kind, context.os, context.arch, context.image ?? ''];
}

/** Module cache: one per OS, architecture and dependency set; any Go version shares it. */
export function moduleCacheKeys(context: CacheKeyContext): CacheKeySet {
  const fixed = join([...base('mod', context), context.suffix]);
  return { key: `${fixed}-${context.dependencyHash}`, restoreKeys: [`${fixed}-`] };
}

/**
 * Build cache: also per Go version (build IDs include the toolchain), target set and commit. A
 * miss restores the newest entry of the same dependencies (an earlier commit), then of the same
 * target set with other dependencies, then of any target set of this Go; the post step trims
 * whatever this job did not use, so a broader fallback cannot make it grow.
 */
export function buildCacheKeys(context: CacheKeyContext): CacheKeySet {
  const goFixed = join([...base('build', context), `go${context.goVersion}`]);
  const compiler = context.cCompiler ? `cc${createHash('sha256').update(context.cCompiler).digest('hex').slice(0, 8)}` : '';
  const fixed = join([goFixed, targetSetId(context.targets), compiler, context.suffix]);
  const withDependencies = `${fixed}-${context.dependencyHash}`;
  // A commit is hex (SHA-1 or SHA-256); anything else is not a commit, and the key does without.
  const revision = /^[0-9a-f]{12,64}$/i.test(context.revision ?? '') ? context.revision!.slice(0, REVISION_LENGTH).toLowerCase() : '';
  const restoreKeys = revision ? [`${withDependencies}-`, `${fixed}-`] : [`${fixed}-`];
  if (context.suffix === '') restoreKeys.push(`${goFixed}-`);
  if (!revision) return { key: withDependencies, restoreKeys };
  return { key: `${withDependencies}-${revision}`, restoreKeys, lineage: `${withDependencies}-` };
}

/** Whether content restored from `matchedKey` came from an earlier entry of `lineage` (CacheKeySet.lineage). */
export function isSameLineage(lineage: string | undefined, matchedKey: string | undefined): boolean {
  return lineage !== undefined && matchedKey?.startsWith(lineage) === true;
}

/** Whether an entry the service names is one that was asked for: the key itself, or one starting with a restore key. */
export function isAnswerTo(keys: CacheKeySet, matchedKey: string): boolean {
  return matchedKey === keys.key || keys.restoreKeys.some((prefix) => matchedKey.startsWith(prefix));
}
