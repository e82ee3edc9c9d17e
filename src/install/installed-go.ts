// A Go the install put on the runner: where it is, what proved it, and what the summary says of it.
import type { InstallReceipt } from '../tool-cache/entries';
import type { TrustAnchor } from '../trust/trust-anchor';

export interface InstalledGo {
  version: string;
  goRoot: string;
  /** Anchors checked for this Go (now, or as its receipt says when the database could not decide); empty when nobody we trust verified it. */
  anchors: TrustAnchor[];
  /** How this run got it: downloaded now, or found in the tool cache. */
  origin: 'downloaded' | 'tool-cache';
  /** A Go from the tool cache this run hashed and proved against the checksum database (not only by its receipt). */
  verifiedNow?: boolean;
  source: string;
  receipt?: InstallReceipt;
  /** The receipt of a Go verified in place, still being written beside it; settles, never rejects. */
  receiptWritten?: Promise<void>;
  notes: string[];
  timings: Record<string, number>;
}
