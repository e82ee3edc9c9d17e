// Poisoned cache entries, made the way an attacker with write access to the cache service would:
// a real archive saved by the action, with hostile entries appended by GNU tar (-P keeps absolute
// and `..` names, --transform gives each entry the name the attack needs), recompressed with zstd.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface HostileEntry {
  /** The entry's name in the archive: relative to the workspace (as @actions/cache names entries) or absolute. */
  name: string;
  /** Makes the file, link or node the entry is archived from. */
  make: (path: string) => void;
  /** Deleted from the archive after it was added: a hard link's target that must not be in it. */
  drop?: boolean;
}

/**
 * Rewrites the zstd archive `blob` in place: its own entries first (so that a restore that keeps
 * what came before the hostile entry shows it), then each batch appended by one `tar -r`. Entries
 * of one batch are archived together (a hard link needs its target in the same run); a later batch
 * can reuse an earlier name (a symlink, then a file through it).
 */
export function poisonArchive(blob: string, batches: HostileEntry[][]): void {
  const work = mkdtempSync(join(tmpdir(), 'sgg-poison-'));
  try {
    const plain = join(work, 'archive.tar');
    execFileSync('sh', ['-c', 'zstd -d -q -c "$1" > "$2"', 'sh', blob, plain]);
    batches.forEach((batch, batchIndex) => {
      const scratch = join(work, `batch-${batchIndex}`);
      execFileSync('mkdir', [scratch]);
      const members = batch.map((entry, index) => {
        const member = `m${index}`;
        entry.make(join(scratch, member));
        return member;
      });
      const transforms = batch.map((entry, index) => `s|^m${index}$|${entry.name}|`).join(';');
      execFileSync('tar', ['-r', '-P', '-f', plain, '-C', scratch, `--transform=${transforms}`, ...members]);
      for (const entry of batch.filter((candidate) => candidate.drop)) execFileSync('tar', ['--delete', '-P', '-f', plain, entry.name]);
    });
    execFileSync('sh', ['-c', 'zstd -q -f -c "$1" > "$2"', 'sh', plain, blob]);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
