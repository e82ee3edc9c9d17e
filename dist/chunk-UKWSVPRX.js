import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  compareStrings
} from "./chunk-MYHJHFEH.js";

// src/sumdb/dirhash.ts
import { createHash } from "node:crypto";
var DIGEST_BYTES = 32;
function hash1(files) {
  for (const file of files) {
    if (!/^[0-9a-f]{64}$/u.test(file.sha256)) throw new Error(`dirhash: bad sha256 for ${file.name}`);
  }
  return hash1OfDigests(
    files.map((file) => file.name),
    Buffer.from(files.map((file) => file.sha256).join(""), "hex")
  );
}
function hash1OfDigests(names, digests, prefix = "") {
  return new Hash1Builder(names, prefix).digest(digests);
}
var Hash1Builder = class {
  constructor(names, prefix = "") {
    this.names = names;
    this.prefix = prefix;
  }
  names;
  prefix;
  sha = createHash("sha256");
  /** The indices of the names in byte order, undefined when they are in it; checked on first use. */
  order = null;
  /** Lines hashed so far: those of names[0, fed). */
  fed = 0;
  /** Hashes the lines of the files before `upTo`, whose digests are in `digests` (32 bytes each, in name order). */
  feed(digests, upTo) {
    if (this.byteOrder() !== void 0 || upTo <= this.fed) return;
    this.hashLines(digests, this.fed, upTo);
    this.fed = upTo;
  }
  /** The h1, with every digest in `digests`. */
  digest(digests) {
    const { names } = this;
    if (digests.byteLength !== names.length * DIGEST_BYTES) {
      throw new Error(`dirhash: ${names.length} names but ${digests.byteLength} digest bytes`);
    }
    const order = this.byteOrder();
    if (order === void 0) this.feed(digests, names.length);
    else {
      const sorted = new Uint8Array(digests.byteLength);
      for (let line = 0; line < order.length; line++) {
        const index = order[line];
        sorted.set(digests.subarray(index * DIGEST_BYTES, (index + 1) * DIGEST_BYTES), line * DIGEST_BYTES);
      }
      this.hashLines(sorted, 0, names.length, order);
    }
    return `h1:${this.sha.digest("base64")}`;
  }
  /** Lines [from, to) in byte order: line i is digest i of `digests` and name `order[i]` (or i). */
  hashLines(digests, from, to, order) {
    const hex = Buffer.from(digests.buffer, digests.byteOffset + from * DIGEST_BYTES, (to - from) * DIGEST_BYTES).toString("hex");
    const width = 2 * DIGEST_BYTES;
    let text = "";
    for (let line = from; line < to; line++) {
      const start = (line - from) * width;
      text += `${hex.slice(start, start + width)}  ${this.prefix}${this.names[order === void 0 ? line : order[line]]}
`;
    }
    this.sha.update(text);
  }
  byteOrder() {
    if (this.order !== null) return this.order;
    const joined = this.names.join("\0");
    if (this.prefix.includes("\n") || joined.includes("\n")) {
      throw new Error(
        `dirhash: file name with a newline: ${JSON.stringify(this.prefix + (this.names.find((name) => name.includes("\n")) ?? ""))}`
      );
    }
    this.order = utf8Order(this.names, joined);
    return this.order;
  }
};
var SURROGATE = /[\uD800-\uDFFF]/;
function utf8Order(names, joined) {
  const indices = () => names.map((_, index) => index);
  if (!SURROGATE.test(joined)) {
    let sorted = true;
    for (let index = 1; index < names.length && sorted; index++) sorted = compareStrings(names[index - 1], names[index]) <= 0;
    return sorted ? void 0 : indices().sort((a, b) => compareStrings(names[a], names[b]));
  }
  const keys = names.map((name) => Buffer.from(name));
  return indices().sort((a, b) => Buffer.compare(keys[a], keys[b]));
}

export {
  DIGEST_BYTES,
  hash1,
  Hash1Builder
};
//# sourceMappingURL=chunk-UKWSVPRX.js.map
