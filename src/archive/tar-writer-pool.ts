// Several system tar processes writing the files of one archive at once. Unpacking Go is mostly
// the kernel creating 15,000 files; with one tar that happens on one core, with several it spreads
// over all of them.
// Each writer reads a tar stream written afresh from entries that have already been checked: its
// headers are encoded here from what the checks saw, so no tar ever interprets a header byte of
// the download itself (no room for two tar readers to disagree about where an entry starts).
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { END_OF_ARCHIVE, tarHeader, tarPadding, type TarHeaderFields } from './tar-header';

/** Appends an entry's data (exactly `size` bytes), then its padding. */
export interface EntryWriter {
  write(data: Uint8Array): void;
  end(): void;
}

/** What creating one file costs a writer, in bytes of data that take as long to write. */
const ENTRY_COST = 16 * 1024;

class TarWriter {
  readonly exit: Promise<{ code: number; stderr: string }>;
  /** Work handed to this writer that its pipe has not taken yet, in bytes plus ENTRY_COST per entry. */
  backlog = 0;
  exited = false;
  private readonly child: ChildProcessByStdio<Writable, null, Readable>;
  private batch: Uint8Array[] = [];
  private batchCost = 0;

  constructor(destination: string) {
    // -k: nothing already there is replaced (paths are unique, so only a folder made for another
    // entry could be, and some tars would put a symlink in its place).
    this.child = spawn('tar', ['-x', '-k', '-f', '-', '-C', destination, '--no-same-owner'], { stdio: ['pipe', 'ignore', 'pipe'] });
    const stderr: Buffer[] = [];
    this.child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    // A tar that dies makes its pipe fail; its exit status tells why.
    this.child.stdin.on('error', () => undefined);
    this.exit = new Promise((resolve) => {
      this.child.on('error', (error) => resolve({ code: -1, stderr: error.message }));
      this.child.on('close', (code) => resolve({ code: code ?? 1, stderr: Buffer.concat(stderr).toString().trim() }));
    });
    void this.exit.then(() => (this.exited = true));
  }

  add(bytes: Uint8Array, cost: number = bytes.length): void {
    this.batch.push(bytes);
    this.batchCost += cost;
    this.backlog += cost;
  }

  /** Hands the batch to the pipe in one system call; `onTaken` runs once the pipe has it. */
  flush(onTaken: () => void): void {
    const batch = this.batch;
    if (batch.length === 0) return;
    const cost = this.batchCost;
    this.batch = [];
    this.batchCost = 0;
    const stdin = this.child.stdin;
    stdin.cork();
    for (const [index, bytes] of batch.entries()) {
      stdin.write(
        bytes,
        index < batch.length - 1
          ? undefined
          : () => {
              this.backlog -= cost;
              onTaken();
            },
      );
    }
    stdin.uncork();
  }

  end(): void {
    this.add(END_OF_ARCHIVE);
    this.flush(() => undefined);
    this.child.stdin.end();
  }

  kill(): void {
    this.child.kill('SIGKILL');
  }
}

export class TarWriterPool {
  private readonly writers: TarWriter[];
  /** Which writer wrote each path, so that a hard link goes to the tar that made its target. */
  private readonly writerOf = new Map<string, TarWriter>();
  private wake: (() => void) | undefined;

  constructor(
    destination: string,
    count: number,
    /** Most work (see TarWriter.backlog) waiting for the writers before `flush` holds the input back. */
    private readonly maxBacklog: number,
  ) {
    this.writers = Array.from({ length: count }, () => new TarWriter(destination));
    // A writer gone before its archive ended has failed: whoever waits on the backlog must hear it.
    for (const writer of this.writers) void writer.exit.then(() => this.wake?.());
  }

  begin(entry: TarHeaderFields): EntryWriter {
    const writer = (entry.type === 'Link' && this.writerOf.get(entry.linkpath ?? '')) || this.leastBusy();
    this.writerOf.set(entry.path, writer);
    const blocks = tarHeader(entry);
    for (const [index, block] of blocks.entries()) writer.add(block, index === 0 ? ENTRY_COST : block.length);
    return {
      write: (data) => writer.add(data),
      end: () => writer.add(tarPadding(entry.size)),
    };
  }

  /**
   * Sends what the entries so far added; resolves once the writers' backlog allows more input.
   * When a writer has stopped early (tar refused something), stops them all and rejects.
   */
  async flush(): Promise<void> {
    const taken = () => {
      if (this.backlog() <= this.maxBacklog / 2) this.wake?.();
    };
    for (const writer of this.writers) writer.flush(taken);
    while (this.backlog() > this.maxBacklog && !this.writers.some((writer) => writer.exited)) {
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = undefined;
    }
    if (this.writers.some((writer) => writer.exited)) {
      // The others must not go on writing what was queued for them.
      this.kill();
      const stopped = await Promise.all(this.writers.map((writer) => writer.exit));
      const said = stopped
        .map(({ stderr }) => stderr)
        .filter(Boolean)
        .join('\n');
      throw new Error(`tar stopped before the end of the archive${said ? `: ${said}` : ''}`);
    }
  }

  /** Ends every writer's archive and waits for them; throws with tar's own words when one failed. */
  async end(): Promise<void> {
    for (const writer of this.writers) if (!writer.exited) writer.end();
    const failures = (await Promise.all(this.writers.map((writer) => writer.exit))).filter(({ code }) => code !== 0);
    if (failures.length > 0) {
      throw new Error(`tar failed (exit ${failures[0]!.code}): ${failures.map(({ stderr }) => stderr).join('\n')}`);
    }
  }

  kill(): void {
    for (const writer of this.writers) writer.kill();
  }

  private backlog(): number {
    return this.writers.reduce((sum, writer) => sum + writer.backlog, 0);
  }

  private leastBusy(): TarWriter {
    return this.writers.reduce((best, writer) => (writer.backlog < best.backlog ? writer : best));
  }
}
