import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  rt
} from "./chunk-XGH6ETTA.js";

// src/archive/checked-unpacker.ts
import { lstatSync, mkdirSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join, posix } from "node:path";
import { Writable } from "node:stream";

// src/archive/tar-writer-pool.ts
import { spawn } from "node:child_process";

// src/archive/tar-header.ts
var BLOCK = 512;
var END_OF_ARCHIVE = new Uint8Array(2 * BLOCK);
var ZEROS = new Uint8Array(BLOCK);
var TYPE_FLAG = { File: "0", Link: "1", SymbolicLink: "2" };
var MAX_OCTAL_11 = 8 ** 11 - 1;
var encoder = new TextEncoder();
function writeOctal(block, offset, width, value) {
  let remaining = Math.max(0, Math.trunc(value));
  for (let index = offset + width - 2; index >= offset; index--) {
    block[index] = 48 + remaining % 8;
    remaining = Math.floor(remaining / 8);
  }
}
function writeAscii(block, offset, text) {
  for (let index = 0; index < text.length; index++) block[offset + index] = text.charCodeAt(index);
}
function utf8(text) {
  if (!/[^\x00-\x7f]/.test(text)) {
    const bytes = new Uint8Array(text.length);
    writeAscii(bytes, 0, text);
    return bytes;
  }
  return encoder.encode(text);
}
function splitName(name) {
  if (name.length <= 100) return { prefix: new Uint8Array(0), name };
  for (let slash = Math.min(155, name.length - 2); slash > 0; slash--) {
    if (name[slash] === 47 && name.length - slash - 1 <= 100) return { prefix: name.subarray(0, slash), name: name.subarray(slash + 1) };
  }
  return void 0;
}
var SLAB_BYTES = 128 * BLOCK;
var slab = new Uint8Array(0);
var slabUsed = 0;
function zeroedBlock() {
  if (slabUsed === slab.length) {
    slab = new Uint8Array(SLAB_BYTES);
    slabUsed = 0;
  }
  slabUsed += BLOCK;
  return slab.subarray(slabUsed - BLOCK, slabUsed);
}
function sum(block, start, end) {
  let total = 0;
  for (let index = start; index < end; index++) total += block[index];
  return total;
}
function ustarBlock(fields) {
  const block = zeroedBlock();
  block.set(fields.name, 0);
  writeOctal(block, 100, 8, fields.mode & 4095);
  writeOctal(block, 108, 8, 0);
  writeOctal(block, 116, 8, 0);
  writeOctal(block, 124, 12, fields.size);
  writeOctal(block, 136, 12, Math.min(fields.mtime, MAX_OCTAL_11));
  block[156] = fields.typeFlag.charCodeAt(0);
  block.set(fields.linkname, 157);
  writeAscii(block, 257, "ustar\x0000");
  block.set(fields.prefix, 345);
  const checksum = 8 * 32 + sum(block, 0, fields.name.length) + sum(block, 100, 148) + sum(block, 156, 157 + fields.linkname.length) + sum(block, 257, 265) + sum(block, 345, 345 + fields.prefix.length);
  writeOctal(block, 148, 7, checksum);
  block[155] = 32;
  return block;
}
function paxRecord(key, value) {
  const rest = ` ${key}=${value}
`;
  const restBytes = encoder.encode(rest).length;
  let length = restBytes + 1;
  while (String(length).length + restBytes > length) length++;
  return `${length}${rest}`;
}
function tarHeader(fields) {
  if (fields.size > MAX_OCTAL_11) throw new Error(`${fields.path} is too large for a tar header (${fields.size} bytes)`);
  const path = utf8(fields.path);
  const linkpath = utf8(fields.type === "File" ? "" : fields.linkpath ?? "");
  const split = splitName(path);
  const typeFlag = TYPE_FLAG[fields.type];
  const { mode, size, mtime } = fields;
  if (split && linkpath.length <= 100)
    return [ustarBlock({ name: split.name, prefix: split.prefix, linkname: linkpath, typeFlag, mode, size, mtime })];
  const records = paxRecord("path", fields.path) + (linkpath.length > 0 ? paxRecord("linkpath", fields.linkpath) : "");
  const body = encoder.encode(records);
  const paxBlock = ustarBlock({
    name: utf8("PaxHeader"),
    prefix: new Uint8Array(0),
    linkname: new Uint8Array(0),
    typeFlag: "x",
    mode: 420,
    size: body.length,
    mtime: fields.mtime
  });
  const paddedBody = new Uint8Array(Math.ceil(body.length / BLOCK) * BLOCK);
  paddedBody.set(body);
  return [
    paxBlock,
    paddedBody,
    ustarBlock({
      name: path.subarray(Math.max(0, path.length - 100)),
      prefix: new Uint8Array(0),
      linkname: linkpath.subarray(0, 100),
      typeFlag,
      mode,
      size,
      mtime
    })
  ];
}
function tarPadding(size) {
  return ZEROS.subarray(0, (BLOCK - size % BLOCK) % BLOCK);
}

// src/archive/tar-writer-pool.ts
var ENTRY_COST = 16 * 1024;
var TarWriter = class {
  exit;
  /** Work handed to this writer that its pipe has not taken yet, in bytes plus ENTRY_COST per entry. */
  backlog = 0;
  exited = false;
  child;
  batch = [];
  batchCost = 0;
  constructor(destination) {
    this.child = spawn("tar", ["-x", "-k", "-f", "-", "-C", destination, "--no-same-owner"], { stdio: ["pipe", "ignore", "pipe"] });
    const stderr = [];
    this.child.stderr.on("data", (chunk) => stderr.push(chunk));
    this.child.stdin.on("error", () => void 0);
    this.exit = new Promise((resolve) => {
      this.child.on("error", (error) => resolve({ code: -1, stderr: error.message }));
      this.child.on("close", (code) => resolve({ code: code ?? 1, stderr: Buffer.concat(stderr).toString().trim() }));
    });
    void this.exit.then(() => this.exited = true);
  }
  add(bytes, cost = bytes.length) {
    this.batch.push(bytes);
    this.batchCost += cost;
    this.backlog += cost;
  }
  /** Hands the batch to the pipe in one system call; `onTaken` runs once the pipe has it. */
  flush(onTaken) {
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
        index < batch.length - 1 ? void 0 : () => {
          this.backlog -= cost;
          onTaken();
        }
      );
    }
    stdin.uncork();
  }
  end() {
    this.add(END_OF_ARCHIVE);
    this.flush(() => void 0);
    this.child.stdin.end();
  }
  kill() {
    this.child.kill("SIGKILL");
  }
};
var TarWriterPool = class {
  constructor(destination, count, maxBacklog) {
    this.maxBacklog = maxBacklog;
    this.writers = Array.from({ length: count }, () => new TarWriter(destination));
    for (const writer of this.writers) void writer.exit.then(() => this.wake?.());
  }
  maxBacklog;
  writers;
  /** Which writer wrote each path, so that a hard link goes to the tar that made its target. */
  writerOf = /* @__PURE__ */ new Map();
  wake;
  begin(entry) {
    const writer = entry.type === "Link" && this.writerOf.get(entry.linkpath ?? "") || this.leastBusy();
    this.writerOf.set(entry.path, writer);
    const blocks = tarHeader(entry);
    for (const [index, block] of blocks.entries()) writer.add(block, index === 0 ? ENTRY_COST : block.length);
    return {
      write: (data) => writer.add(data),
      end: () => writer.add(tarPadding(entry.size))
    };
  }
  /**
   * Sends what the entries so far added; resolves once the writers' backlog allows more input.
   * When a writer has stopped early (tar refused something), stops them all and rejects.
   */
  async flush() {
    const taken = () => {
      if (this.backlog() <= this.maxBacklog / 2) this.wake?.();
    };
    for (const writer of this.writers) writer.flush(taken);
    while (this.backlog() > this.maxBacklog && !this.writers.some((writer) => writer.exited)) {
      await new Promise((resolve) => this.wake = resolve);
      this.wake = void 0;
    }
    if (this.writers.some((writer) => writer.exited)) {
      this.kill();
      const stopped = await Promise.all(this.writers.map((writer) => writer.exit));
      const said = stopped.map(({ stderr }) => stderr).filter(Boolean).join("\n");
      throw new Error(`tar stopped before the end of the archive${said ? `: ${said}` : ""}`);
    }
  }
  /** Ends every writer's archive and waits for them; throws with tar's own words when one failed. */
  async end() {
    for (const writer of this.writers) if (!writer.exited) writer.end();
    const failures = (await Promise.all(this.writers.map((writer) => writer.exit))).filter(({ code }) => code !== 0);
    if (failures.length > 0) {
      throw new Error(`tar failed (exit ${failures[0].code}): ${failures.map(({ stderr }) => stderr).join("\n")}`);
    }
  }
  kill() {
    for (const writer of this.writers) writer.kill();
  }
  backlog() {
    return this.writers.reduce((sum2, writer) => sum2 + writer.backlog, 0);
  }
  leastBusy() {
    return this.writers.reduce((best, writer) => writer.backlog < best.backlog ? writer : best);
  }
};

// src/archive/checked-unpacker.ts
var MAX_BYTES_AFTER_END = 1024 ** 2;
var USTAR_MAGIC = { offset: 257, text: "ustar" };
var WRITERS_BACKLOG = 64 * 1024 ** 2;
var WRITERS = Math.min(4, Math.max(2, availableParallelism()));
var KIND_BY_TAR_TYPE = {
  File: "file",
  OldFile: "file",
  ContiguousFile: "file",
  Directory: "directory",
  SymbolicLink: "symlink",
  Link: "hardlink"
};
var WRITTEN_TYPE = {
  file: "File",
  symlink: "SymbolicLink",
  hardlink: "Link"
};
var Folders = class {
  constructor(destination) {
    this.destination = destination;
  }
  destination;
  made = /* @__PURE__ */ new Set(["."]);
  make(path, mode = 493) {
    if (this.made.has(path)) return;
    this.make(posix.dirname(path));
    const target = join(this.destination, path);
    try {
      mkdirSync(target, { mode: mode & 511 | 448 });
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      const existing = lstatSync(target);
      if (!existing.isDirectory()) throw new Error(`${path} exists and is not a folder`);
    }
    this.made.add(path);
  }
};
function headerOf(entry) {
  const size = entry.size;
  if (entry.remain !== size) return `${entry.path} declares ${size} bytes but carries ${entry.remain}`;
  return { name: entry.path, kind: KIND_BY_TAR_TYPE[entry.type] ?? "other", linkTarget: entry.linkpath, size, mode: entry.mode ?? 420 };
}
function admitEntry(entry, rules, folders) {
  const header = headerOf(entry);
  if (typeof header === "string") return header;
  const placement = rules.judge(header);
  if (typeof placement === "string") return placement;
  try {
    if (header.kind === "directory") folders.make(placement.path, entry.mode);
    else folders.make(posix.dirname(placement.path));
  } catch (error) {
    return `cannot make the folder for ${entry.path}: ${error.message}`;
  }
  return { header, placement };
}
function routeToWriter(entry, { header, placement }, writers) {
  const written = writers.begin({
    path: placement.path,
    type: WRITTEN_TYPE[header.kind],
    // No setuid, setgid or sticky bits from a download.
    mode: header.mode & 511,
    size: header.size,
    mtime: Math.floor((entry.mtime?.getTime() ?? 0) / 1e3),
    linkpath: placement.linkpath
  });
  entry.on("data", (data) => written.write(data));
  entry.on("end", () => written.end());
}
var StreamGuard = class {
  constructor(rules) {
    this.rules = rules;
  }
  rules;
  streamBytes = 0;
  bytesAfterEnd = 0;
  head = Buffer.alloc(0);
  /** Why the stream is refused with `chunk` added, if it is; `ended`: the parser has seen the archive's end. */
  refusal(chunk, ended) {
    this.streamBytes += chunk.length;
    if (this.streamBytes > this.rules.maxStreamBytes) return `archive decompresses to more than ${this.rules.maxStreamBytes} bytes`;
    if (ended) this.bytesAfterEnd += chunk.length;
    if (this.bytesAfterEnd > MAX_BYTES_AFTER_END) return `more than ${MAX_BYTES_AFTER_END} bytes after the end of the archive`;
    if (this.head.length < USTAR_MAGIC.offset + USTAR_MAGIC.text.length) {
      this.head = Buffer.concat([this.head, chunk]);
      const magic = this.head.subarray(USTAR_MAGIC.offset, USTAR_MAGIC.offset + USTAR_MAGIC.text.length);
      if (magic.length === USTAR_MAGIC.text.length && magic.toString("latin1") !== USTAR_MAGIC.text)
        return `not a tar archive inside the ${this.rules.container} (no ustar header)`;
    }
    return void 0;
  }
};
function checkedUnpacker(destination, rules) {
  const folders = new Folders(destination);
  const writers = new TarWriterPool(destination, WRITERS, WRITERS_BACKLOG);
  const guard = new StreamGuard(rules);
  let violation;
  const refuse = (reason) => violation ??= new Error(`refusing archive: ${reason}`);
  const parser = new rt({
    strict: true,
    onReadEntry: (entry) => {
      entry.resume();
      if (violation) return;
      const admitted = admitEntry(entry, rules, folders);
      if (typeof admitted === "string") return void refuse(admitted);
      if (admitted.header.kind !== "directory") routeToWriter(entry, admitted, writers);
    }
  });
  parser.on("error", (error) => refuse(`malformed tar: ${error.message}`));
  let ended = false;
  parser.on("eof", () => ended = true);
  const unpacker = new Writable({
    write(chunk, _encoding, callback) {
      setImmediate(() => {
        if (unpacker.destroyed) return callback();
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
    }
  });
  return unpacker;
}

export {
  checkedUnpacker
};
//# sourceMappingURL=chunk-SAINBFXQ.js.map
