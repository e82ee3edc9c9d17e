// The checked tar unpacker shared by the Go archive worker (unpack-tar-worker.ts) and the cache
// restore worker (cache/unpack-worker.ts): a Writable taking a decompressed tar stream, judging
// every entry from its parsed header before anything of it is written, making the folders itself
// and having a pool of system tars write the rest (far faster than writing files from JavaScript,
// and on every core). What an archive may hold is the caller's rule (`judge`).
import { lstatSync, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, posix } from 'node:path';
import { Writable } from 'node:stream';
import { Parser, type ReadEntry } from 'tar';
import type { ArchiveEntryKind } from './archive-entry';
import type { TarHeaderFields } from './tar-header';
import { TarWriterPool } from './tar-writer-pool';

/** Zeros a tar writer may pad its last record with (GNU tar: up to 10 KiB); more is not a tar we wrote or trust. */
const MAX_BYTES_AFTER_END = 1024 ** 2;
/** Where every ustar header (GNU and pax ones too) says what it is. */
const USTAR_MAGIC = { offset: 257, text: 'ustar' };
/** Decompressed data that may wait for the tars, so that decompression never waits on the disk. */
const WRITERS_BACKLOG = 64 * 1024 ** 2;
/** A tar per core, two at least and four at most (measured on 2 cores: 1 tar 1.27x the `tar xzf` time, 2 tars 1.18x, 3 tars 1.19x). */
const WRITERS = Math.min(4, Math.max(2, availableParallelism()));

const KIND_BY_TAR_TYPE: Record<string, ArchiveEntryKind> = {
  File: 'file',
  OldFile: 'file',
  ContiguousFile: 'file',
  Directory: 'directory',
  SymbolicLink: 'symlink',
  Link: 'hardlink',
};
const WRITTEN_TYPE: Partial<Record<ArchiveEntryKind, TarHeaderFields['type']>> = {
  file: 'File',
  symlink: 'SymbolicLink',
  hardlink: 'Link',
};

/** An entry as its parsed header describes it. */
export interface HeaderView {
  name: string;
  kind: ArchiveEntryKind;
  linkTarget?: string;
  size: number;
  /** Permission bits as the header gives them, set-id and sticky bits included. */
  mode: number;
}

/** Where an admitted entry is written: a path under the destination, and the target a link is written with. */
export interface Placement {
  path: string;
  linkpath?: string;
}

export interface UnpackRules {
  /** Where the entry goes, or why the archive is refused. */
  judge(entry: HeaderView): Placement | string;
  /** Most bytes the decompressed stream may hold: the files' data plus room for headers and padding. */
  maxStreamBytes: number;
  /** The compression the tar came in, for messages ("not a tar archive inside the gzip"). */
  container: string;
}

/**
 * Folders are made here, before any tar needs them, so that no two tars race to make one. One
 * level at a time, and a name that already exists must be a real folder: never through a link.
 */
class Folders {
  private readonly made = new Set<string>(['.']);
  constructor(private readonly destination: string) {}

  make(path: string, mode = 0o755): void {
    if (this.made.has(path)) return;
    this.make(posix.dirname(path));
    const target = join(this.destination, path);
    try {
      // The owner keeps full access, so that a read-only folder cannot stop its own files.
      mkdirSync(target, { mode: (mode & 0o777) | 0o700 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const existing = lstatSync(target);
      if (!existing.isDirectory()) throw new Error(`${path} exists and is not a folder`);
    }
    this.made.add(path);
  }
}

/** An entry admitted by the rules, with its folders made: what the writers need to write it. */
interface AdmittedEntry {
  header: HeaderView;
  placement: Placement;
}

/** The entry as its parsed header describes it, or why it is refused before the rules see it. */
function headerOf(entry: ReadEntry): HeaderView | string {
  const size = entry.size;
  // What the parser will hand on (it slices entry data by `remain`) must be what the header we
  // write declares: otherwise a tar would read data as headers. A global pax size can make the
  // two differ.
  if (entry.remain !== size) return `${entry.path} declares ${size} bytes but carries ${entry.remain}`;
  return { name: entry.path, kind: KIND_BY_TAR_TYPE[entry.type] ?? 'other', linkTarget: entry.linkpath, size, mode: entry.mode ?? 0o644 };
}

/** Judges an entry by its header and makes its folder (or its parent folder); returns why not when refused. */
function admitEntry(entry: ReadEntry, rules: UnpackRules, folders: Folders): AdmittedEntry | string {
  const header = headerOf(entry);
  if (typeof header === 'string') return header;
  const placement = rules.judge(header);
  if (typeof placement === 'string') return placement;
  try {
    if (header.kind === 'directory') folders.make(placement.path, entry.mode);
    else folders.make(posix.dirname(placement.path));
  } catch (error) {
    return `cannot make the folder for ${entry.path}: ${(error as Error).message}`;
  }
  return { header, placement };
}

/** Sends an admitted file or link to a tar writer, its data following as the parser hands it on. */
function routeToWriter(entry: ReadEntry, { header, placement }: AdmittedEntry, writers: TarWriterPool): void {
  const written = writers.begin({
    path: placement.path,
    type: WRITTEN_TYPE[header.kind]!,
    // No setuid, setgid or sticky bits from a download.
    mode: header.mode & 0o777,
    size: header.size,
    mtime: Math.floor((entry.mtime?.getTime() ?? 0) / 1000),
    linkpath: placement.linkpath,
  });
  // The parser hands entry data on synchronously, as slices of the chunk it was given.
  entry.on('data', (data: Buffer) => written.write(data));
  entry.on('end', () => written.end());
}

/** Refuses what is not a plain tar stream, or is larger than the rules allow: before the parser sees it. */
class StreamGuard {
  private streamBytes = 0;
  private bytesAfterEnd = 0;
  private head = Buffer.alloc(0);
  constructor(private readonly rules: UnpackRules) {}

  /** Why the stream is refused with `chunk` added, if it is; `ended`: the parser has seen the archive's end. */
  refusal(chunk: Buffer, ended: boolean): string | undefined {
    this.streamBytes += chunk.length;
    if (this.streamBytes > this.rules.maxStreamBytes) return `archive decompresses to more than ${this.rules.maxStreamBytes} bytes`;
    if (ended) this.bytesAfterEnd += chunk.length;
    if (this.bytesAfterEnd > MAX_BYTES_AFTER_END) return `more than ${MAX_BYTES_AFTER_END} bytes after the end of the archive`;
    if (this.head.length < USTAR_MAGIC.offset + USTAR_MAGIC.text.length) {
      // The parser would also take a compressed tar inside the compression: one layer only.
      this.head = Buffer.concat([this.head, chunk]);
      const magic = this.head.subarray(USTAR_MAGIC.offset, USTAR_MAGIC.offset + USTAR_MAGIC.text.length);
      if (magic.length === USTAR_MAGIC.text.length && magic.toString('latin1') !== USTAR_MAGIC.text)
        return `not a tar archive inside the ${this.rules.container} (no ustar header)`;
    }
    return undefined;
  }
}

/**
 * Receives the decompressed tar stream: judges each entry as its header is parsed, makes folders,
 * and routes everything else to the tar writers. Fails at the first entry refused.
 */
export function checkedUnpacker(destination: string, rules: UnpackRules): Writable {
  const folders = new Folders(destination);
  const writers = new TarWriterPool(destination, WRITERS, WRITERS_BACKLOG);
  const guard = new StreamGuard(rules);
  let violation: Error | undefined;
  const refuse = (reason: string) => (violation ??= new Error(`refusing archive: ${reason}`));
  const parser = new Parser({
    strict: true,
    onReadEntry: (entry: ReadEntry) => {
      entry.resume();
      if (violation) return;
      const admitted = admitEntry(entry, rules, folders);
      if (typeof admitted === 'string') return void refuse(admitted);
      if (admitted.header.kind !== 'directory') routeToWriter(entry, admitted, writers);
    },
  });
  parser.on('error', (error: Error) => refuse(`malformed tar: ${error.message}`));
  let ended = false;
  parser.on('eof', () => (ended = true));
  const unpacker = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      // Not inside the decompressor's push: returning at once lets it produce the next chunk
      // while this thread checks and routes this one.
      setImmediate(() => {
        if (unpacker.destroyed) return callback();
        // Headers are parsed synchronously: a refused entry is known before its bytes reach a tar.
        // After the end of the archive nothing goes to the parser (it would keep it all).
        const refused = guard.refusal(chunk, ended);
        if (refused) refuse(refused);
        if (!violation && !ended) parser.write(chunk);
        if (violation) {
          writers.kill();
          callback(violation);
          return;
        }
        writers.flush().then(() => callback(), callback);
      });
    },
    final(callback) {
      parser.end();
      if (violation) {
        writers.kill();
        callback(violation);
        return;
      }
      writers.end().then(() => callback(), callback);
    },
    destroy(error, callback) {
      if (error) writers.kill();
      callback(error);
    },
  });
  return unpacker;
}
