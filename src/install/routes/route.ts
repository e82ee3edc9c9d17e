// A route is a place Go releases can be listed and downloaded from: go.dev (or a go.dev-like
// mirror), or GOPROXY's golang.org/toolchain module. What every route gives the installer.
import type { Release } from '../../version/spec';
import type { ReceiptFacts } from '../../tool-cache/entries';

/** What a route staged: the GOROOT in staging, the receipt's facts, and notes for the summary. */
export interface StagedRelease {
  stagedGoRoot: string;
  receipt: ReceiptFacts;
  notes: string[];
}

/** A place releases can be listed and downloaded from. */
export interface Route {
  label: string;
  /** Releases installable on this runner (with an archive or module zip for its OS/arch). */
  releases: Release[];
  /** Releases the source lists with no archive for this runner (named when a spec matches only those). */
  withoutArchive?: Release[];
  /** Downloads and verifies `version` into `staging`; returns the staged GOROOT and the receipt's facts. */
  stage(version: string, staging: string, timings: Record<string, number>): Promise<StagedRelease>;
}
